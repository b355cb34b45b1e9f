/** Typographic variants the training text (mostly ASCII) spells one way, mapped to that spelling. */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['“', '"'], ['”', '"'], ['„', '"'], ['«', '"'], ['»', '"'], ['‘', "'"], ['’', "'"], ['‚', "'"],
  ['—', '--'], ['–', '-'], ['−', '-'], ['…', '...'], ['\u00a0', ' '],
]);

const VARIANT_CHARS = new RegExp(`[${[...VARIANTS.keys()].join('')}]`, 'g');

/** The token as the tagger sees it: typographic quotes, dashes and ellipses in their ASCII forms. */
export function normalizeToken(token: string): string {
  if (/^[\x00-\x7f]*$/.test(token)) return token;
  return token.replace(VARIANT_CHARS, (c) => VARIANTS.get(c) ?? c);
}
