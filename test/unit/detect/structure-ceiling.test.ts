import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { detectArticle } from '../../../src/core/detect/detect';
import { LOWEST_CEILING, structureAndTextCeiling } from '../../../src/core/detect/structure-ceiling';
import { W } from '../../../src/core/detect/weights';
import { loadFixtures, NEGATIVE_DIR, POSITIVE_DIR } from './fixture-pages';
import { structureStageSum } from './support/structure-stage';

const pages = [...loadFixtures(NEGATIVE_DIR), ...loadFixtures(POSITIVE_DIR)];
const page = (body: string, head = '') => parseHtml(`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`, 'https://example.com/x');
const sentence = 'The council approved the budget after a long debate that ran late into the evening on Tuesday. ';

describe('the structure ceiling bounds what the structure and text stage adds', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, p) => {
    const doc = parseHtml(p.html, p.url);
    const ceiling = structureAndTextCeiling(doc, Infinity);
    expect(ceiling).not.toBeNull();
    const real = structureStageSum(doc, p.url);
    expect(ceiling!.max, real.signals.map((s) => `${s.name} ${s.weight}`).join('\n')).toBeGreaterThanOrEqual(real.sum - 1e-9);
  });
});

describe('pages decided by the ceiling', () => {
  it('are the ones whose full score is below the threshold anyway, and are decided on most non-article fixtures', () => {
    let byCeiling = 0;
    for (const p of loadFixtures(NEGATIVE_DIR)) {
      const d = detectArticle(parseHtml(p.html, p.url), p.url);
      if (!d.evidence.at(-1)!.detail.includes('structure and text could add at most')) continue;
      byCeiling++;
      const doc = parseHtml(p.html, p.url);
      const metadata = d.evidence.at(-1)!.detail.match(/^score (-?[\d.]+)/)![1];
      expect(Number(metadata) + structureStageSum(doc, p.url).sum, p.file).toBeLessThan(-0.01);
    }
    expect(byCeiling).toBeGreaterThanOrEqual(10);
  });

  it('leaves articles to the full detector: every positive fixture is walked or settled by metadata', () => {
    for (const p of loadFixtures(POSITIVE_DIR)) {
      const d = detectArticle(parseHtml(p.html, p.url), p.url);
      expect(d.evidence.at(-1)!.detail, p.file).not.toContain('could add at most');
    }
  });
});

describe('structureAndTextCeiling', () => {
  it('is the lowest bound on a page without text, headings or <article>', () => {
    expect(structureAndTextCeiling(page('<div><button>Inbox</button><span>3</span></div>'), Infinity)!.max).toBe(LOWEST_CEILING);
  });

  it('counts the paragraph text as the paragraph walk does, and lets a long text reach the top tier', () => {
    const short = structureAndTextCeiling(page(`<p>${sentence}</p>`), Infinity)!;
    expect(short.textChars).toBe(sentence.trim().length);
    const long = structureAndTextCeiling(page(`<h1>A headline of several words</h1>${`<p>${sentence.repeat(3)}</p>`.repeat(12)}`), Infinity)!;
    expect(long.textChars).toBeGreaterThan(3000);
    expect(long.max).toBeCloseTo(W.TEXT_LONG + W.DATELINE + W.BYLINE + W.DATE_NEAR_BODY + W.HEADLINE, 5);
  });

  it('does not count teaser summaries wrapped in links, nor a <p> in SVG', () => {
    const doc = page(`<a href="/s"><p>${sentence}</p></a><svg></svg>`);
    const svgP = doc.createElementNS('http://www.w3.org/2000/svg', 'p');
    svgP.textContent = sentence;
    doc.querySelector('svg')!.appendChild(svgP);
    expect(structureAndTextCeiling(doc, Infinity)!.textChars).toBe(0);
  });

  it('takes the <div>/<br> text the paragraph walk falls back to', () => {
    const text = `${sentence}<br><br>`.repeat(12);
    const c = structureAndTextCeiling(page(`<div class="story">${text}</div>`), Infinity)!;
    expect(c.textChars).toBeGreaterThan(1000);
    expect(c.max).toBeGreaterThan(W.TEXT_SHORT);
  });

  it('gives no bound where it could be wrong: content after <body>, or past the element cap with enough paragraphs', () => {
    const after = page(`<p>${sentence}</p>`);
    after.documentElement.appendChild(after.createElement('div'));
    expect(structureAndTextCeiling(after, Infinity)).toBeNull();
    const huge = page(`${`<p>${sentence.repeat(2)}</p>`.repeat(10)}${'<i></i>'.repeat(10001)}`);
    expect(structureAndTextCeiling(huge, Infinity)).toBeNull();
  });

  it('stops as soon as the bound reaches the limit', () => {
    const doc = page(`<h1>A headline of several words</h1>${`<p>${sentence.repeat(3)}</p>`.repeat(12)}`);
    expect(structureAndTextCeiling(doc, 1)).toBeNull();
    expect(structureAndTextCeiling(doc, 100)).not.toBeNull();
  });
});
