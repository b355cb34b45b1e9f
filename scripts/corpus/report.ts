/** Text and JSON renderings of a corpus run. */
import type { CorpusRun } from './run-corpus';
import type { Field, FieldSummary } from './score';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** What the detail column says for a field. */
function detail(s: FieldSummary): string {
  const skipped = s.skipped ? `; ${s.skipped} suspect label${s.skipped === 1 ? '' : 's'} skipped` : '';
  if (s.field === 'authors') return `mean token-F1; ${s.perfect} perfect${skipped}`;
  if (s.field === 'published') return `${s.perfect} on the right day${skipped}`;
  return `${s.perfect} right${skipped}`;
}

/** The per-field table with counts. */
export function formatSummary(summary: FieldSummary[]): string {
  const rows = summary.map((s) => [s.field, String(s.labelled), s.field === 'authors' ? s.accuracy.toFixed(3) : percent(s.accuracy), detail(s)]);
  const header = ['field', 'labelled', 'score', 'detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Header line: where, how many pages, how long. */
export function formatRunInfo(run: CorpusRun): string {
  const times = run.pages.map((p) => p.ms).sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)] : 0;
  const slowest = times.length ? times[times.length - 1] : 0;
  const errors = run.pages.filter((p) => p.error).length;
  return (
    `Corpus ${run.dir}: ${run.pages.length} pages in ${(run.totalMs / 1000).toFixed(1)} s ` +
    `(median ${median.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms per page)` +
    (errors ? `; ${errors} page(s) threw` : '')
  );
}

/** Every page that did not score 1 on `field`, with what was expected and what we said. */
export function formatFailures(run: CorpusRun, field: Field): string {
  const lines: string[] = [];
  for (const page of run.pages) {
    const s = page.scores.find((x) => x.field === field);
    if (!s || s.score === 1) continue;
    lines.push(
      `${page.file}  ${s.score.toFixed(2)}  ${page.url}`,
      `    expected ${JSON.stringify(s.expected)}`,
      `    got      ${JSON.stringify(s.got)}${s.note ? `  (${s.note})` : ''}${page.error ? `  [threw: ${page.error}]` : ''}`,
    );
  }
  return lines.length ? lines.join('\n') : `No failures for ${field}.`;
}

/** The whole run as JSON: summary, then every page's scores. */
export function toJson(run: CorpusRun): string {
  return JSON.stringify({ corpus: run.dir, totalMs: Math.round(run.totalMs), summary: run.summary, pages: run.pages }, null, 2);
}
