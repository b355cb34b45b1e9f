/**
 * `npm run bench`: what Backstory costs per page, side by side with the tools a reader would otherwise
 * use, in one Node process over the dev corpus (../shared/corpus/dev or $BACKSTORY_CORPUS_DIR).
 *
 *   npm run bench [-- --runs N] [-- --limit N]
 *
 * Each page is parsed once (jsdom; parse time not counted); each measure runs N times (default 3)
 * after one warm-up and keeps the page's median; the table gives the median and p95 of those over the
 * pages, and the ratios of Backstory's whole pipeline to each peer. Peers, on the same parsed page:
 * @mozilla/readability (isProbablyReaderable, and parse() on a clone, as Firefox's reader view does),
 * compromise's people/organizations/places over the article text Backstory reads, and the floor: one
 * TreeWalker pass collecting the page's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import nlp from 'compromise';
import { closeDocument, parseHtml } from '../src/cli/parse-html';
import { decodeHtml } from '../src/cli/decode-html';
import { cliEntityTagger } from '../src/cli/entity-tagger';
import { detectArticle } from '../src/core/detect/detect';
import { extractMetadata } from '../src/core/metadata/metadata';
import { annotateMetadata } from '../src/core/annotate-metadata';
import { addStoryParties } from '../src/core/add-story-parties';
import { annotate } from '../src/core/annotate';
import { median, p95 } from './bench/stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 3);
const LIMIT = flag('--limit', Infinity);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const dir = [process.env.BACKSTORY_CORPUS_DIR, path.resolve(root, '../shared/corpus/dev')].find((d) => d && existsSync(path.join(d, 'manifest.json')));
if (!dir) {
  console.error('No dev corpus (set BACKSTORY_CORPUS_DIR or put it at ../shared/corpus/dev).');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Array<{ file: string; url: string }>;
const tag = cliEntityTagger();

type Measure = 'detect' | 'metadata' | 'parties' | 'whole' | 'readability check' | 'readability parse' | 'compromise' | 'text walk';
const MEASURES: Measure[] = ['detect', 'metadata', 'parties', 'whole', 'readability check', 'readability parse', 'compromise', 'text walk'];
const times = new Map<Measure, number[]>(MEASURES.map((m) => [m, []]));

function time(f: () => unknown): number {
  f();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

function textWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node.nodeValue ?? '').length;
  return n;
}

const pages = manifest.slice(0, LIMIT);
let done = 0;
for (const entry of pages) {
  const html = decodeHtml(readFileSync(path.join(dir, entry.file))).text;
  const doc = parseHtml(html, entry.url);
  gc();
  const base = annotateMetadata(doc, entry.url, true);
  const detailed = addStoryParties(doc, base, tag);
  const articleText = detailed.blocks.map((b) => b.text).join('\n');
  times.get('detect')!.push(time(() => detectArticle(doc, entry.url)));
  times.get('metadata')!.push(time(() => extractMetadata(doc, entry.url)));
  times.get('parties')!.push(time(() => addStoryParties(doc, base, tag)));
  times.get('whole')!.push(time(() => annotate(doc, entry.url, { force: true, tagEntities: tag })));
  times.get('readability check')!.push(time(() => isProbablyReaderable(doc)));
  times.get('readability parse')!.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
  times.get('compromise')!.push(time(() => {
    const d = nlp(articleText);
    return [d.people().out('array'), d.organizations().out('array'), d.places().out('array')];
  }));
  times.get('text walk')!.push(time(() => textWalk(doc)));
  closeDocument(doc);
  if (process.stderr.isTTY) process.stderr.write(`\r${++done}/${pages.length}`);
}
if (process.stderr.isTTY) process.stderr.write('\r');

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`Dev corpus: ${pages.length} pages, ${RUNS} timed runs each (median per page), Node ${process.version}, jsdom`);
console.log(`${pad('measure', 20)}${pad('median ms', 12)}${pad('p95 ms', 12)}`);
for (const m of MEASURES) console.log(`${pad(m, 20)}${pad(median(times.get(m)!).toFixed(2), 12)}${pad(p95(times.get(m)!).toFixed(2), 12)}`);
// Ratios page by page, then their median: the pages differ far more than the tools do.
const ratio = (a: Measure, b: Measure) => median(times.get(a)!.map((x, i) => x / times.get(b)![i]));
console.log('\nBackstory whole pipeline (detect + metadata + tagger + parties + quotes + links), per page:');
console.log(`  / Readability parse()      ${ratio('whole', 'readability parse').toFixed(2)}× (target < 0.33)`);
console.log(`  / text walk (floor)         ${ratio('whole', 'text walk').toFixed(2)}× (target ≤ 3)`);
console.log(`Backstory parties / compromise on the same text: ${ratio('parties', 'compromise').toFixed(2)}×`);
console.log(`Detector / Readability isProbablyReaderable: ${ratio('detect', 'readability check').toFixed(2)}×`);
