/**
 * `npm run bench:parties`: named parties and quote speakers against hand labels.
 *
 *   npm run bench:parties              totals
 *   npm run bench:parties -- --pages   plus each page's misses, extra parties and wrong speakers
 *
 * Labels: test/fixtures/parties-labels/NNN.json (made by hand from the article text of
 * ../shared/corpus/dev/NNN.html; see the README there). Figures: key-party recall (labelled key
 * parties we list at all, and that we mark key), party precision (our parties that are labelled
 * parties of the story), quote recall and speaker accuracy on the quotes found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { annotateBytes } from '../src/cli/annotate-bytes';
import { corpusDir, corpusExists } from './corpus/corpus-files';
import { scoreParties, totalScores, type PartyLabels } from './parties/score-parties';

const { values } = parseArgs({ options: { pages: { type: 'boolean' } } });
const labelsDir = fileURLToPath(new URL('../test/fixtures/parties-labels/', import.meta.url));
const dir = corpusDir();
if (!corpusExists(dir)) {
  console.error(`No corpus at ${dir}. Set BACKSTORY_CORPUS to its folder.`);
  process.exit(2);
}
const files = readdirSync(labelsDir).filter((f) => /^\d+\.json$/.test(f)).sort();
const scores = files.map((f) => {
  const labels = JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as PartyLabels;
  const annotation = annotateBytes(readFileSync(join(dir, labels.file)), labels.url);
  return { file: labels.file, score: scoreParties(annotation, labels) };
});
const t = totalScores(scores.map((s) => s.score));
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a');
console.log(`Hand-labelled pages: ${files.length}`);
console.log(`key-party recall (listed)     ${pct(t.keyFound, t.keyLabelled)}`);
console.log(`key-party recall (marked key) ${pct(t.keyFoundAsKey, t.keyLabelled)}`);
console.log(`key-party type right          ${pct(t.keyTypeRight, t.keyFound)}`);
console.log(`party precision               ${pct(t.predictedCorrect, t.predicted)}`);
console.log(`quote recall                  ${pct(t.quotesFound, t.quotesLabelled)}`);
console.log(`quote speaker accuracy        ${pct(t.speakersRight, t.quotesFound)}`);
if (values.pages) {
  for (const { file, score } of scores) {
    console.log(`\n${file}: missed key ${JSON.stringify(score.misses)}`);
    if (score.notKey.length) console.log(`  listed, not marked key: ${score.notKey.join(', ')}`);
    if (score.extras.length) console.log(`  not labelled: ${score.extras.join(', ')}`);
    for (const w of score.wrongSpeakers) console.log(`  speaker: ${w}`);
  }
}
