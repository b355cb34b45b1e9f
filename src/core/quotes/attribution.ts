import type { PartyType } from '../types';
import type { QuoteSpan } from './quote-spans';
import { ACCORDING_TO, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERB, SPEECH_VERB_GLOBAL, STATEMENT_NOUNS } from './speech-verbs';

/** A party mention placed in a block, as the quote attributor sees it. */
export interface PlacedMention {
  party: number;
  block: number;
  start: number;
  end: number;
}

/** What the attributor needs to know about each party. */
export interface SpeakerParty {
  name: string;
  type: PartyType;
  role: string | null;
}

/** Who said a quote: a party, a name the tagger missed, or nobody known. */
export type Speaker = { party: number } | { name: string } | null;

/** Nouns a story uses for a person by role ("the premier said") and the role words they stand for. */
const ROLE_NOUN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  premier: ['prime minister', 'premier'],
  pm: ['prime minister'],
  chancellor: ['chancellor'],
  president: ['president'],
  minister: ['minister'],
  spokesman: ['spokesman', 'spokesperson'],
  spokeswoman: ['spokeswoman', 'spokesperson'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  ceo: ['ceo', 'chief executive'],
  governor: ['governor'],
  mayor: ['mayor'],
};

/**
 * Attributes quotes to speakers in document order, reading the clause after the quote ("…," X said /
 * said X / according to X / he said / the statement said), then the clause before it (X said: "…" /
 * X said the call is "…"), then a lead-in paragraph ending with a colon. Pronouns carry the last named
 * speaker over; "the statement" speaks for the organisation that last spoke; a quote continuing a
 * speaker's words (next sentence or paragraph, no attribution of its own) keeps that speaker.
 * Unattributed quotes get null rather than a guess.
 */
export class QuoteAttributor {
  private lastSpeaker: number | null = null;
  private lastPerson: number | null = null;
  private lastOrg: number | null = null;
  private previous: { span: QuoteSpan; speaker: Speaker } | null = null;
  private readonly byBlock: PlacedMention[][];

  constructor(
    private readonly blocks: readonly string[],
    mentions: readonly PlacedMention[],
    private readonly parties: readonly SpeakerParty[],
    quoted: readonly QuoteSpan[] = [],
  ) {
    this.byBlock = blocks.map(() => []);
    // A name inside quotation marks is part of what was said, never who said it.
    const isQuoted = quotedTest(quoted);
    for (const m of mentions) if (!isQuoted(m)) this.byBlock[m.block]?.push(m);
    for (const list of this.byBlock) list.sort((a, b) => a.start - b.start);
  }

  /** The speaker of `span`; call in document order. */
  attribute(span: QuoteSpan): Speaker {
    const speaker = this.fromAfter(span) ?? this.fromBefore(span.block, clauseStart(this.blocks[span.block], span.open), span.open, span) ?? this.fromLeadIn(span) ?? this.continuation(span);
    if (speaker && 'party' in speaker) {
      this.lastSpeaker = speaker.party;
      const type = this.parties[speaker.party].type;
      if (type === 'person') this.lastPerson = speaker.party;
      else this.lastOrg = speaker.party;
    }
    this.previous = { span, speaker };
    return speaker;
  }

  private fromAfter(span: QuoteSpan): Speaker {
    const text = this.blocks[span.endBlock];
    const lead = /^[\s,.;:!?—–-]*/.exec(text.slice(span.close))![0].length;
    const from = span.close + lead;
    const clause = text.slice(from, clauseEnd(text, from));
    const according = ACCORDING_TO.exec(clause);
    if (according && according.index < 30) return this.subjectAfter(span.endBlock, from + according.index + according[0].length, span);
    const verb = SPEECH_VERB.exec(clause);
    if (!verb || verb.index > 80) return null;
    const pre = clause.slice(0, verb.index);
    if (pre.trim() === '' || /^(?:also|then|later|again|now)\s*$/i.test(pre.trim())) {
      return this.subjectAfter(span.endBlock, from + verb.index + verb[0].length, span);
    }
    return this.subjectBefore(span.endBlock, from, from + verb.index, span, true);
  }

  private fromBefore(block: number, start: number, end: number, span: QuoteSpan): Speaker {
    const text = this.blocks[block];
    const clause = text.slice(start, end);
    const according = ACCORDING_TO.exec(clause);
    if (according) {
      const who = this.subjectAfter(block, start + according.index + according[0].length, span);
      if (who) return who;
    }
    let last: RegExpExecArray | null = null;
    SPEECH_VERB_GLOBAL.lastIndex = 0;
    for (let m = SPEECH_VERB_GLOBAL.exec(clause); m; m = SPEECH_VERB_GLOBAL.exec(clause)) last = m;
    if (!last) return null;
    return this.subjectBefore(block, start, start + last.index, span, false);
  }

