import { hasUtf16Bom } from './decode-html';

/**
 * What an input file is, decided before annotating: only `html` goes through the pipeline; the others
 * get a blank Annotation with `isArticle: false` (see `blank-annotation.ts`).
 */
export type InputKind = 'html' | 'empty' | 'binary' | 'not-html';

/** The verdict with a short reason, shown as the `isArticle` evidence. */
export interface InputVerdict {
  kind: InputKind;
  reason: string;
}

/** Enough bytes to recognise binary data without reading a whole large file twice. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file is not text (text has tabs and newlines, little else). */
const MAX_CONTROL_SHARE = 0.1;
/** How far into the text to look for a doctype after junk such as a server warning. */
const LATE_DOCTYPE_CHARS = 1024;

/**
 * Elements a saved page or fragment may start with: the WHATWG MIME-sniffing list ("HTML" pattern)
 * plus head and sectioning elements that real pages and fragments open with.
 */
const HTML_START_TAGS = new Set([
  'html', 'head', 'body', 'script', 'iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'font', 'table', 'a',
  'style', 'title', 'b', 'br', 'p', 'meta', 'link', 'base', 'noscript', 'article', 'main', 'header', 'section',
  'nav', 'span', 'center', 'form', 'ul', 'ol', 'img', 'template',
]);

/** Binary test on raw bytes: NUL bytes (outside UTF-16 text) or a high share of control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR are text; ESC is used by ISO-2022-JP.
    if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/**
 * Is this decoded text an HTML document or fragment? It must start (after whitespace, comments and an
 * XML declaration) with a doctype or a known HTML start tag; XML such as RSS or SVG, JSON and plain
 * text are not HTML. A doctype or `<html>` opening a line within the first 1024 characters also
 * counts, because saved pages sometimes begin with a server's warning text.
 */
export function looksLikeHtml(text: string): boolean {
  let rest = text.replace(/^[\ufeff\s]+/, '');
  let sawComment = false;
  for (;;) {
    const skipped = /^(?:<!--[\s\S]*?-->|<\?xml[\s\S]*?\?>)\s*/i.exec(rest);
    if (!skipped) break;
    sawComment ||= skipped[0].startsWith('<!--');
    rest = rest.slice(skipped[0].length);
  }
  if (rest === '') return sawComment;
  if (/^<!doctype\s+html[\s>]/i.test(rest)) return true;
  const tag = /^<([a-z][a-z0-9]*)[\s/>]/i.exec(rest);
  if (tag) return HTML_START_TAGS.has(tag[1].toLowerCase());
  if (/^[[{]/.test(rest)) return false; // JSON, even when it carries HTML strings
  // At the start of a line: code or prose that merely quotes a doctype does not count.
  return /(?:^|\n)[ \t]*(?:<!doctype\s+html[\s>]|<html[\s>])/i.test(rest.slice(0, LATE_DOCTYPE_CHARS));
}

/** Classifies an input from its raw bytes and its decoded text. */
export function classifyInput(bytes: Uint8Array, text: string): InputVerdict {
  if (bytes.length === 0) return { kind: 'empty', reason: 'empty input' };
  if (looksBinary(bytes)) return { kind: 'binary', reason: 'binary data, not text' };
  if (text.trim() === '') return { kind: 'empty', reason: 'input is only whitespace' };
  if (!looksLikeHtml(text)) return { kind: 'not-html', reason: `not HTML: starts with ${JSON.stringify(text.trim().slice(0, 20))}` };
  return { kind: 'html', reason: 'HTML' };
}
