import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { SCAN_SLICE, scanPage, scanPageSteps } from '../../../src/core/detect/page-scan';

const bigPage = (cards: number) =>
  parseHtml(
    `<!doctype html><html><body><main><h1>Headline of the story here</h1><div class="byline">By Jane Doe</div>` +
      `${'<p>Paragraph of the story with enough words to count as running text for the walk.</p>'.repeat(20)}</main>` +
      `<aside>${'<div class="card"><h3><a href="/s">Teaser headline number</a></h3><time datetime="2024-01-01">Jan 1</time></div>'.repeat(cards)}</aside>` +
      `<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">Late item</span></div></body></html>`,
    'https://example.com/a',
  );

describe('scanPageSteps', () => {
  it('breaks every SCAN_SLICE elements and ends with the scan a single pass makes', () => {
    const doc = bigPage(1200); // about 4,800 body elements
    const steps = scanPageSteps(doc, 'example.com');
    let breaks = 0;
    let step = steps.next();
    while (!step.done) {
      breaks++;
      step = steps.next();
    }
    const whole = scanPage(doc, 'example.com');
    expect(breaks).toBe(Math.floor(whole.visited / SCAN_SLICE));
    expect(breaks).toBeGreaterThanOrEqual(3);
    expect(step.value.visited).toBe(whole.visited);
    expect(step.value.paragraphs).toEqual(whole.paragraphs);
    expect(step.value.headings.length).toBe(whole.headings.length);
    expect(step.value.dateCandidates).toEqual(whole.dateCandidates);
    expect(step.value.microdata.map((m) => m.types)).toEqual(whole.microdata.map((m) => m.types));
  });

  it('survives the page removing the part being walked between two steps', () => {
    const doc = bigPage(1200);
    const steps = scanPageSteps(doc, 'example.com');
    steps.next(); // first break, inside the cards
    doc.querySelector('aside')!.remove();
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.paragraphs.length).toBe(20);
    expect(step.value.visited).toBeLessThan(scanPage(bigPage(1200), 'example.com').visited);
  });
});
