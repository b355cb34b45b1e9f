import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * A "Published" line inside the article's text that links to another site cites that site's page
 * ("2019年3月15日公表 「…」 http://other.example/…"): it dates that page, not this one.
 */
describe('a "Published" line in the body citing another site', () => {
  it('does not date the article', () => {
    const html = page('<title>Holiday security alert</title>', `
      <main><h1>Holiday security alert</h1><p class="right">最終更新日：2019年4月2日<br>Example Agency</p>
      <div class="text">${BODY_TEXT}
      <ul><li>2019年3月15日公表<br>「Beware of scams around the new era name」
        <a href="http://www.consumer.example.jp/data/era.html">http://www.consumer.example.jp/data/era.html</a></li></ul>
      <p>More advice follows in the sections below, with links to our own pages.</p></div></main>`, 'ja');
    const m = metadataOf(html, 'https://www.agency.example.jp/security/topics/alert20190402.html');
    expect(m.fields.published).toBe('2019-04-02');
  });

  it('but a "Published" line linking to this site or to share buttons still does', () => {
    const html = page('<title>Holiday security alert</title>', `
      <main><h1>Holiday security alert</h1>
      <div class="text">${BODY_TEXT}<p class="x">Published 2 April 2019 · <a href="/security/topics/">More alerts</a> · <a href="https://twitter.com/intent/tweet?url=x">Share on Twitter</a></p></div></main>`);
    expect(metadataOf(html, 'https://www.agency.example.org/security/topics/alert.html').fields.published).toBe('2019-04-02');
  });
});