  /** "Kocharian said:" closing the paragraph before a paragraph that is all quote. */
  private fromLeadIn(span: QuoteSpan): Speaker {
    if (span.block === 0 || this.blocks[span.block].slice(0, span.open).trim() !== '') return null;
    const prev = this.blocks[span.block - 1].trimEnd();
    if (!prev.endsWith(':')) return null;
    return this.fromBefore(span.block - 1, clauseStart(prev, prev.length - 1), prev.length, span);
  }

  private continuation(span: QuoteSpan): Speaker {
    const prev = this.previous;
    if (!prev?.speaker) return null;
    const sameBlock = prev.span.endBlock === span.block;
    const nextParagraph = prev.span.endBlock === span.block - 1 && this.blocks[span.block].slice(0, span.open).trim() === '';
    return sameBlock || nextParagraph ? prev.speaker : null;
  }

  /** The subject of a speech verb: the mention nearest before it in [start, end), a pronoun, or a noun phrase. */
  private subjectBefore(block: number, start: number, end: number, span: QuoteSpan, adjacent: boolean): Speaker {
    const text = this.blocks[block];
    const mentions = this.byBlock[block].filter((m) => m.start >= start && m.end <= end);
    const pre = text.slice(start, end);
    if (mentions.length) {
      const m = mentions[mentions.length - 1];
      // In "X, who … , said" the subject is X; in "the statement by X said" it is still X.
      return { party: m.party };
    }
    const words = pre.trim().split(/\s+/).filter(Boolean);
    const pronoun = words.find((w) => PERSON_PRONOUNS.test(w) || GROUP_PRONOUNS.test(w));
    if (pronoun && (adjacent ? words[0] === pronoun : true)) return this.pronoun(pronoun, span);
    const nominal = /(?:^|\s)(?:the|a|an|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*(?:also\s+|then\s+)?$/iu.exec(pre);
    if (nominal) return this.nominal(nominal[1], span);
    const name = /^((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)\s*$/u.exec(pre.trim());
    return adjacent && name ? { name: name[1] } : null;
  }

  /** The speaker named after "said" or "according to": a mention, a pronoun, a noun phrase or an untagged name. */
  private subjectAfter(block: number, from: number, span: QuoteSpan): Speaker {
    const text = this.blocks[block];
    const lead = /^\s*/.exec(text.slice(from))![0].length;
    const at = from + lead;
    // "said IMF chief economist Pierre-Olivier Gourinchas": the person, not their organisation.
    const phraseEnd = at + (/[,.;:]|$/.exec(text.slice(at, at + 120))?.index ?? 120);
    const near = this.byBlock[block].filter((x) => x.start >= at && x.start <= at + 60 && x.start < phraseEnd && /^(?:(?:the|a|an|[\p{Lu}][\p{L}.’'-]*|[\p{Ll}-]+)\s+){0,6}$/u.test(text.slice(at, x.start) + (x.start > at ? ' ' : '')));
    const m = near.find((x) => this.parties[x.party].type === 'person') ?? near[0];
    if (m) return { party: m.party };
    const rest = text.slice(at, at + 80);
    const word = /^[\p{L}]+/u.exec(rest)?.[0] ?? '';
    if (PERSON_PRONOUNS.test(word) || GROUP_PRONOUNS.test(word)) return this.pronoun(word, span);
    const nominal = /^(?:the|a|an|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=[\s,.;:]|$)/iu.exec(rest);
    if (nominal) return this.nominal(nominal[1], span);
    const name = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})/u.exec(rest);
    return name ? { name: name[1] } : null;
  }

  /**
   * "he said": the person the nearest preceding paragraph (or this one, before the quote) is about —
   * the last named speaker when that paragraph names them, else the first person it names (the
   * subject, usually) — or, when no person is named nearby, the last named speaker.
   */
  private pronoun(word: string, span: QuoteSpan): Speaker {
    if (PERSON_PRONOUNS.test(word)) {
      for (let b = span.block; b >= 0 && b >= span.block - 2; b--) {
        const people = this.byBlock[b].filter((m) => this.parties[m.party].type === 'person' && (b < span.block || m.end <= span.open));
        if (!people.length) continue;
        if (this.lastPerson !== null && people.some((m) => m.party === this.lastPerson)) return { party: this.lastPerson };
        return { party: people[0].party };
      }
      return this.lastPerson === null ? null : { party: this.lastPerson };
    }
    const party = this.lastSpeaker ?? this.recentMention(span.block, 'organization');
    return party === null ? null : { party };
  }

  /** "the statement", "the ministry", "the premier": the party the noun stands for, if the story makes it clear. */
  private nominal(phrase: string, span: QuoteSpan): Speaker {
    const words = phrase.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    if (STATEMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(words.slice(-2).join(' '))) {
      const party = this.lastOrg ?? this.recentMention(span.block, 'organization');
      return party === null ? null : { party };
    }
    const roleWords = ROLE_NOUN_SYNONYMS[head];
    for (let b = span.block; b >= 0 && b >= span.block - 6; b--) {
      const list = this.byBlock[b];
      for (let k = list.length - 1; k >= 0; k--) {
        const m = list[k];
        if (b === span.block && m.start > span.open) continue;
        const p = this.parties[m.party];
        if (p.type === 'organization' && p.name.toLowerCase().split(/\s+/).includes(head)) return { party: m.party };
        if (p.type === 'person' && roleWords && p.role && roleWords.some((r) => p.role!.toLowerCase().includes(r))) return { party: m.party };
      }
    }
    return null;
  }

  private recentMention(block: number, type: PartyType): number | null {
    for (let b = block; b >= 0 && b >= block - 2; b--) {
      const list = this.byBlock[b];
      for (let k = list.length - 1; k >= 0; k--) if (this.parties[list[k].party].type === type) return list[k].party;
    }
    return null;
  }
}

/**
 * Whether a mention is inside one of the quotes. Quotes as `findQuoteSpans` gives them (in reading
 * order, none inside another) are searched: only the last one opened before the mention can hold it,
 * so a long page is not mentions × quotes. Other lists are checked one by one.
 */
function quotedTest(quoted: readonly QuoteSpan[]): (m: PlacedMention) => boolean {
  const inOrder = quoted.every((q, k) => k === 0 || closesBefore(quoted[k - 1], q));
  if (!inOrder) return (m) => quoted.some((q) => insideQuote(q, m));
  return (m) => {
    let lo = 0;
    let hi = quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = quoted[mid];
      if (q.block < m.block || (q.block === m.block && q.open < m.start)) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && insideQuote(quoted[lo - 1], m);
  };
}

/** Whether quote `a` closes at or before quote `b` opens. */
function closesBefore(a: QuoteSpan, b: QuoteSpan): boolean {
  return a.endBlock < b.block || (a.endBlock === b.block && a.close <= b.open);
}

function insideQuote(q: QuoteSpan, m: PlacedMention): boolean {
  const afterOpen = m.block > q.block || (m.block === q.block && m.start > q.open);
  const beforeClose = m.block < q.endBlock || (m.block === q.endBlock && m.end < q.close);
  return afterOpen && beforeClose;
}

/** How far back from a quote a sentence start is looked for first (see {@link clauseStart}). */
const CLAUSE_LOOKBACK = 2_000;

/** Start of the sentence containing offset `at`. */
function clauseStart(text: string, at: number): number {
  // A block without paragraphs can be a whole long page: look in the text just before the quote first.
  // Boundaries found there are the ones a scan from the block's start finds (a boundary begins with
  // . ! or ?, so none is cut in two); only when there is none is the whole head read.
  if (at > CLAUSE_LOOKBACK) {
    const near = lastBoundaryEnd(text, at - CLAUSE_LOOKBACK, at);
    if (near > 0) return near;
  }
  return lastBoundaryEnd(text, 0, at);
}

/** End of the last sentence boundary in `text[from..at)`, read from `from`; 0 when there is none. */
function lastBoundaryEnd(text: string, from: number, at: number): number {
  // Read past `at` so a boundary right before it still sees the capital (or quote mark) that follows.
  const boundary = /[.!?]["”’»]?\s+(?=["“«„]?\p{Lu})/gu;
  const head = text.slice(0, at + 2);
  boundary.lastIndex = from;
  let start = 0;
  for (let m = boundary.exec(head); m && m.index + m[0].length <= at; m = boundary.exec(head)) start = m.index + m[0].length;
  return start;
}

/** End of the clause starting at `from`: the sentence end or the next quotation mark. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 200);
  const m = /[.!?](?=\s|$)|["“„«]/.exec(rest);
  return from + (m ? m.index : rest.length);
}
