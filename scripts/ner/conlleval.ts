import { spansOf } from '../../src/core/ner/spans';

/** Counts for one entity type (or all): exact-span matches as conlleval counts them. */
export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Adds the spans of one sentence to per-type counts (`overall` under "ALL"). */
export function countSpans(counts: Map<string, Counts>, gold: readonly string[], predicted: readonly string[]): void {
  const bump = (label: string, key: keyof Counts) => {
    for (const l of [label, 'ALL']) {
      const c = counts.get(l) ?? { gold: 0, predicted: 0, correct: 0 };
      c[key]++;
      counts.set(l, c);
    }
  };
  const goldSpans = spansOf(gold);
  const keys = new Set(goldSpans.map((s) => `${s.label}:${s.start}:${s.end}`));
  for (const s of goldSpans) bump(s.label, 'gold');
  for (const s of spansOf(predicted)) {
    bump(s.label, 'predicted');
    if (keys.has(`${s.label}:${s.start}:${s.end}`)) bump(s.label, 'correct');
  }
}

/** Precision, recall and F1 in percent. */
export function scoresOf(c: Counts | undefined): Scores {
  if (!c) return { precision: 0, recall: 0, f1: 0 };
  const precision = c.predicted ? (100 * c.correct) / c.predicted : 0;
  const recall = c.gold ? (100 * c.correct) / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
