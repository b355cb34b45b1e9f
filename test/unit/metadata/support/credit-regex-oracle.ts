/**
 * The credit patterns as they were before credit-matchers.ts: one regular expression per credit shape,
 * an alternation of every agency name and code. Too slow to compile on every article page, kept here
 * as the reference the table-driven matchers are compared with (credit-matchers.test.ts).
 */
import { allAgencyCodes, allAgencyNames } from '../../../../src/core/sources/registry';

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

let cache: CreditPatterns | null = null;

/** Compiled patterns for agency credits, built once from the agency table. */
export interface CreditPatterns {
  /** Any full agency name as a whole word (case-insensitive). */
  name: RegExp;
  /** A short code in parentheses followed by a dash or colon, as in datelines: "MADRID (AP) —". */
  datelineCode: RegExp;
  /** A credit lead-in followed by a name or code: "avec AFP", "with Reuters", "Source: EFE", "mit dpa". */
  leadIn: RegExp;
  /** A whole line that is only a credit: "- Anadolu Agency", "(AFP)", "AFP/dpa", "© AP". */
  bareLine: RegExp;
  /** Codes as whole words, case-sensitive (for byline text, where "AP" is a credit). */
  code: RegExp;
}

export function creditPatterns(): CreditPatterns {
  if (cache) return cache;
  const names = allAgencyNames().map(escapeRegExp).join('|');
  const codes = allAgencyCodes().map(escapeRegExp).join('|');
  const any = `${names}|${codes}`;
  const leadWords = [
    'avec', 'with', 'mit', 'con', 'com', 'met', 'ile', 'från', 'med', 'z', 'and', 'et', 'und', 'y', 'e',
    'source', 'sources', 'fuente', 'fuentes', 'quelle', 'fonte', 'kaynak', 'bron', 'źródło', 'источник',
    'agencies', 'agences', 'agencias', 'agenturen',
  ].map(escapeRegExp).join('|');
  cache = {
    name: new RegExp(`${NOT_WORD_BEFORE}(?:${names})${NOT_WORD_AFTER}`, 'iu'),
    // "(dpa/lni)": regional services of an agency follow a slash.
    datelineCode: new RegExp(`\\(\\s*((?:${any})(?:\\s*[/,-]\\s*[\\p{L}-]{1,24})*)\\s*\\)\\s*(?:[-—–:|]|$)`, 'iu'),
    leadIn: new RegExp(`${NOT_WORD_BEFORE}(?:${leadWords})\\s*(?::\\s*)?((?:${any})(?:\\s*(?:[/,&]|and|et|und|y|e)\\s*(?:${any}))*)${NOT_WORD_AFTER}`, 'iu'),
    bareLine: new RegExp(`^\\s*(?:(?:[-—–©(]|\\(c\\))\\s*)?(?:\\d{4}\\s+)?((?:${any})(?:\\s*[/,&]\\s*(?:${any}))*)\\s*(?:\\)\\s*)?(?:\\.\\s*)?$`, 'iu'),
    code: new RegExp(`${NOT_WORD_BEFORE}(?:${codes})${NOT_WORD_AFTER}`, 'u'),
  };
  return cache;
}
