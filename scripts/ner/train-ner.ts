/**
 * `npm run train:ner [-- options]`: trains the named-entity tagger and writes data/ner/model.bin.
 *
 *   --open-only        train on the openly licensed corpora only (a redistributable model)
 *   --corpora a,b      corpora to train on (names in corpora.ts); default: the shipped mix
 *   --epochs N         perceptron passes (default 12)
 *   --min-count N      drop features seen fewer times (default 2)
 *   --runs N           perceptrons trained (document orders seed, seed+1…) and averaged (default 3)
 *   --seed N           seed of the first run's document order (default 1)
 *   --out PATH         where to write the weights (default data/ner/model.bin)
 *
 * Prints the dev-set scores (conll2003/dev.txt, never trained on) of the written file when dev is there.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { FEATURE_SET_VERSION } from '../../src/core/ner/features';
import { tagIndex } from '../../src/core/ner/labels';
import { createModel } from '../../src/core/ner/model';
import { decodeModel, encodeModel } from '../../src/core/ner/model-format';
import { prepareDocument } from '../../src/core/ner/prepare';
import { buildCasingLexicon } from './casing-lexicon';
import { LABELS, scoresOf } from './conlleval';
import { CORPORA, DATA_ROOT, readCorpus, type TaggedDocument } from './corpora';
import { evaluate } from './evaluate';
import { buildGazetteer, commonWords } from './name-lists';
import { averageRuns, type Example, pruneWeights, trainPerceptron } from './perceptron';

/** The shipped mix: CoNLL-2003 train (news) plus the open sets that help on news (see the model card). */
const SHIPPED_MIX = ['conll-train', 'wikigold'];
const OPEN_MIX = ['btc', 'wikigold', 'uner-ewt', 'uner-pud', 'gum', 'redocred', 'crossner'];
const MAX_GZIP_BYTES = 1_000_000;

const { values } = parseArgs({
  options: {
    'open-only': { type: 'boolean' },
    corpora: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(import.meta.dirname, '../../data/ner/model.bin') },
  },
});

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

const names = values.corpora ? values.corpora.split(',') : values['open-only'] ? OPEN_MIX : SHIPPED_MIX;
if (names.includes('conll-dev')) throw new Error('conll-dev is the evaluation file: never train on it');
if (values['open-only'] && names.some((n) => !CORPORA[n]?.open)) throw new Error('--open-only with a corpus that is not open');

const training: TaggedDocument[] = [];
for (const name of names) {
  const documents = readCorpus(name);
  training.push(...documents);
  log(`${name}: ${documents.length} documents, ${documents.flat().reduce((n, s) => n + s.words.length, 0)} tokens`);
}

const gazetteer = buildGazetteer();
const casing = buildCasingLexicon(
  training.flatMap((d) => d.map((s) => s.words)),
  commonWords(),
);
log(`gazetteer: ${gazetteer.hashes.length} phrases; casing lexicon: ${casing.hashes.length} words`);

const documents: Example[][] = training.map((document) => {
  const features = prepareDocument(
    document.map((s) => s.words),
    { gazetteer, casing },
  );
  return document.map((s, i) => ({ features: features[i], gold: Uint8Array.from(s.tags, tagIndex) }));
});
log(`prepared ${documents.length} documents`);

const runs = Array.from({ length: Number(values.runs) }, (_, run) => {
  log(`run ${run + 1} of ${values.runs}`);
  return trainPerceptron(documents, { epochs: Number(values.epochs), minCount: Number(values['min-count']), seed: Number(values.seed) + run, log });
});
const trained = averageRuns(runs);
let maxAbs = 0;
for (const w of trained.weights) maxAbs = Math.max(maxAbs, Math.abs(w));

const meta = { featureSet: FEATURE_SET_VERSION, trainedOn: names, created: new Date().toISOString().slice(0, 10), epochs: Number(values.epochs), runs: Number(values.runs) };
let bytes: Uint8Array = new Uint8Array();
// Rows whose weights all round to 0 go first; past that, the smallest rows until the file fits the budget.
for (let threshold = 0.5; ; threshold *= 1.25) {
  const kept = pruneWeights(trained, (threshold * maxAbs) / 127);
  bytes = encodeModel(createModel({ meta, ...kept, gazetteer, casing }));
  const gz = gzipSync(bytes, { level: 9 }).length;
  log(`pruned to ${kept.featureHashes.length} features (|w| ≥ ${threshold.toFixed(2)}/127 of max): ${bytes.length} bytes, ${gz} gzipped`);
  if (gz <= MAX_GZIP_BYTES) break;
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
log(`wrote ${values.out}`);

if (existsSync(join(DATA_ROOT, CORPORA['conll-dev'].files[0]))) {
  const counts = evaluate(decodeModel(bytes), readCorpus('conll-dev'));
  for (const label of [...LABELS, 'ALL']) {
    const s = scoresOf(counts.get(label));
    log(`dev ${label.padEnd(4)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}`);
  }
}
