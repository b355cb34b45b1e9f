import { type DateParts, isValidParts } from './date-parts';
import { monthFromName } from './month-lookup';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => DateParts | null }[] = [
  // /2021/02/25/
  { re: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  // /2021/feb/25/ (The Guardian)
  { re: /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/i, read: (m) => { const month = monthFromName(m[2].toLowerCase()); return month ? { year: +m[1], month, day: +m[3] } : null; } },
  // /2021-02-25- or -2021-02-25/ or _2021_02_25
  { re: /[/_-]((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?:[/_.-]|$)/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  // /20210225/ or -20210225- (exactly eight digits, not part of a longer id)
  { re: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
];

/**
 * A date written in a URL's path (never its query, where numbers are ids): /2021/02/25/,
 * /2021/feb/25/, -2021-02-25-, /20210225/. Years 1990–2100 only.
 */
export function parseUrlDate(url: string): DateParts | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const { re, read } of PATTERNS) {
    const m = re.exec(path.slice(0, 500));
    if (!m) continue;
    const p = read(m);
    if (p && isValidParts(p)) return p;
  }
  return null;
}
