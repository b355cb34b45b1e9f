import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { MAX_INDEX_TEXT, PageIndex } from '../../../src/core/page/page-index';
import { MAX_ELEMENTS, scanPage } from '../../../src/core/detect/page-scan';
import { MAX_ARTICLE_CHARS, extractArticleBlocks } from '../../../src/core/body/article-blocks';

/**
 * A huge page is read no further than the caps: the index stops after MAX_INDEX_TEXT characters of
 * text and the detector's scan after MAX_ELEMENTS body elements, so the work per page is bounded
 * however big the page is, and what the caps keep is still read normally.
 */
const SENTENCE = 'The minister met officials of the union in the capital on Thursday, and talks will resume next week. ';

describe('caps on huge pages', () => {
  it('indexes no more than MAX_INDEX_TEXT characters, and the article is still read from what is kept', () => {
    const paragraphs = Math.ceil((MAX_INDEX_TEXT * 1.5) / (SENTENCE.length * 2));
    const html = `<html><head><title>Long</title></head><body><article><h1>A long story</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}. ${SENTENCE}${SENTENCE}</p>`).join('')}</article><footer id="last">© 2021 Example</footer></body></html>`;
    const doc = parseHtml(html, 'https://example.org/news/long');
    const index = new PageIndex(doc);
    expect(doc.body.textContent!.length).toBeGreaterThan(MAX_INDEX_TEXT * 1.4);
    // It stops at the first node past the cap: at most one paragraph's text over it.
    expect(index.text.length).toBeGreaterThanOrEqual(MAX_INDEX_TEXT);
    expect(index.text.length).toBeLessThan(MAX_INDEX_TEXT + SENTENCE.length * 2 + 10);
    expect(index.indexOf(doc.getElementById('last'))).toBe(-1);
    // Every open element is closed at the cut.
    const article = index.indexOf(doc.querySelector('article'));
    expect(index.end[article]).toBe(index.elements.length - 1);
    expect(index.textEnd[article]).toBe(index.text.length);
    const blocks = extractArticleBlocks(doc, 'A long story', undefined, index);
    expect(blocks[0]).toMatchObject({ kind: 'headline', text: 'A long story' });
    const body = blocks.slice(1);
    expect(body.length).toBeGreaterThan(100);
    // In order from the first paragraph; the last block may be cut at the reading budget.
    body.forEach((b, i) => expect(`${i}. ${SENTENCE}${SENTENCE}`.startsWith(b.text)).toBe(true));
    expect(body.slice(0, -1).every((b, i) => b.kind === 'paragraph' && b.text === `${i}. ${SENTENCE}${SENTENCE}`)).toBe(true);
    expect(blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
  });

  it('the detector scans at most MAX_ELEMENTS body elements and reads no microdata after them', () => {
    const filler = '<span>x</span>'.repeat(MAX_ELEMENTS + 10);
    const late = '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">Late</span></div>';
    const early = '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo Doe</span></div>';
    const doc = parseHtml(`<html itemscope itemtype="https://schema.org/WebPage"><body>${early}${filler}${late}</body></html>`, 'https://example.org/');
    const scan = scanPage(doc);
    expect(scan.visited).toBe(MAX_ELEMENTS);
    expect(scan.microdata.map((m) => m.types[0])).toEqual(['WebPage', 'Person']);
  });
});
