import { MONTH_FIRST_LOCALES } from './date-order.data';

/**
 * Whether an ambiguous numeric date ("03/04/2021") is month-first for a page in `lang` (a BCP 47
 * tag, any case, "_" or "-"). No language counts as month-first, like the US convention.
 */
export function isMonthFirst(lang?: string | null): boolean {
  if (!lang) return true;
  const subtags = lang.trim().split(/[-_]/);
  const language = subtags[0].toLowerCase();
  // The region is the first 2-letter or 3-digit subtag after the language; a script ("Latn") is skipped.
  const region = subtags.slice(1).find((s) => /^(?:[a-z]{2}|\d{3})$/i.test(s))?.toUpperCase();
  return MONTH_FIRST_LOCALES.has(region ? `${language}-${region}` : language);
}
