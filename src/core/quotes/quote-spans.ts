/** Opening quotation marks and the marks that may close them, across languages' conventions. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '‘': '’',
  '「': '」',
  '『': '』',
};

/** A quotation found in the article's blocks; offsets are inside the blocks, excluding the marks. */
export interface QuoteSpan {
  text: string;
  block: number;
  /** Offset of the opening mark in `block`. */
  open: number;
  endBlock: number;
  /** Offset just after the closing mark in `endBlock`. */
  close: number;
}

const MAX_QUOTE_BLOCKS = 6;

/**
 * Finds direct quotations: text between matching marks, straight or curly, « guillemets » or
 * „German“ marks. A quote that spans paragraphs follows the print convention: the paragraph ends
 * without a closing mark and the next one starts with an opening mark.
 */
export function findQuoteSpans(blocks: readonly string[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let b = 0;
  let i = 0;
  while (b < blocks.length) {
    const text = blocks[b];
    if (i >= text.length) {
      b++;
      i = 0;
      continue;
    }
    const open = text[i];
    const closers = QUOTE_PAIRS[open];
    if (!closers || !isOpeningPosition(text, i, open)) {
      i++;
      continue;
    }
    const close = findCloser(text, i + 1, open, closers);
    if (close >= 0) {
      out.push({ text: quoteText(text.slice(i + 1, close)), block: b, open: i, endBlock: b, close: close + 1 });
      i = close + 1;
      continue;
    }
    const spanning = continueAcrossBlocks(blocks, b, i, open, closers);
    if (spanning) {
      out.push(spanning);
      b = spanning.endBlock;
      i = spanning.close;
      continue;
    }
    i++;
  }
  return out;
}

/** The quoted words without the comma or colon that belongs to the sentence around them. */
function quoteText(raw: string): string {
  return raw.trim().replace(/(?<!\s)\s*[,;:]$/, '');
}

function isOpeningPosition(text: string, i: number, mark: string): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = text[i + 1] ?? '';
  // An opening mark is followed by the quoted text, not by a space (« spaced guillemets » aside).
  if (!next || (/\s/.test(next) && mark !== '«' && mark !== '»')) return false;
  // A straight or single mark after a letter is a closing mark or an apostrophe ("don't", "the '90s").
  if ((mark === '"' || mark === '‘') && /[\p{L}\p{N}]/u.test(prev)) return false;
  if (mark === '»' && /[\p{L}\p{N}]/u.test(prev)) return false;
  return true;
}

function findCloser(text: string, from: number, open: string, closers: string): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (!closers.includes(c)) continue;
    // ’ inside a word is an apostrophe ("it’s"), not the end of a ‘single-quoted’ phrase.
    if (open === '‘' && /[\p{L}]/u.test(text[j + 1] ?? '')) continue;
    if (open === '"' && j === from) continue;
    return j;
  }
  return -1;
}

function continueAcrossBlocks(blocks: readonly string[], b: number, openAt: number, open: string, closers: string): QuoteSpan | null {
  const parts = [blocks[b].slice(openAt + 1).trim()];
  for (let k = b + 1; k < blocks.length && k <= b + MAX_QUOTE_BLOCKS; k++) {
    const next = blocks[k];
    const lead = /^\s*/.exec(next)![0].length;
    if (next[lead] !== open) return null;
    const close = findCloser(next, lead + 1, open, closers);
    if (close >= 0) {
      parts.push(next.slice(lead + 1, close).trim());
      return { text: quoteText(parts.join(' ')), block: b, open: openAt, endBlock: k, close: close + 1 };
    }
    parts.push(next.slice(lead + 1).trim());
  }
  return null;
}
