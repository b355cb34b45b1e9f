/**
 * Scoring of parties and quotes against hand labels (test/fixtures/parties-labels/*.json). Names
 * match when any written form of ours (name or alias) equals a labelled form after folding, or one
 * contains the other as whole words (a surname for a full name, "General Staff" for "General Staff of
 * the Armenian army").
 */
import type { Annotation, PartyType } from '../../src/core/types';
import { nameKey } from '../../src/core/parties/merge';

/** A labelled party. */
export interface LabelledParty {
  name: string;
  type: PartyType;
  role?: string | null;
  aliases?: string[];
}

/** One page's hand labels. */
export interface PartyLabels {
  file: string;
  url: string;
  key_parties: LabelledParty[];
  other_parties: LabelledParty[];
  quotes: Array<{ starts_with: string; speaker: string | null }>;
}

/** Counts for one page; sums of these make the totals. */
export interface PartyScore {
  keyLabelled: number;
  keyFound: number;
  keyFoundAsKey: number;
  keyTypeRight: number;
  predicted: number;
  predictedCorrect: number;
  quotesLabelled: number;
  quotesFound: number;
  speakersRight: number;
  misses: string[];
  /** Labelled key parties we list but do not mark key. */
  notKey: string[];
  extras: string[];
  wrongSpeakers: string[];
}

const forms = (p: { name: string; aliases?: string[] }) => [p.name, ...(p.aliases ?? [])].map(nameKey).filter(Boolean);

function formsMatch(a: string[], b: string[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x === y) return true;
      const [short, long] = x.length < y.length ? [x, y] : [y, x];
      if (short.length >= 3 && ` ${long} `.includes(` ${short} `)) return true;
    }
  }
  return false;
}

/** Scores one page's annotation against its labels. */
export function scoreParties(a: Annotation, labels: PartyLabels): PartyScore {
  const labelled = [...labels.key_parties, ...labels.other_parties];
  const s: PartyScore = {
    keyLabelled: labels.key_parties.length, keyFound: 0, keyFoundAsKey: 0, keyTypeRight: 0,
    predicted: a.parties.length, predictedCorrect: 0,
    quotesLabelled: labels.quotes.length, quotesFound: 0, speakersRight: 0,
    misses: [], notKey: [], extras: [], wrongSpeakers: [],
  };
  for (const key of labels.key_parties) {
    const ours = a.parties.find((p) => formsMatch(forms(p), forms(key)));
    if (!ours) {
      s.misses.push(key.name);
      continue;
    }
    s.keyFound++;
    if (ours.key) s.keyFoundAsKey++;
    else s.notKey.push(`${ours.name} (${ours.mentions})`);
    if (ours.type === key.type) s.keyTypeRight++;
  }
  for (const p of a.parties) {
    if (labelled.some((l) => formsMatch(forms(p), forms(l)))) s.predictedCorrect++;
    else s.extras.push(`${p.name} (${p.type})`);
  }
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const q of labels.quotes) {
    // Our quote starts with the labelled words, or (a quote we cut short) the labelled words start with ours.
    const want = fold(q.starts_with);
    const ours = a.quotes.find((x) => {
      const got = fold(x.text);
      return got.startsWith(want) || (got.length >= 15 && want.startsWith(got));
    });
    if (!ours) continue;
    s.quotesFound++;
    const right = q.speaker === null ? ours.speaker === null : ours.speaker !== null && formsMatch([nameKey(ours.speaker)], forms(labelled.find((l) => l.name === q.speaker) ?? { name: q.speaker }));
    if (right) s.speakersRight++;
    else s.wrongSpeakers.push(`"${q.starts_with}" → ${ours.speaker ?? 'null'} (labelled ${q.speaker ?? 'null'}; ours: "${ours.text.slice(0, 40)}")`);
  }
  return s;
}

/** Sums page scores. */
export function totalScores(scores: PartyScore[]): Omit<PartyScore, 'misses' | 'notKey' | 'extras' | 'wrongSpeakers'> {
  const keys = ['keyLabelled', 'keyFound', 'keyFoundAsKey', 'keyTypeRight', 'predicted', 'predictedCorrect', 'quotesLabelled', 'quotesFound', 'speakersRight'] as const;
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<(typeof keys)[number], number>;
  for (const s of scores) for (const k of keys) out[k] += s[k];
  return out;
}
