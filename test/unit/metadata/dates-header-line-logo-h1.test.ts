import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/** Some sites set their logo in an `<h1>` above the story's own headline; the date line is under the latter. */
describe('a site logo in an <h1> above the headline', () => {
  it('does not start the search for the date line under the headline', () => {
    const html = page('<title>Newspaper stocker</title>', `
      <div class="site"><div class="top"><h1 class="logo"><a href="/">lifehacker</a></h1></div>
      <div class="x9"><p>Ann Lee, 3 March 2021</p></div>
      <div class="post"><h1 class="title">Newspaper stocker</h1>
      <div class="wrap"><p class="credit"><span>Ann Corrigan</span></p><p class="stamp">2019.03.26</p></div>
      <div class="text">${BODY_TEXT}</div></div></div>`);
    const m = metadataOf(html, 'https://news.example.org/article/newspaper-stocker/');
    expect(m.fields.published).toBe('2019-03-26');
    expect(m.fields.authors.map((a) => a.name)).toEqual(['Ann Corrigan']);
  });
});

describe('a section name in an <h1> above the date and the headline', () => {
  it('still dates the page when nothing under the headline does', () => {
    const html = page('<title>Fingerprint mouse</title>', `
      <main><div id="container"><h1 id="section-title">News releases</h1>
      <dl class="x1"><dt>2019.03.08</dt><dd><a href="/info/news/">All news releases</a></dd></dl>
      <div id="content"><h1 class="news">Fingerprint mouse</h1><div class="dual">${BODY_TEXT}</div></div></div></main>`);
    expect(metadataOf(html, 'https://www.example.co.jp/news/201903/mouse/index.html').fields.published).toBe('2019-03-08');
  });
});
