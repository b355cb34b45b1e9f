/**
 * Guards extraction accuracy on the labelled dev corpus: each field's score (the figures of
 * `npm run bench:corpus`) must stay at or above its floor in floors.json (fractions, 0–1; authors is a
 * mean token-F1). Raise a floor to just under the measured figure when a change improves it.
 * Skipped, with a message, when the corpus is not beside the repository (set BACKSTORY_CORPUS).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusExists } from '../../scripts/corpus/corpus-files';
import { formatRunInfo, formatSummary } from '../../scripts/corpus/report';
import { runCorpus, type CorpusRun } from '../../scripts/corpus/run-corpus';
import { FIELDS } from '../../scripts/corpus/score';
import floors from './floors.json';

const dir = corpusDir();
const available = corpusExists(dir);
if (!available) console.warn(`Skipping corpus accuracy: no corpus at ${dir} (set BACKSTORY_CORPUS to its folder).`);

/** The whole corpus through jsdom and the pipeline: minutes on a busy two-core machine. */
const RUN_TIMEOUT_MS = 15 * 60_000;

describe.skipIf(!available)('accuracy on the dev corpus', () => {
  let run: CorpusRun;

  beforeAll(async () => {
    run = await runCorpus(dir);
    console.log(`${formatRunInfo(run)}\n${formatSummary(run.summary)}`);
  }, RUN_TIMEOUT_MS);

  it.each(FIELDS)('%s stays at or above its floor', (field) => {
    expect(floors, `floors.json has no floor for ${field}`).toHaveProperty(field);
    const summary = run.summary.find((s) => s.field === field)!;
    expect(summary.accuracy).toBeGreaterThanOrEqual(floors[field]);
  });

  it('never makes the pipeline throw', () => {
    expect(run.pages.filter((p) => p.error).map((p) => `${p.file}: ${p.error}`)).toEqual([]);
  });
});
