import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { metaContent, metaContents } from '../../../src/core/structured/meta';

const doc = (head: string) => parseHtml(`<!doctype html><html><head>${head}</head><body></body></html>`, 'https://example.com/');

describe('metaContent', () => {
  it('reads property, name and itemprop, case-insensitively', () => {
    expect(metaContent(doc('<meta property="OG:Type" content="article">'), ['og:type'])).toEqual({ name: 'og:type', value: 'article' });
    expect(metaContent(doc('<meta name="og:type" content="website">'), ['OG:TYPE'])).toEqual({ name: 'og:type', value: 'website' });
    expect(metaContent(doc('<meta itemprop="datePublished" content="2024-06-01">'), ['datepublished'])?.value).toBe('2024-06-01');
  });

  it('prefers the names in the order given, not document order', () => {
    const d = doc('<meta name="pubdate" content="A"><meta property="article:published_time" content="B">');
    expect(metaContent(d, ['article:published_time', 'pubdate'])).toEqual({ name: 'article:published_time', value: 'B' });
    expect(metaContent(d, ['pubdate', 'article:published_time'])).toEqual({ name: 'pubdate', value: 'A' });
  });

  it('never reads value= and skips empty content', () => {
    expect(metaContent(doc('<meta name="og:type" value="article">'), ['og:type'])).toBeNull();
    expect(metaContent(doc('<meta property="og:type" content="  "><meta property="og:type" content="article">'), ['og:type'])?.value).toBe('article');
  });

  it('trims values and returns null when nothing matches', () => {
    expect(metaContent(doc('<meta name="author" content="  Jane Doe \n">'), ['author'])?.value).toBe('Jane Doe');
    expect(metaContent(doc('<meta name="author" content="x">'), ['byl'])).toBeNull();
    expect(metaContent(doc(''), [])).toBeNull();
  });
});

describe('metaContents', () => {
  it('returns every value of repeatable tags in document order', () => {
    const d = doc('<meta property="article:tag" content="a"><meta name="x" content="y"><meta property="article:tag" content="b"><meta property="article:tag" value="c">');
    expect(metaContents(d, ['article:tag']).map((m) => m.value)).toEqual(['a', 'b']);
  });
});
