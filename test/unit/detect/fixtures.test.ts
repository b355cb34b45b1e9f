import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { detectArticle } from '../../../src/core/detect/detect';
import { loadFixtures, NEGATIVE_DIR, POSITIVE_DIR } from './fixture-pages';

const negatives = loadFixtures(NEGATIVE_DIR);
const positives = loadFixtures(POSITIVE_DIR);

const explain = (d: ReturnType<typeof detectArticle>) => d.evidence.map((e) => `  ${e.detail}`).join('\n');

describe('negative fixtures: listing, utility, media and other non-article pages', () => {
  it('has at least 24 of them', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(24);
  });

  it.each(negatives.map((p) => [p.file, p] as const))('%s is not an article', (_file, page) => {
    const d = detectArticle(parseHtml(page.html, page.url), page.url);
    expect(d.isArticle, explain(d)).toBe(false);
    expect(d.confidence).toBeLessThanOrEqual(0.5);
  });
});

describe('hard positive fixtures', () => {
  it.each(positives.map((p) => [p.file, p] as const))('%s is an article', (_file, page) => {
    const d = detectArticle(parseHtml(page.html, page.url), page.url);
    expect(d.isArticle, explain(d)).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
  });
});

describe('evidence', () => {
  it('names each signal with its weight and ends with the score summary', () => {
    for (const page of [...negatives, ...positives]) {
      const d = detectArticle(parseHtml(page.html, page.url), page.url);
      expect(d.evidence.length).toBeGreaterThan(1);
      for (const e of d.evidence.slice(0, -1)) {
        expect(['detector', 'json-ld', 'meta', 'microdata']).toContain(e.source);
        expect(e.detail).toMatch(/\([+-]\d+\.\d\)$/);
        expect(e.raw.length).toBeLessThanOrEqual(200);
      }
      const last = d.evidence[d.evidence.length - 1];
      expect(last.source).toBe('detector');
      expect(last.detail).toMatch(/^score -?\d+\.\d\d .* confidence [\d.]+; article if > 0\.5/);
    }
  });
});
