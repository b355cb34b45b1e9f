/**
 * Locales whose all-numeric dates put the month first: "03/04/2021" is March 4 there, 3 April
 * everywhere else. Only consulted when both numbers are 12 or less; "25/02/2021" is unambiguous.
 *
 * A bare "en" without region counts as month-first, like a page that gives no language at all:
 * the tag says nothing about the country, and CLDR's own "en" is the US convention.
 * "en-CA" is a judgement call: Canadian English pages use both orders, and this table sides with
 * the US one. Revisit with real Canadian pages.
 */
export const MONTH_FIRST_LOCALES: ReadonlySet<string> = new Set([
  'en', 'en-US', 'en-PH', 'en-CA', 'en-PR', 'en-GU', 'en-AS', 'en-MP', 'en-VI', 'en-UM', 'en-MH', 'en-FM', 'en-PW',
  'fil', 'fil-PH',
]);
