import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { detectArticle } from '../../../src/core/detect/detect';
import { structureAndTextCeiling } from '../../../src/core/detect/structure-ceiling';
import { corpusDir, loadManifest } from './fixture-pages';
import { structureStageSum } from './support/structure-stage';

/**
 * Dev-corpus pages the detector is known to miss, with the reason. Every page in the corpus is
 * labelled as an article; these do not look like one to the detector's general signals, and the
 * detector is not tuned to individual pages to pass them. A page listed here is still run and
 * reported; it just does not fail the test.
 */
const KNOWN_MISSES: Record<string, string> = {
  '107.html':
    'one-sentence brief (the body is for subscribers only) under a header with byline and date, on a page with ' +
    '40+ teaser links; its og:type=article is hidden in a value= attribute',
  '146.html': "a political party's topic page (/themen/arbeit): three paragraphs, no byline, no date, no article metadata",
};

const dir = corpusDir();
const entries = dir ? loadManifest(dir) : [];

// Parsing the 212 pages with jsdom dominates this file's run time (about 1–2 minutes).
describe.skipIf(!dir)('dev corpus: every real news page is detected as an article (and the structure ceiling holds)', () => {
  const detected: string[] = [];
  const missed: string[] = [];

  afterAll(() => {
    console.log(`[detect] dev corpus: ${detected.length}/${entries.length} pages detected as articles`);
    if (missed.length) console.log(`[detect] not detected:\n  ${missed.join('\n  ')}`);
  });

  it('has the 212 labelled pages', () => {
    expect(entries.length).toBe(212);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', (file, e) => {
    const html = readFileSync(path.join(dir!, file), 'utf8');
    const doc = parseHtml(html, e.url);
    const d = detectArticle(doc, e.url);
    // The ceiling that lets the detector skip its walk on non-articles must hold on real pages too.
    const ceiling = structureAndTextCeiling(doc, Infinity);
    if (ceiling) expect(ceiling.max, 'structure ceiling').toBeGreaterThanOrEqual(structureStageSum(doc, e.url).sum - 1e-9);
    if (d.isArticle) detected.push(file);
    else missed.push(`${file} (confidence ${d.confidence}) ${e.url}${KNOWN_MISSES[file] ? ` — known: ${KNOWN_MISSES[file]}` : ''}`);
    if (KNOWN_MISSES[file]) return;
    expect(d.isArticle, `${e.url}\n${d.evidence.map((x) => `  ${x.detail}`).join('\n')}`).toBe(true);
  });
});

if (!dir) {
  describe('dev corpus', () => {
    it.skip('skipped: corpus folder not found (set BACKSTORY_CORPUS_DIR, or put it at ../shared/corpus/dev beside the repository)', () => {});
  });
}
