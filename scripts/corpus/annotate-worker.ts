/**
 * Child process of {@link runCorpus}: annotates every `jobs`-th page of the corpus starting at `slot`
 * and prints one JSON line per page. Striding (not halves) spreads the slow pages over the workers.
 *
 *   node --import tsx scripts/corpus/annotate-worker.ts DIR SLOT JOBS
 */
import { readManifest } from './corpus-files';
import { annotatePage } from './annotate-page';

const [dir, slot, jobs] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const entries = readManifest(dir);
for (let i = slot; i < entries.length; i += jobs) {
  process.stdout.write(JSON.stringify(annotatePage(dir, i, entries[i].file, entries[i].url)) + '\n');
}
