/** Collapses whitespace (including NBSP and zero-width characters, word joiners, soft hyphens) and trims. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text content of an element with whitespace collapsed, capped so hostile pages cannot make us copy megabytes. */
export function textOf(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  return cleanText(raw.length > max * 4 ? raw.slice(0, max * 4) : raw).slice(0, max);
}

/** Caps a string for evidence `raw` values. */
export function capRaw(s: string, max = 300): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Lower-cased, accent-free, punctuation-light form used to compare names and titles. */
export function foldForCompare(s: string): string {
  return cleanText(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' };

/**
 * Decodes HTML entities left in structured values ("HackerRank &amp; Co" in JSON-LD, which some
 * sites encode twice). Text only: the result is never parsed as HTML.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/**
 * Text of an element with " | " between block-level pieces, so "<div>Gina Trapani</div><div>CEO</div>"
 * reads "Gina Trapani | CEO" rather than "Gina TrapaniCEO" (textContent glues them), and between
 * inline elements that touch without a space ("<span>谢若含</span><span>2017-03-01</span>"). Capped.
 */
export function segmentedText(el: Element, max = 400): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let out = '';
  let lastBlock: Element | null = null;
  let lastParent: Element | null = null;
  for (let node = walker.nextNode(); node && out.length < max * 2; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!value.trim()) {
      if (value && out && !out.endsWith(' ')) out += ' ';
      continue;
    }
    let block: Element | null = node.parentElement;
    while (block && block !== el && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
    // Elements glued without a space ("<a>Howard Blume</a><span>Staff Writer</span>") are separate pieces too.
    const glued = out !== '' && node.parentElement !== lastParent && !/\s$/.test(out) && !/^\s/.test(value);
    if (out && (block !== lastBlock || glued)) out += ' | ';
    lastBlock = block;
    lastParent = node.parentElement;
    out += value;
  }
  return cleanText(out).slice(0, max);
}

/**
 * The first `max` characters of an element's text, read node by node: unlike `textContent`, it never
 * builds the text of a huge or deeply nested subtree only to look at its start or its length (a
 * hostile page's 1 MB paragraph, an article holding thousands of <time> elements).
 */
export function textPrefix(el: Element | null | undefined, max: number): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += (n.nodeValue ?? '').slice(0, max - out.length);
  return out;
}
