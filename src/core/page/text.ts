/** Collapses whitespace (including NBSP and zero-width characters) and trims. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
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
