import { daysInMonth, type DateParts } from './date-parts';
import { lookupMonth } from './month-lookup';

/** URLs can be long; dates sit near the start of the path. */
const MAX_PATH = 300;
/** Outside these years a number in a path is an id, not a date. */
const MIN_URL_YEAR = 1995;
const MAX_URL_YEAR = 2100;

/** After a date in a path: the end, a slash, a separator before a slug, or a file extension. */
const END = '(?=[/._-]|$)';

const URL_DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // /2021/02/25/ · /2021/2/25/slug
  { re: new RegExp(`/(\\d{4})/(\\d{1,2})/(\\d{1,2})${END}`, 'g'), read: (m) => [+m[1], +m[2], +m[3]] },
  // /2021/feb/25/ (The Guardian)
  {
    re: new RegExp(`/(\\d{4})/([a-z]{3,9})/(\\d{1,2})${END}`, 'g'),
    read: (m) => {
      const month = lookupMonth(m[2]);
      return month ? [+m[1], month, +m[3]] : null;
    },
  },
  // /2021-02-25-slug · /slug-2021-02-25 · /2021_02_25/
  { re: new RegExp(`(?<=[/_-])(\\d{4})([-_])(\\d{2})\\2(\\d{2})${END}`, 'g'), read: (m) => [+m[1], +m[3], +m[4]] },
  // /20210225/ · -20210225- : exactly eight digits, so a long numeric id never matches
  { re: new RegExp(`(?<=[/_-])(\\d{4})(\\d{2})(\\d{2})${END}`, 'g'), read: (m) => [+m[1], +m[2], +m[3]] },
  // /2015/08/150803-slug (National Geographic): a YYMMDD slug under its /YYYY/MM/ folder, which must agree with it
  {
    re: new RegExp(`/(\\d{4})/(\\d{2})/(\\d{2})(\\d{2})(\\d{2})${END}`, 'g'),
    read: (m) => (+m[3] === +m[1] % 100 && m[4] === m[2] ? [+m[1], +m[2], +m[5]] : null),
  },
  // /2021/0225/ (People's Daily and others)
  { re: new RegExp(`/(\\d{4})/(\\d{2})(\\d{2})${END}`, 'g'), read: (m) => [+m[1], +m[2], +m[3]] },
];

function isPlausible(year: number, month: number, day: number): boolean {
  return year >= MIN_URL_YEAR && year <= MAX_URL_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The path of an absolute, protocol-relative or root-relative URL, lower-cased, without query or fragment. */
function pathOf(url: string): string {
  const noHost = url.trim().replace(/^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i, '');
  const cut = noHost.search(/[?#]/);
  return (cut < 0 ? noHost : noHost.slice(0, cut)).slice(0, MAX_PATH).toLowerCase();
}

/**
 * A date written in a URL's path: /2021/02/25/, /2021-02-25-slug, /20210225/, /2021/feb/25/,
 * /2021/02/210225-slug.
 * Never in the query or fragment (there numbers are ids and tracking values), never inside a longer
 * number, years 1995–2100 only. The first valid date in the path wins; null when there is none.
 */
export function parseUrlDate(url: string): DateParts | null {
  const path = pathOf(url);
  let best: { index: number; parts: DateParts } | null = null;
  for (const { re, read } of URL_DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(path); m; m = re.exec(path)) {
      const ymd = read(m);
      if (ymd && isPlausible(...ymd)) {
        if (!best || m.index < best.index) best = { index: m.index, parts: { year: ymd[0], month: ymd[1], day: ymd[2] } };
        break;
      }
      re.lastIndex = m.index + 1; // a rejected match may overlap a real date
    }
  }
  return best?.parts ?? null;
}
