/**
 * Benchmark of the article detector: `npx tsx scripts/bench-detect.ts [--runs N] [--limit N]`.
 *
 * Parses each page once (parse time is not measured), collects garbage, runs `detectArticle` once to
 * warm up, then times N runs (default 5) and keeps the page's median. Prints the median and p95 of those per-page
 * times for the dev corpus (../shared/corpus/dev, or $BACKSTORY_CORPUS_DIR), the negative fixtures
 * and the positive detection fixtures, and how often the detector stopped without its element pass
 * (on metadata alone, or on metadata plus the structure ceiling).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html';
import { detectArticle } from '../src/core/detect/detect';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 5);
const LIMIT = flag('--limit', Infinity);

// Collect garbage before timing each page, so the previous (multi-megabyte) jsdom document's
// collection does not land inside this page's timings.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Page {
  name: string;
  url: string;
  html: string;
}

function corpusPages(): Page[] {
  const dir = [process.env.BACKSTORY_CORPUS_DIR, path.resolve(root, '../shared/corpus/dev')].find((d) => d && existsSync(path.join(d, 'manifest.json')));
  if (!dir) {
    console.log('dev corpus not found (set BACKSTORY_CORPUS_DIR or put it at ../shared/corpus/dev); skipping it');
    return [];
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
  return manifest.slice(0, LIMIT).map((e) => ({ name: e.file, url: e.url, html: readFileSync(path.join(dir, e.file), 'utf8') }));
}

function fixturePages(sub: string): Page[] {
  const dir = path.join(root, 'test/fixtures', sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      return { name: f, url: /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://example.com/', html };
    });
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function bench(label: string, pages: Page[]): void {
  if (pages.length === 0) return;
  const perPage: { name: string; ms: number }[] = [];
  let articles = 0;
  let metadataOnly = 0;
  let byCeiling = 0;
  let parseMs = 0;
  for (const page of pages) {
    const t0 = performance.now();
    const doc = parseHtml(page.html, page.url);
    parseMs += performance.now() - t0;
    gc();
    const first = detectArticle(doc, page.url); // warm-up, and the verdict
    if (first.isArticle) articles++;
    const stage = first.evidence[first.evidence.length - 1]?.detail ?? '';
    if (stage.includes('metadata only')) metadataOnly++;
    if (stage.includes('could add at most')) byCeiling++;
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      detectArticle(doc, page.url);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    perPage.push({ name: page.name, ms: runs[Math.floor(runs.length / 2)] });
  }
  const sorted = perPage.map((p) => p.ms).sort((a, b) => a - b);
  const slowest = [...perPage].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `${label.padEnd(22)} pages ${String(pages.length).padStart(3)}  median ${quantile(sorted, 0.5).toFixed(2)} ms  p95 ${quantile(sorted, 0.95).toFixed(2)} ms  ` +
      `max ${sorted[sorted.length - 1].toFixed(2)} ms  | articles ${articles}/${pages.length}, decided without the element pass ${metadataOnly + byCeiling} (metadata ${metadataOnly}, structure ceiling ${byCeiling})  | parse (not counted) ${(parseMs / pages.length).toFixed(0)} ms/page`,
  );
  console.log(`${''.padEnd(22)} slowest: ${slowest.map((p) => `${p.name} ${p.ms.toFixed(1)} ms`).join(', ')}`);
}

console.log(`detectArticle timing, median of ${RUNS} runs per page after one warm-up run (Node ${process.version}, jsdom)`);
bench('negative fixtures', fixturePages('negative'));
bench('positive fixtures', fixturePages('detect'));
bench('dev corpus', corpusPages());
