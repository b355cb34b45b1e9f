/**
 * Words that keep their full stop as one token ("Mr.", "Inc.", "Jan."), as in CoNLL-2003 text. Letter
 * sequences like "U.S." and single initials ("J.") are recognised by shape, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'capt', 'sgt', 'cmdr', 'adm',
    'maj', 'rev', 'gov', 'sen', 'rep', 'pres', 'supt', 'hon', 'messrs', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc',
    'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark',
    'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
    'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  ],
);

/** Clitics split off the word before them, PTB/CoNLL style ("Azerbaijan's" → "Azerbaijan" "'s"). */
export const CLITICS: readonly string[] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];
