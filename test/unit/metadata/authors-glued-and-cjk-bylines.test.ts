import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

const authorsOf = (byline: string, lang = 'en') =>
  metadataOf(page('<title>Story</title>', `<article><h1>Story</h1>${byline}<div class="body">${BODY_TEXT}</div></article>`, lang)).fields.authors.map((a) => a.name);

describe('bylines whose pieces touch without a space', () => {
  it('a job title glued after the name is not part of it', () => {
    expect(authorsOf('<div class="byline"><div class="author-name"><span class="byline-prefix">By</span> <a href="/people/ann-corrigan">Ann Corrigan</a><span class="author-title">Staff Writer</span></div></div>')).toEqual(['Ann Corrigan']);
  });

  it('a date glued after a CJK name is not part of it', () => {
    expect(authorsOf('<div class="author"><span class="name">王小明</span><span class="date">2017-03-01 14:27:02</span></div>', 'zh')).toEqual(['王小明']);
  });
});

describe('Japanese and Chinese bylines', () => {
  it('drops lead-ins ("文●", "著者：") and desks ("編集部"), splits on full-width separators', () => {
    expect(splitAuthorNames('文● ヤマダ／ASCII編集部', true).people).toEqual(['ヤマダ']);
    expect(splitAuthorNames('著者：山田太郎', true).people).toEqual(['山田太郎']);
    expect(splitAuthorNames('[ | 佐藤花子， | ExampleMedia]', true).people).toEqual(['佐藤花子']);
    expect(splitAuthorNames('山田太郎、佐藤花子').people).toEqual(['山田太郎', '佐藤花子']);
  });

  it('keeps names that begin with a lead-in character', () => {
    expect(splitAuthorNames('文在寅').people).toEqual(['文在寅']);
  });

  it('reads a byline element with such a lead-in', () => {
    expect(authorsOf('<div class="artdata"><p class="author"><a>文● ヤマダ／ASCII編集部</a></p></div>', 'ja')).toEqual(['ヤマダ']);
  });
});

describe('a personal site named after its author', () => {
  it('keeps a JSON-LD Person author who shares the site\'s name', () => {
    const html = page(
      `<title>On agency - by Ann Corrigan</title><meta property="og:site_name" content="Ann Corrigan"><meta name="author" content="Ann Corrigan">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"On agency","author":[{"@type":"Person","name":"Ann Corrigan"}],"publisher":{"@type":"Organization","name":"Ann Corrigan"}}</script>`,
      `<article><h1>On agency</h1><div class="body">${BODY_TEXT}<div class="tweet"><span class="tweet-author-name">Bo Lindqvist</span></div></div></article>`,
    );
    expect(metadataOf(html).fields.authors.map((a) => a.name)).toEqual(['Ann Corrigan']);
  });

  it('but not the outlet\'s name split out of a desk credit ("Editors, Example Times")', () => {
    const html = page(
      `<title>Evening roundup</title><meta property="og:site_name" content="Example Times">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Evening roundup","author":{"@type":"Person","name":"Editors, Example Times"},"publisher":{"@type":"Organization","name":"Example Times"}}</script>`,
      `<article><h1>Evening roundup</h1><div class="body">${BODY_TEXT}</div></article>`,
    );
    expect(metadataOf(html).fields.authors).toEqual([]);
  });
});
