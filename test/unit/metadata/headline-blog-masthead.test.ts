import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

describe('a blog whose <h1> is its masthead', () => {
  it('takes the post title from a lower heading when <title> is "Masthead - Post"', () => {
    const html = page('<title>山田の日記 - 新しい法律の読み方について考えたこと</title>', `
      <h1>山田の日記</h1><div class="day"><h2>2019年02月11日</h2>
      <div class="section"><h3>■ 新しい法律の読み方について考えたこと</h3>${BODY_TEXT}</div></div>`, 'ja');
    expect(metadataOf(html, 'https://yamada.example.jp/diary/20190211.html').fields.headline).toBe('■ 新しい法律の読み方について考えたこと');
  });

  it('keeps the <h1> when a metadata title confirms it ("Headline - Subtitle" with the subtitle in an <h2>)', () => {
    const html = page('<title>What next for ferries? - From the old harbour to the new port</title><meta property="og:title" content="What next for ferries?">', `
      <article><h1>What next for ferries?</h1><h2>From the old harbour to the new port</h2>${BODY_TEXT}</article>`);
    expect(metadataOf(html).fields.headline).toBe('What next for ferries?');
  });

  it('keeps the <h1> of a post whose blog name is a heading outside the article', () => {
    const html = page('<title>An engineer\'s notebook - awk on a doorbell</title>', `
      <article><h1>awk on a doorbell</h1><div class="contenu">${BODY_TEXT}</div></article>
      <div class="side"><h2>An engineer's notebook</h2></div>`);
    expect(metadataOf(html).fields.headline).toBe('awk on a doorbell');
  });

  it('keeps the <h1> on a news page titled "Headline - Site"', () => {
    const html = page('<title>Ferry service extended for another season - Harbour News</title>', `
      <main><h1>Ferry service extended for another season</h1><h2>Ferry service extended for another season</h2>${BODY_TEXT}</main>`);
    expect(metadataOf(html).fields.headline).toBe('Ferry service extended for another season');
  });
});
