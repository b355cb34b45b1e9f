/**
 * `npm run bench:browser`: what the built extension costs inside real pages, in Debian's Chromium.
 *
 *   npm run bench:browser [-- --limit N] [-- --loads N] [-- --megabytes N]
 *
 * Pages: the article and non-article fixtures, the first N dev-corpus pages (default 40), and a generated
 * article of about 10 MB. Everything is served from 127.0.0.1; any other request is aborted, so saved
 * pages cannot reach the internet. Printed:
 *  - content-script stage times, from the `backstory:*` performance measures the script leaves in each
 *    page (detect on every page; on articles the page index walk, metadata, card and text blocks, each the sum
 *    of its slices or steps, and the wait for the background's parties), median and p95;
 *  - detection on the non-article fixtures again, and the article fixtures' stages, each page opened
 *    on a site of its own (a `*.test` host mapped to 127.0.0.1), so it runs in a fresh renderer process
 *    with nothing compiled yet, as on the first page a reader opens on a site;
 *  - long tasks (PerformanceObserver in the page) that overlap one of those stages: the longest per page;
 *  - whether the article-only chunk was loaded on pages judged not to be articles (it must not be);
 *  - JS heap after 50 article loads in one tab (after a forced GC), with and without the extension, and
 *    the background's session storage after them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from './launch-chromium';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './serve';
import { hugeArticleHtml } from './bench/huge-page';
import { median, p95 } from './bench/stats';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const LIMIT = flag('--limit', 40);
const LOADS = flag('--loads', 50);
const MEGABYTES = flag('--megabytes', 10);

declare global {
  interface Window {
    __backstoryBenchLongTasks?: Array<[number, number]>;
  }
}

interface PageRun {
  url: string;
  group: string;
  stages: Record<string, number>;
  /** [start, end, stage] of each of our stages. */
  spans: Array<[number, number, string]>;
  longTasks: Array<[number, number]>;
  /** The article-only chunk was requested for this page. */
  articleChunkLoaded: boolean;
}

const corpusDir = [process.env.BACKSTORY_CORPUS_DIR, path.resolve(import.meta.dirname, '../../shared/corpus/dev')].find((d) => d && existsSync(path.join(d, 'manifest.json')));
const scratch = mkdtempSync(path.join(tmpdir(), 'backstory-bench-'));
writeFileSync(path.join(scratch, 'huge-article.html'), hugeArticleHtml(MEGABYTES));

const fixtures = await startFixtureServer();
const generated = await startFixtureServer({ root: scratch });
const corpus: FixtureServer | null = corpusDir ? await startFixtureServer({ root: corpusDir }) : null;

const pages: Array<{ url: string; group: string }> = [
  ...readdirSync(path.join(FIXTURES_DIR, 'pages')).filter((f) => f.endsWith('.html')).map((f) => ({ url: `${fixtures.origin}/pages/${f}`, group: 'fixture articles' })),
  { url: `${fixtures.origin}/demo/armenia-follow-up.html`, group: 'fixture articles' },
  ...readdirSync(path.join(FIXTURES_DIR, 'negative')).filter((f) => f.endsWith('.html')).map((f) => ({ url: `${fixtures.origin}/negative/${f}`, group: 'fixture non-articles' })),
  ...(corpus && corpusDir
    ? (JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as Array<{ file: string }>)
        .slice(0, LIMIT)
        .map((e) => ({ url: `${corpus.origin}/${e.file}`, group: 'dev corpus' }))
    : []),
];
const huge = { url: `${generated.origin}/huge-article.html`, group: `${MEGABYTES} MB article` };
const local = [fixtures.origin, generated.origin, corpus?.origin].filter(Boolean) as string[];

function isLocal(url: string): boolean {
  return local.some((o) => url.startsWith(o + '/')) || /^http:\/\/site\d+\.test:\d+\//.test(url) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');
}

async function prepare(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  await context.addInitScript(() => {
    window.__backstoryBenchLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__backstoryBenchLongTasks!.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing here: the column stays empty.
    }
  });
}

/** Loads `url` and waits until our content script is done with it (or `timeoutMs`). */
async function load(page: Page, url: string, timeoutMs: number): Promise<Omit<PageRun, 'group' | 'articleChunkLoaded'>> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const deadline = Date.now() + timeoutMs;
  let quietSince = 0;
  let last = '';
  for (;;) {
    const names = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('backstory:')).map((e) => e.name).join(','));
    const finished = names.includes('backstory:background-parties') || (names.includes('backstory:detect') && !names.includes('backstory:metadata'));
    if (names !== last) {
      last = names;
      quietSince = Date.now();
    }
    // The background's parties are the last stage on articles; a non-article ends at detection.
    if (finished && Date.now() - quietSince > 400) break;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  return page.evaluate((u) => {
    const measures = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('backstory:'));
    const stages: Record<string, number> = {};
    for (const m of measures) stages[m.name.slice('backstory:'.length)] = (stages[m.name.slice('backstory:'.length)] ?? 0) + m.duration;
    return {
      url: u,
      stages,
      spans: measures.map((m) => [m.startTime, m.startTime + m.duration, m.name.slice('backstory:'.length)] as [number, number, string]),
      longTasks: (window.__backstoryBenchLongTasks ?? []).map(([s, d]) => [s, s + d] as [number, number]),
    };
  }, url);
}

