/** Annotates every corpus page with the real pipeline, in parallel processes, and scores it. */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { blankAnnotation } from '../../src/cli/blank-annotation';
import type { PageOutput } from './annotate-page';
import { corpusDir, readManifest, type CorpusEntry } from './corpus-files';
import { scorePage, summarize, type FieldSummary, type PageScores } from './score';

/** One page's result. */
export interface PageResult extends PageScores {
  file: string;
  url: string;
  /** Time to decode, parse and annotate, in milliseconds. */
  ms: number;
  /** Set when the pipeline threw; every labelled field then scores 0. */
  error?: string;
}

/** A whole run. */
export interface CorpusRun {
  dir: string;
  pages: PageResult[];
  summary: FieldSummary[];
  totalMs: number;
}

/** Options of {@link runCorpus}. */
export interface RunOptions {
  /** Worker processes; default `$BACKSTORY_CORPUS_JOBS`, else one per CPU. */
  jobs?: number;
  /** Called after each page. */
  onPage?: (done: number, total: number) => void;
}

const WORKER = fileURLToPath(new URL('./annotate-worker.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs the CLI's path (decode → non-HTML check → parseHtml → `annotate(doc, url, { force: true })`) on
 * each page, so the figures are what `backstory annotate --batch` would print. jsdom parsing and the
 * pipeline take a few hundred ms per page, so the pages are spread over worker processes.
 */
export async function runCorpus(dir = corpusDir(), options: RunOptions = {}): Promise<CorpusRun> {
  const entries = readManifest(dir);
  const jobs = Math.max(1, Math.min(entries.length, options.jobs ?? (Number(process.env.BACKSTORY_CORPUS_JOBS) || availableParallelism())));
  const started = performance.now();
  const outputs: PageOutput[] = [];
  await Promise.all(
    Array.from({ length: jobs }, (_, slot) =>
      runWorker(dir, slot, jobs, (output) => {
        outputs[output.index] = output;
        options.onPage?.(outputs.filter(Boolean).length, entries.length);
      }),
    ),
  );
  const pages = entries.map((entry, i) => scoreOutput(entry, outputs[i] ?? { index: i, error: 'worker gave no result', ms: 0 }));
  return { dir, pages, summary: summarize(pages), totalMs: performance.now() - started };
}

function runWorker(dir: string, slot: number, jobs: number, onOutput: (output: PageOutput) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dir, String(slot), String(jobs)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: child.stdout }).on('line', (line) => onOutput(JSON.parse(line) as PageOutput));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`corpus worker ${slot} exited with ${code}`))));
  });
}

function scoreOutput(entry: CorpusEntry, output: PageOutput): PageResult {
  // A crash is scored as "found nothing", so it costs accuracy instead of hiding the page.
  const annotation = output.annotation ?? blankAnnotation(entry.url, { kind: 'html', reason: `annotate threw: ${output.error}` });
  return { file: entry.file, url: entry.url, ...scorePage(annotation, entry), ms: output.ms, ...(output.error ? { error: output.error } : {}) };
}
