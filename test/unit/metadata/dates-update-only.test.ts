import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

describe('pages that print only an update time', () => {
  it('the update time stands for the publication, and the evidence says so', () => {
    const html = page('<title>Drug exports</title>', `
      <main><h1>Drug exports</h1>
      <nav class="pst-by"><div class="pst-by_ul"><span class="pst-by_li">Edited by Ann Corrigan</span>
      <span class="pst-by_li"><span itemprop="dateModified">Updated: April 07, 2020 03:49 pm IST</span></span></div></nav>
      <div class="story">${BODY_TEXT}</div></main>`);
    const m = metadataOf(html, 'https://news.example.in/india-news/drug-exports-2207327');
    expect(m.fields.modified).toBe('2020-04-07T15:49:00+05:30');
    expect(m.fields.published).toBe('2020-04-07T15:49:00+05:30');
    expect(m.evidence.published?.[0].detail).toMatch(/no other date/);
  });

  it('Japanese "…更新" stamps are update times, and the only date of the page', () => {
    const html = page('<title>小型スマホの実機チェック</title>', `
      <div id="articleHead"><h1>小型スマホの実機チェック</h1><div class="artdata"><p class="date">2019年04月21日 12時00分更新</p></div></div>
      <div id="contents_detail">${BODY_TEXT}</div>`, 'ja');
    const m = metadataOf(html, 'https://weekly.example.jp/elem/000/428292/');
    expect(m.fields.modified).toBe('2019-04-21T12:00:00');
    expect(m.fields.published).toBe('2019-04-21T12:00:00');
  });

  it('a publication date, when there is one, is kept apart from the update', () => {
    const html = page('<title>Drug exports</title>', `
      <main><h1>Drug exports</h1><p class="meta">Published: April 06, 2020 · Updated: April 07, 2020</p>
      <div class="story">${BODY_TEXT}</div></main>`);
    const m = metadataOf(html, 'https://news.example.in/india-news/drug-exports-2207327');
    expect(m.fields.published).toBe('2020-04-06');
    expect(m.fields.modified).toBe('2020-04-07');
  });
});

describe('a dated link to another page', () => {
  it('"Original (posted: …)" on a translated article dates the original, not this page', () => {
    const html = page('<title>Chrome never-slow mode</title>', `
      <main><h1>Chrome never-slow mode</h1><p class="article__readTime date">2019年2月27日 読了時間 3 分</p>
      <div class="article__content"><p><a href="https://news.example.com/2019/02/chrome-never-slow-mode"><em>原文(投稿日：2019/02/16)へのリンク</em></a></p>${BODY_TEXT}</div></main>`, 'ja');
    expect(metadataOf(html, 'https://news.example.com/jp/news/2019/02/chrome-never-slow-mode').fields.published).toBe('2019-02-27');
  });

  it('a "Published" line that only contains a link is still the page\'s own', () => {
    const html = page('<title>Ferry</title>', `
      <main><h1>Ferry</h1><p class="x">Published March 3, 2021 by <a href="/authors/ann">Ann Corrigan</a></p>${BODY_TEXT}</main>`);
    expect(metadataOf(html, 'https://news.example.org/ferry').fields.published).toBe('2021-03-03');
  });
});
