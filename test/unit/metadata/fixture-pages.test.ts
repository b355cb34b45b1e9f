import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { annotate } from '../../../src/core/annotate';

/**
 * Every article fixture page against its hand-checked expectations (`NAME.expected.json`, written
 * from the page text, not from our output). One test per page and field so a failure names both.
 */
const dir = path.resolve(__dirname, '../../fixtures/pages');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));

interface Expected {
  url: string;
  isArticle: boolean;
  headline: string;
  publisher: { name: string; domain?: string } | null;
  agencies: string[];
  authors: string[];
  published: string | null;
  modified: string | null;
  section: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

/**
 * Two ISO values with offsets that name the same instant are the same answer ("19:57Z" from JSON-LD
 * and "14:57-05:00" from the visible line); values without offsets must match exactly.
 */
function sameTime(got: string | null, want: string | null): string | null {
  const zoned = (s: string | null) => !!s && /(?:Z|[+-]\d\d:\d\d)$/.test(s);
  if (got && want && zoned(got) && zoned(want) && Date.parse(got) === Date.parse(want)) return want;
  return got;
}

describe.each(pages)('%s', (file) => {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
  const a = annotate(parseHtml(fs.readFileSync(path.join(dir, file), 'utf8'), expected.url), expected.url);

  it('is an article', () => expect(a.isArticle).toBe(expected.isArticle));
  it('headline', () => expect(a.headline).toBe(expected.headline));
  it('publisher', () => expect(a.publisher?.name ?? null).toBe(expected.publisher?.name ?? null));
  it('agencies', () => expect(a.agencies.map((x) => x.name)).toEqual(expected.agencies));
  it('authors', () => expect(a.authors.map((x) => x.name)).toEqual(expected.authors));
  it('published', () => expect(sameTime(a.published, expected.published)).toBe(expected.published));
  it('modified', () => expect(sameTime(a.modified, expected.modified)).toBe(expected.modified));
  it('section', () => expect(a.section).toBe(expected.section));
  it('lang', () => expect(a.lang).toBe(expected.lang));
  it('canonical URL', () => expect(a.canonicalUrl).toBe(expected.canonicalUrl));
  it('gives evidence for every field it fills', () => {
    for (const field of ['headline', 'publisher', 'published', 'lang'] as const) {
      if (a[field]) expect(a.evidence[field]?.length, field).toBeGreaterThan(0);
    }
  });
});
