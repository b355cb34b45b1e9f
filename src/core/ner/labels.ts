/** The entity types the tagger knows (CoNLL-2003's). */
export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** IOB2 tags by index: O, then B-/I- per label. The weights file stores scores in this order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((label) => [`B-${label}`, `I-${label}`])];

export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map(TAGS.map((tag, index) => [tag, index]));

/** Index of an IOB2 tag; unknown tags (other schemes' types) count as O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? OUTSIDE;
}

/** Tag index → whether it is an I- tag, and its label index (-1 for O). */
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

export function labelOf(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}

/**
 * Whether `next` may follow `prev` in IOB2 (`prev` = -1 at a sentence start): an I- tag must continue
 * a B- or I- of the same label.
 */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev > 0 && labelOf(prev) === labelOf(next);
}