/** Time our stages held the page's main thread (the background's reading runs elsewhere). */
function mainThread(stages: Record<string, number>): number {
  return Object.entries(stages).reduce((sum, [name, ms]) => (name === 'background-parties' ? sum : sum + ms), 0);
}

/** The longest long task that overlaps one of our stages, in ms (0 when none). */
function ourLongest(run: PageRun): number {
  return ourLongTasks(run).reduce((m, t) => Math.max(m, t.ms), 0);
}

/** Long tasks that overlap our stages, with the stages (and each stage slice's own time) they overlap. */
function ourLongTasks(run: PageRun): Array<{ ms: number; stages: string }> {
  const out: Array<{ ms: number; stages: string }> = [];
  for (const [s, e] of run.longTasks) {
    const ours = run.spans.filter(([a, b, name]) => name !== 'background-parties' && s < b && a < e);
    if (ours.length) out.push({ ms: e - s, stages: ours.map(([a, b, name]) => `${name} ${(b - a).toFixed(0)} ms`).join(' + ') });
  }
  return out;
}

/** Heap in use after a forced GC, after the first load and after every tenth. */
async function heapAfterLoads(page: Page, urls: string[]): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  const series: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await load(page, urls[i % urls.length], 8_000);
    if (i === 0 || (i + 1) % 10 === 0) series.push(await used());
  }
  return series;
}

