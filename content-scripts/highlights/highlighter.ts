import type { Party, PartyType } from '../../src/core/types';
import css from './highlights.css?inline';
import { HIGHLIGHT_NAMES } from './highlight-names';
import { drawFallbackMarks, type FallbackMarks } from './fallback-marks';
import type { MentionRange } from './mention-ranges';

/** Highlights of the parties' mentions in the page; `clear` removes every trace. */
export interface Highlighter {
  /** Ranges currently highlighted, with their party. */
  readonly ranges: readonly MentionRange[];
  clear(): void;
}

let sheet: CSSStyleSheet | null = null;

/**
 * Highlights each mention by its party's type with the CSS Custom Highlight API: the ranges are
 * registered as `backstory-person`, `backstory-organization` and `backstory-place`, so the page's
 * DOM is never modified. Where the API is missing, translucent boxes are drawn over the text in a
 * shadow root of our own instead (pointer-transparent, so the page works as before).
 */
export function highlightMentions(ranges: readonly MentionRange[], parties: readonly Party[]): Highlighter {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (!registry || typeof Highlight === 'undefined') {
    const marks: FallbackMarks = drawFallbackMarks(ranges, parties);
    return { ranges, clear: () => marks.remove() };
  }
  adoptStyles();
  const byType = new Map<PartyType, Range[]>();
  for (const r of ranges) {
    const type = parties[r.party]?.type;
    if (type) byType.set(type, [...(byType.get(type) ?? []), r.range]);
  }
  for (const [type, list] of byType) registry.set(HIGHLIGHT_NAMES[type], new Highlight(...list));
  return {
    ranges,
    clear: () => {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    },
  };
}

function adoptStyles(): void {
  if (sheet && document.adoptedStyleSheets.includes(sheet)) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
