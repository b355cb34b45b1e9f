import type { PartyType } from '../types';

/** A tagged entity span in one text block (the tagger's output, structurally). */
export interface TaggedSpan {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  start: number;
  end: number;
  block: number;
}

/** A mention of a party: a span with its cleaned surface form. */
export interface Mention {
  type: PartyType;
  /** The name as written, without a leading article or possessive ending. */
  text: string;
  block: number;
  start: number;
  end: number;
}

const TYPE_OF_LABEL: Record<string, PartyType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/**
 * Turns tagger spans into party mentions: MISC spans (nationalities, events, works) are not parties;
 * a leading "the" and a possessive ending ("Azerbaijan's") are trimmed; adjectives built on a name
 * ("Russian-brokered", "Armenian-backed") and demonyms are dropped.
 */
export function toMentions(spans: readonly TaggedSpan[], blocks: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const span of spans) {
    const type = TYPE_OF_LABEL[span.label];
    const text = blocks[span.block];
    if (!type || text === undefined) continue;
    let start = span.start;
    let end = span.end;
    let surface = text.slice(start, end);
    const article = /^(?:the|The|THE)\s+/.exec(surface);
    if (article) {
      start += article[0].length;
      surface = surface.slice(article[0].length);
    }
    const possessive = /(?:['’]s?|['’]S)$/.exec(surface);
    if (possessive && surface.length > possessive[0].length + 1) {
      end -= possessive[0].length;
      surface = surface.slice(0, -possessive[0].length);
    }
    surface = surface.replace(/[\s,.;:]+$/, '');
    end = start + surface.length;
    if (!isNameLike(surface)) continue;
    // "Russian-brokered truce": a name glued to a lower-case word is an adjective.
    if (/^[-‐]\p{Ll}/u.test(text.slice(end, end + 2))) continue;
    out.push({ type, text: surface, block: span.block, start, end });
  }
  return out;
}

function isNameLike(s: string): boolean {
  if (s.length < 2 || s.length > 120) return false;
  if (!/\p{L}/u.test(s)) return false;
  // Lower-case words only are not names ("the army"), except in scripts without case.
  if (!/\p{Lu}/u.test(s) && /\p{Ll}/u.test(s)) return false;
  return true;
}