// Pages on *.test hosts are served by the fixture server too: each host is a site of its own, so each
// such page gets a fresh renderer process, as the first page a reader opens on a site does.
const FRESH_SITES = '--host-resolver-rules=MAP *.test 127.0.0.1';
const ext = await launchWithExtension({ extraArgs: [FRESH_SITES, '--site-per-process'] });
const runs: PageRun[] = [];
/** Detection time on each non-article fixture opened on a site of its own (a fresh renderer). */
const freshDetect: number[] = [];
/** The article fixtures, each opened on a site of its own: the first article a reader opens on a site. */
const freshArticles: PageRun[] = [];
let extHeap: number[] = [];
let sessionBytes = 0;
let version = '';
try {
  await prepare(ext.context);
  const chunkLoadedFor = new Set<string>();
  ext.context.on('request', (r) => {
    // The article-only chunk (metadata, card, highlights) must never load where the detector said no.
    if (/\/article-features-[^/]*\.js$/.test(r.url())) chunkLoadedFor.add(r.frame()?.url() ?? '');
  });
  const page = await ext.context.newPage();
  // The user agent string is reduced (156.0.0.0); the protocol gives the full version.
  version = ((await (await ext.context.newCDPSession(page)).send('Browser.getVersion')) as { product: string }).product.replace(/^(?:Headless)?Chrome\//, '');
  let done = 0;
  for (const p of [...pages, huge]) {
    const run = await load(page, p.url, p === huge ? 60_000 : 10_000);
    runs.push({ ...run, group: p.group, articleChunkLoaded: chunkLoadedFor.has(p.url) });
    if (process.stderr.isTTY) process.stderr.write(`\r${++done}/${pages.length + 1}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  const port = new URL(fixtures.origin).port;
  let site = 0;
  for (const p of pages.filter((x) => x.group === 'fixture non-articles')) {
    const url = p.url.replace(fixtures.origin, `http://site${++site}.test:${port}`);
    const fresh = await ext.context.newPage();
    const run = await load(fresh, url, 10_000);
    if (run.stages.detect !== undefined) freshDetect.push(run.stages.detect);
    await fresh.close();
  }
  for (const p of pages.filter((x) => x.group === 'fixture articles')) {
    const url = p.url.replace(fixtures.origin, `http://site${++site}.test:${port}`);
    const fresh = await ext.context.newPage();
    const run = await load(fresh, url, 10_000);
    if (run.stages.metadata !== undefined) freshArticles.push({ ...run, group: p.group, articleChunkLoaded: true });
    await fresh.close();
  }
  const articles = runs.filter((r) => r.group === 'fixture articles').map((r) => r.url);
  const heapTab = await ext.context.newPage();
  extHeap = await heapAfterLoads(heapTab, articles);
  sessionBytes = await ext.worker.evaluate(() => (chrome.storage.session as unknown as { getBytesInUse(k: null): Promise<number> }).getBytesInUse(null));
} finally {
  await ext.close();
}

// The same 50 loads without the extension: the growth a page alone causes.
const plainProfile = mkdtempSync(path.join(tmpdir(), 'backstory-plain-'));
const plain = await chromium.launchPersistentContext(plainProfile, { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
let plainHeap: number[] = [];
try {
  await prepare(plain);
  const page = await plain.newPage();
  const articles = runs.filter((r) => r.group === 'fixture articles').map((r) => r.url);
  plainHeap = await heapAfterLoads(page, articles);
} finally {
  await plain.close();
  rmSync(plainProfile, { recursive: true, force: true });
}
await Promise.all([fixtures.close(), generated.close(), corpus?.close()]);
rmSync(scratch, { recursive: true, force: true });

declare const chrome: { storage: { session: unknown } };

const pad = (s: string, n: number) => s.padEnd(n);
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
console.log(`Chromium ${version}, headless, built extension; ${runs.length} page loads (one tab, in order)`);
const articles = runs.filter((r) => r.stages.metadata !== undefined && r.group !== huge.group);
const rejected = runs.filter((r) => r.stages.metadata === undefined);
console.log(`\nPages judged articles: ${articles.length}; judged not articles: ${rejected.length}`);
console.log(`${pad('content-script stage', 34)}${pad('median ms', 12)}${pad('p95 ms', 12)}`);
const row = (label: string, xs: number[]) => console.log(`${pad(label, 34)}${pad(fmt(median(xs)), 12)}${pad(fmt(p95(xs)), 12)}`);
row('detect (not articles)', rejected.map((r) => r.stages.detect ?? NaN).filter(Number.isFinite));
row('  same, each on a new site', freshDetect);
for (const stage of ['detect', 'index', 'metadata', 'card', 'blocks']) row(`${stage} (articles)`, articles.map((r) => r.stages[stage] ?? NaN).filter(Number.isFinite));
row('page main thread, all (articles)', articles.map((r) => mainThread(r.stages)));
row('background parties (wait)', articles.map((r) => r.stages['background-parties'] ?? NaN).filter(Number.isFinite));
console.log(`Article fixtures, each on a new site (fresh renderer, nothing compiled): ${freshArticles.length}`);
for (const stage of ['detect', 'index', 'metadata', 'card', 'blocks']) row(`  ${stage}`, freshArticles.map((r) => r.stages[stage] ?? NaN).filter(Number.isFinite));
row('  page main thread, all', freshArticles.map((r) => mainThread(r.stages)));
const freshLongest = freshArticles.map(ourLongest);
console.log(`  long tasks overlapping our stages there: longest per page median ${fmt(median(freshLongest))} ms, max ${fmt(Math.max(0, ...freshLongest))} ms; over 50 ms on ${freshLongest.filter((x) => x > 50).length} of ${freshLongest.length}`);
console.log(`Article chunk loaded on pages judged not articles: ${rejected.filter((r) => r.articleChunkLoaded).length} of ${rejected.length} (the tagger runs in the background only)`);

const longest = runs.filter((r) => r.group !== huge.group).map(ourLongest);
console.log(`\nLong tasks overlapping our stages: longest per page median ${fmt(median(longest))} ms, max ${fmt(Math.max(...longest))} ms; pages with one over 50 ms: ${longest.filter((x) => x > 50).length} of ${longest.length}`);
for (const run of runs.filter((r) => r.group !== huge.group)) {
  for (const t of ourLongTasks(run).filter((x) => x.ms > 50)) console.log(`  ${run.url.replace(/^https?:\/\/[^/]+/, '')}: ${t.ms.toFixed(0)} ms task over ${t.stages}`);
}
const hugeRun = runs.find((r) => r.group === huge.group)!;
console.log(`${huge.group}: stages ${Object.entries(hugeRun.stages).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} ms; longest overlapping long task ${fmt(ourLongest(hugeRun))} ms (target ≤ 50)`);

const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
const series = (xs: number[]) => xs.map(mb).join(' → ');
console.log(`\nJS heap in the tab after load 1, 10, 20, … ${LOADS} (forced GC), MB: with Backstory ${series(extHeap)}; without ${series(plainHeap)}`);
console.log(`Growth from load 10 to load ${LOADS}: with ${mb(extHeap.at(-1)! - extHeap[1])} MB, without ${mb(plainHeap.at(-1)! - plainHeap[1])} MB`);
console.log(`Background session storage after all loads: ${(sessionBytes / 1024).toFixed(1)} kB`);
