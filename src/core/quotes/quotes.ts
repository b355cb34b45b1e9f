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
 * ("a "coup attempt"", a quoted book title) are not quotations of anyone and are left out: a
 * quote of fewer than four words is kept only when the text says who said it.
 */
export function extractQuotes(blocks: readonly string[], mentions: readonly PlacedMention[], parties: readonly SpeakerParty[]): AttributedQuote[] {
  const spans = findQuoteSpans(blocks);
  const attributor = new QuoteAttributor(blocks, mentions, parties, spans);
  const out: AttributedQuote[] = [];
  for (const span of spans) {
    if (isTitle(span.text)) continue;
    // Every span is attributed in order, so a short quote ("We will rebuild," she said) still passes
    // its speaker on to the next; it is listed only when someone is named as saying it.
    const speaker = attributor.attribute(span);
    if (wordCount(span.text) < MIN_QUOTE_WORDS && (speaker === null || wordCount(span.text) < 2)) continue;
    const party = speaker && 'party' in speaker ? speaker.party : null;
    const name = speaker === null ? null : 'party' in speaker ? parties[speaker.party].name : speaker.name;
    out.push({ quote: { text: span.text, speaker: name }, span, party });
  }
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A Title Case run with no sentence punctuation is the title of a work, not speech. */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && capitalised / words.length > 0.7 && !/[.!?,;]/.test(text);
}
