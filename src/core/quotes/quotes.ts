import type { Quote } from '../types';
import { QuoteAttributor, type PlacedMention, type SpeakerParty } from './attribution';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';

/** A quote with the party index of its speaker, for key-party scoring and highlights. */
export interface AttributedQuote {
  quote: Quote;
  span: QuoteSpan;
  /** Index into the parties list, when the speaker is one. */
  party: number | null;
}

const MIN_QUOTE_WORDS = 4;

/**
 * Direct quotations in the article's blocks with their speakers. Scare quotes and titles
 * ("a "coup attempt"", a quoted book title) are not quotations of anyone and are left out.
 */
export function extractQuotes(blocks: readonly string[], mentions: readonly PlacedMention[], parties: readonly SpeakerParty[]): AttributedQuote[] {
  const attributor = new QuoteAttributor(blocks, mentions, parties);
  const out: AttributedQuote[] = [];
  for (const span of findQuoteSpans(blocks)) {
    if (!isQuotation(span.text)) continue;
    const speaker = attributor.attribute(span);
    const party = speaker && 'party' in speaker ? speaker.party : null;
    const name = speaker === null ? null : 'party' in speaker ? parties[speaker.party].name : speaker.name;
    out.push({ quote: { text: span.text, speaker: name }, span, party });
  }
  return out;
}

function isQuotation(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_QUOTE_WORDS) return false;
  // A Title Case run with no sentence punctuation is a title of a work, not speech.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return !(capitalised / words.length > 0.7 && !/[.!?,;]/.test(text));
}
