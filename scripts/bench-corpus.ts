/**
 * `npm run bench:corpus`: accuracy of the extraction pipeline on the labelled dev corpus.
 *
 *   npm run bench:corpus                          per-field table
 *   npm run bench:corpus -- --failures authors    plus every page that missed that field
 *   npm run bench:corpus -- --json                the whole run as JSON (summary + per-page scores)
 *
 * The corpus is `../shared/corpus/dev` beside the repository, or `$BACKSTORY_CORPUS`. Scoring rules:
 * scripts/corpus/score.ts; the corpus's quirks: its README. Pages run in one worker process per CPU
 * (`BACKSTORY_CORPUS_JOBS=1` for one).
 */
import { parseArgs } from 'node:util';
import { corpusDir, corpusExists } from './corpus/corpus-files';
import { formatFailures, formatRunInfo, formatSummary, toJson } from './corpus/report';
import { runCorpus } from './corpus/run-corpus';
import { FIELDS, type Field } from './corpus/score';

const { values } = parseArgs({
  options: { failures: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log('Usage: npm run bench:corpus -- [--failures FIELD] [--json]\nFIELD: ' + FIELDS.join(', '));
  process.exit(0);
}
const failures = values.failures as Field | undefined;
if (failures !== undefined && !FIELDS.includes(failures)) {
  console.error(`Unknown field ${JSON.stringify(failures)}; one of: ${FIELDS.join(', ')}`);
  process.exit(2);
}
const dir = corpusDir();
if (!corpusExists(dir)) {
  console.error(`No corpus at ${dir} (no manifest.json). Set BACKSTORY_CORPUS to its folder.`);
  process.exit(2);
}

const progress = process.stderr.isTTY && !values.json;
const run = await runCorpus(dir, { onPage: progress ? (done, total) => process.stderr.write(`\r${done}/${total}`) : undefined });
if (progress) process.stderr.write('\r');

if (values.json) {
  console.log(toJson(run));
} else {
  console.log(formatRunInfo(run));
  console.log(formatSummary(run.summary));
  if (failures) console.log(`\nFailures: ${failures}\n${formatFailures(run, failures)}`);
}
