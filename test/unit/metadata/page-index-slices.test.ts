import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { PageIndex, PageIndexWalk, indexPageInSlices } from '../../../src/core/page/page-index';
import { readerText } from './support/reader-text';

/**
 * The content script indexes a page over several tasks so a huge page never blocks the main thread;
 * the sliced walk must give the same index as the walk in one go, and a page that changes between
 * slices must neither break the walk nor make it run forever.
 */
const SEED = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages/anadolu-armenia-2021-02-25.html'), 'utf8');

function shape(index: PageIndex) {
  return { elements: index.elements, tags: index.tags, parent: index.parent, end: index.end, start: index.textStart, stop: index.textEnd, text: index.text };
}

/** A page of `n` paragraphs, each with an inline element, under nested containers. */
function longPage(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join('');
  return `<html><head><title>Long</title></head><body><main><article><div class="body">${paragraphs}</div><footer>End</footer></article></main><aside>Rail</aside></body></html>`;
}

describe('indexing a page in slices', () => {
  it('walked one node per step, the seed article gives the same index as one walk', () => {
    const doc = parseHtml(SEED, 'https://www.aa.com.tr/en/europe/armenian-military/2021');
    const walk = new PageIndexWalk(doc);
    let steps = 0;
    while (!walk.step(1)) steps++;
    const once = new PageIndex(doc);
    expect(steps).toBeGreaterThan(once.elements.length);
    expect(shape(new PageIndex(doc, walk))).toEqual(shape(once));
    expect(once.text).toBe(readerText(doc.documentElement));
  });

  it('pauses between slices on a big page and still indexes every element', async () => {
    const doc = parseHtml(longPage(3000), 'https://example.org/long');
    let pauses = 0;
    const sliced = await indexPageInSlices(doc, async () => void pauses++, 0);
    // 3000 paragraphs hold 12,000+ nodes; a zero-millisecond slice walks one batch of 2000.
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(shape(sliced)).toEqual(shape(new PageIndex(doc)));
    expect(sliced.elements.length).toBe(doc.querySelectorAll('*').length);
  });

  it('ends without error when the part being walked is removed between slices', async () => {
    const doc = parseHtml(longPage(3000), 'https://example.org/long');
    let pauses = 0;
    const index = await indexPageInSlices(
      doc,
      async () => {
        // The page swaps its article out while we are away (a single-page site navigating).
        if (++pauses === 1) doc.querySelector('main')!.remove();
      },
      0,
    );
    // The walker finishes the detached subtree it stands in, then stops at the cut instead of looping:
    // nothing after the removed part (the <aside>) is reached.
    expect(pauses).toBeLessThan(12);
    expect(index.elements.length).toBeGreaterThan(100);
    expect(index.indexOf(doc.querySelector('aside'))).toBe(-1);
    for (let i = 0; i < index.elements.length; i++) {
      expect(index.end[i]).toBeGreaterThanOrEqual(i);
      expect(index.end[i]).toBeLessThan(index.elements.length);
      expect(index.textEnd[i]).toBeLessThanOrEqual(index.text.length);
    }
  });

  it('does not index what the page adds behind the walk, and finishes', async () => {
    const doc = parseHtml(longPage(3000), 'https://example.org/long');
    let pauses = 0;
    const index = await indexPageInSlices(
      doc,
      async () => {
        if (++pauses === 1) doc.head.append(doc.createElement('meta'));
      },
      0,
    );
    expect(index.indexOf(doc.head.lastElementChild)).toBe(-1);
    expect(index.indexOf(doc.querySelector('aside'))).toBeGreaterThan(0);
  });
});
