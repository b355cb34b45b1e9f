import { ENTITY_LABELS, type EntityLabel, isInside, labelOf } from './labels';

/** An entity as a token range `[start, end)` of one sentence. */
export interface TokenSpan {
  label: EntityLabel;
  start: number;
  end: number;
}

/**
 * Entity spans of an IOB2 tag sequence, conlleval style: a span starts at B-X, or at an I-X that does not
 * continue an X (so IOB1 input and stray I- tags are read the way conlleval reads them).
 */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const label = tag.length > 2 ? (tag.slice(2) as EntityLabel) : null;
    const continues = open !== null && tag.startsWith('I-') && label === open.label;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = label !== null ? { label, start: i, end: i + 1 } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/** {@link spansOf} of tag indices as the decoder gives them, without building a string per tag. */
export function spansOfTags(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  let openLabel = -1;
  for (let i = 0; i < tags.length; i++) {
    const label = labelOf(tags[i]);
    if (open !== null && isInside(tags[i]) && label === openLabel) {
      open.end = i + 1;
      continue;
    }
    if (open !== null) spans.push(open);
    open = label >= 0 ? { label: ENTITY_LABELS[label], start: i, end: i + 1 } : null;
    openLabel = label;
  }
  if (open !== null) spans.push(open);
  return spans;
}
