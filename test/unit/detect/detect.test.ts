import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { ARTICLE_THRESHOLD, detectArticle } from '../../../src/core/detect/detect';

const para = (i: number) =>
  `<p>Paragraph ${i}: the council voted on Tuesday to approve the plan after a long public hearing, and officials said work would begin in the autumn once contracts are signed.</p>`;

const articleBody = (n = 8) => Array.from({ length: n }, (_, i) => para(i)).join('\n');

const details = (html: string, url: string) => detectArticle(parseHtml(html, url), url).evidence.map((e) => e.detail);

describe('detectArticle', () => {
  it('uses 0.5 as the documented threshold', () => {
    expect(ARTICLE_THRESHOLD).toBe(0.5);
  });

  it('never throws, even on empty or broken documents', () => {
    expect(detectArticle(parseHtml('', 'https://example.com/'), 'https://example.com/').isArticle).toBe(false);
    expect(() => detectArticle({} as Document, 'not a url')).not.toThrow();
    const d = detectArticle({} as Document, 'https://example.com/a');
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('is not thrown off by malformed JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves plan","datePublished":"2024-06-04",}</script></head>
      <body><article><h1>Council approves plan after long hearing</h1><p class="byline">By Jane Doe</p>${articleBody()}</article></body></html>`;
    const url = 'https://news.example.com/2024/06/04/council-approves-plan-after-long-hearing';
    const d = detectArticle(parseHtml(html, url), url);
    expect(d.isArticle).toBe(true);
    expect(d.evidence.some((e) => e.source === 'json-ld' && e.detail.startsWith('JSON-LD @type NewsArticle'))).toBe(true);
  });

  it('finds the article node inside @graph and behind @type arrays', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['Article', 'NewsArticle'], headline: 'X', datePublished: '2024-01-01' }] });
    const ds = details(`<html><head><script type="application/ld+json">${ld}</script></head><body>${articleBody(3)}</body></html>`, 'https://example.com/news/some-story-with-a-long-slug');
    expect(ds.some((d) => /^JSON-LD @type (?:Article|NewsArticle) \(\+2\.5\)$/.test(d))).toBe(true);
  });

  it('treats NewsArticle teasers in an ItemList as a listing, not an article', () => {
    const ld = JSON.stringify({
      '@type': 'ItemList',
      itemListElement: [1, 2, 3, 4].map((i) => ({ '@type': 'ListItem', position: i, item: { '@type': 'NewsArticle', headline: `Story ${i}` } })),
    });
    const ds = details(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`, 'https://example.com/');
    expect(ds.some((d) => d.startsWith('JSON-LD ItemList without a main article'))).toBe(true);
    expect(ds.some((d) => d.startsWith('JSON-LD @type NewsArticle'))).toBe(false);
  });

  it('does not read meta values from value= attributes', () => {
    const ds = details('<html><head><meta name="og:type" value="article"><meta name="article:published_time" value="2024-06-04"></head><body></body></html>', 'https://example.com/x');
    expect(ds.some((d) => d.startsWith('og:type') || d.startsWith('meta '))).toBe(false);
  });

  it('says yes from text and structure alone', () => {
    const html = `<html><body><div class="story"><h1>Council approves plan after long hearing</h1><div class="byline">By Jane Doe</div>${articleBody()}</div></body></html>`;
    expect(detectArticle(parseHtml(html, 'https://example.com/x'), 'https://example.com/x').isArticle).toBe(true);
  });

  it('says no to text without any byline, date or article metadata on a utility URL', () => {
    const html = `<html><head><meta property="og:type" content="website"></head><body><main><h1>About our company</h1>${articleBody(5)}</main></body></html>`;
    expect(detectArticle(parseHtml(html, 'https://example.com/about'), 'https://example.com/about').isArticle).toBe(false);
  });

  it('stops after the metadata stage when metadata settles it', () => {
    const shop = `<html><head><meta property="og:type" content="product"><meta property="product:price:amount" content="10"></head><body>${articleBody(20)}</body></html>`;
    const d = detectArticle(parseHtml(shop, 'https://shop.example.com/products/x'), 'https://shop.example.com/products/x');
    expect(d.isArticle).toBe(false);
    expect(d.evidence[d.evidence.length - 1].detail).toContain('metadata only');
  });

  it('caps its work on huge pages', () => {
    const huge = `<html><body><main>${Array.from({ length: 6000 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Teaser headline number ${i} here</a></h3>${para(i)}</div>`).join('')}</main></body></html>`;
    const doc = parseHtml(huge, 'https://example.com/section');
    const t = performance.now();
    const d = detectArticle(doc, 'https://example.com/section');
    expect(performance.now() - t).toBeLessThan(5000);
    expect(d.isArticle).toBe(false);
  });
});
