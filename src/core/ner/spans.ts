import type { EntityLabel } from './labels';

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
