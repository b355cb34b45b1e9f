import type { PartyType } from '../types';
import { ALSO_KNOWN_AS } from './alias-phrases';

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

/**
 * Last words that make a name an organisation's, never a person's: a tagger that reads "General" as a
 * military title tags "General Staff" as a person called Staff.
 */
const ORGANISATION_HEADS = /^(?:staff|council|committee|ministry|department|agency|service|army|navy|party|union|bank|university|court|commission|office|police|forces|guard|corps|command|directorate|bureau|authority|assembly|parliament|government|company|corporation|inc|ltd|group|foundation|institute|association|federation|league|club)$/i;

const TYPE_OF_LABEL: Record<string, PartyType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/**
 * Turns tagger spans into party mentions: MISC spans (nationalities, events, works) are not parties;
 * a leading "the" and a possessive ending ("Azerbaijan's") are trimmed; adjectives built on a name
 * ("Russian-brokered", "Armenian-backed") and demonyms are dropped.
 */
export function toMentions(spans: readonly TaggedSpan[], blocks: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const typed = typesFromAppositions(spans, blocks);
  for (const [i, span] of spans.entries()) {
    const type = typed.get(i) ?? TYPE_OF_LABEL[span.label];
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
    surface = surface.replace(/(?<![\s,.;:])[\s,.;:]+$/, '');
    end = start + surface.length;
    if (!isNameLike(surface)) continue;
    let partyType = type;
    if (type === 'person' && ORGANISATION_HEADS.test(surface.split(/\s+/).pop() ?? '')) {
      partyType = 'organization';
      // Take back the capitalised words the tagger left out as a title ("General" of "General Staff").
      const lead = /(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u.exec(text.slice(Math.max(0, start - 40), start));
      if (lead && !/^(?:The|A|An)\s/.test(lead[0])) {
        start -= lead[0].length;
        surface = text.slice(start, end);
      }
    }
    // "Russian-brokered truce": a name glued to a lower-case word is an adjective.
    if (/^[-‐]\p{Ll}/u.test(text.slice(end, end + 2))) continue;
    out.push({ type: partyType, text: surface, block: span.block, start, end });
  }
  return out;
}

/**
 * What the text says a name is: "Nagorno-Karabakh, also known as Upper Karabakh, a territory
 * recognized as part of Azerbaijan" — an apposition with a place noun makes the name before it a place
 * (whatever the tagger's label, MISC included), and the name it is also known as the same. Data: the
 * nouns below, one list per type.
 */
const APPOSITION_NOUNS: ReadonlyArray<{ type: PartyType; nouns: RegExp }> = [
  { type: 'place', nouns: /^(?:territory|region|province|city|town|village|country|state|enclave|exclave|district|island|republic|capital|county|municipality|neighbo(?:u)?rhood|suburb|port|peninsula|oblast|prefecture|governorate)$/ },
  { type: 'organization', nouns: /^(?:company|firm|group|party|agency|organi[sz]ation|charity|union|bank|militia|movement|alliance|coalition|network|startup|manufacturer|retailer|broadcaster|newspaper|ministry|department)$/ },
];
const APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\b/u;

function typesFromAppositions(spans: readonly TaggedSpan[], blocks: readonly string[]): Map<number, PartyType> {
  const out = new Map<number, PartyType>();
  spans.forEach((span, i) => {
    const text = blocks[span.block];
    const head = text === undefined ? null : APPOSITION.exec(text.slice(span.end, span.end + 80))?.[1];
    const type = head ? APPOSITION_NOUNS.find((a) => a.nouns.test(head))?.type : undefined;
    if (!type) return;
    out.set(i, type);
    // Walk back through "X, also known as Y": X is the same thing.
    for (let j = i - 1; j >= 0 && spans[j].block === span.block; j--) {
      if (!ALSO_KNOWN_AS.test(text!.slice(spans[j].end, spans[j + 1].start))) break;
      out.set(j, type);
    }
  });
  return out;
}

function isNameLike(s: string): boolean {
  if (s.length < 2 || s.length > 120) return false;
  if (!/\p{L}/u.test(s)) return false;
  // Lower-case words only are not names ("the army"), except in scripts without case.
  if (!/\p{Lu}/u.test(s) && /\p{Ll}/u.test(s)) return false;
  return true;
}
