import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Some sites set the page's section or category in the `<h1>` ("Events and seminars") and the
 * story's title in a lower heading; the `<h1>`'s id or class says what it is. With no metadata title
 * to compare with, the headline is the first heading of the article that is not such a label.
 */
describe('an <h1> marked as the page category', () => {
  it('is passed over for the story title in the <h2> below it', () => {
    const html = page('<title>Network Security Association</title>', `
      <div id="header"><a href="/">Network Security Association</a></div>
      <h1 id="pagecategory">イベント・セミナー情報</h1>
      <div id="main"><h2 align="center">NSF 2019 in Kansai 「早期発見、早期対処」のセキュリティ</h2>${BODY_TEXT}</div>`, 'ja');
    expect(metadataOf(html, 'https://www.security.example.jp/seminar/nsf/2019kansai/index.html').fields.headline).toBe('NSF 2019 in Kansai 「早期発見、早期対処」のセキュリティ');
  });

  it('is passed over when its class names a section title', () => {
    const html = page('<title>Example Weekly</title>', `
      <h1 class="section-title">Opinion and analysis</h1>
      <article><h2>Why the harbour plan will cost the city more than it says</h2>${BODY_TEXT}</article>`);
    expect(metadataOf(html, 'https://weekly.example.org/opinion/harbour-plan').fields.headline).toBe('Why the harbour plan will cost the city more than it says');
  });

  it('an ordinary <h1> is still the headline, and an <h2> is not taken over it', () => {
    const html = page('<title>Example Weekly</title>', `
      <article><h1 class="entry-title">Why the harbour plan will cost more</h1><h2>The city's own figures</h2>${BODY_TEXT}</article>`);
    expect(metadataOf(html, 'https://weekly.example.org/opinion/harbour-plan').fields.headline).toBe('Why the harbour plan will cost more');
  });
});
