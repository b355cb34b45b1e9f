/**
 * Turns the bytes of a saved page into text the way a browser would, minus the network:
 * byte-order mark, then the page's own `<meta charset>` / `http-equiv` declaration, then UTF-8.
 */

/** How the encoding was chosen, for debugging odd output. */
export type EncodingSource = 'bom' | 'meta' | 'utf-8-content' | 'default' | 'fallback';

/** Decoded text with the encoding used. */
export interface DecodedHtml {
  text: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  source: EncodingSource;
}

/** Browsers look for a declaration in the first 1024 bytes only (HTML §13.2.3.2). */
const PRESCAN_BYTES = 1024;

/**
 * Decodes HTML bytes. Order:
 * 1. a BOM (UTF-8, UTF-16LE/BE) wins;
 * 2. a non-UTF-8 declaration is ignored when the bytes are valid UTF-8 and contain non-ASCII
 *    sequences: pages re-saved as UTF-8 keep their old `charset=shift_jis` (several corpus pages do),
 *    and real legacy-encoded text is almost never valid multi-byte UTF-8 by accident;
 * 3. the declared encoding, when `TextDecoder` knows it;
 * 4. UTF-8; if the bytes are not valid UTF-8 and nothing was declared, windows-1252, which is what a
 *    browser in a Western locale shows for an undeclared legacy page.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: 'bom' };

  const declared = resolveEncoding(sniffDeclaredCharset(bytes));
  const utf8 = strictUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    if (utf8 !== null && hasNonAscii(bytes)) return { text: utf8, encoding: 'utf-8', source: 'utf-8-content' };
    return { text: decode(bytes, declared), encoding: declared, source: 'meta' };
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: declared ? 'meta' : 'default' };
  if (declared) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'meta' };
  return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', source: 'fallback' };
}

/**
 * windows-1252 bytes 0x80–0x9F as WHATWG maps them. Node 20's `TextDecoder('windows-1252')` decodes
 * them as Latin-1 control characters (so "€" comes out as U+0080); the five bytes the encoding leaves
 * undefined stay controls, as in browsers.
 */
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

/**
 * The charset label declared by a `<meta charset>` or `<meta http-equiv="content-type">` in the first
 * 1024 bytes (comments skipped), or null. The label is returned as written.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const match of head.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attrs = readAttributes(match[1]);
    const charset = attrs.get('charset');
    if (charset) return charset.trim();
    const content = attrs.get('content');
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type' && content) {
      const fromContent = /charset\s*=\s*["']?\s*([^\s"';]+)/i.exec(content);
      if (fromContent) return fromContent[1];
    }
  }
  return null;
}

/**
 * Maps a charset label to the encoding `TextDecoder` will use, or null if it does not know it.
 * As in browsers, a UTF-16 label in a meta tag means UTF-8 (the meta could not have been read
 * otherwise) and `x-user-defined` means windows-1252.
 */
export function resolveEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
    return encoding;
  } catch {
    return label.trim().toLowerCase() === 'x-user-defined' ? 'windows-1252' : null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** True when the bytes start with a UTF-16 byte-order mark (such text is full of NUL bytes). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  return bom !== null && bom.encoding !== 'utf-8';
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

/** Reads `name=value` pairs of one tag's attribute string; the first occurrence of a name wins, as in HTML. */
function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=\/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
