import type { Annotation, Party, RelatedLink } from '../types';
import { headlineKeywords } from './headline-keywords';

/** Wikipedia editions we link to by the page's language; others fall back to English. */
const WIKIPEDIA_LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'fa', 'he', 'ja', 'zh', 'ko', 'sv', 'no', 'da', 'fi', 'cs', 'hu', 'ro', 'bg', 'el', 'sr', 'hr', 'id', 'ms', 'vi', 'th', 'hi', 'bn', 'ca', 'eu', 'gl', 'sk', 'sl', 'lt', 'lv', 'et', 'hy', 'az', 'ka', 'kk', 'ur', 'ta', 'sw']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const MAX_ENCYCLOPEDIA_LINKS = 6;

/**
 * Background links for an annotated article, built offline from what the page says: an encyclopedia
 * link per key party (in the page's language; Wikipedia's "go" search lands on the article when one
 * has that title), the same story on news search engines within a few days of publication and
 * without the publisher's own site, the Current events portal for the publication day (UTC), and a
 * GDELT query. Nothing is fetched: these are links the reader may follow.
 */
export function buildRelatedLinks(a: Pick<Annotation, 'headline' | 'published' | 'lang' | 'parties' | 'publisher' | 'url' | 'canonicalUrl'>): RelatedLink[] {
  const links: RelatedLink[] = [];
  const lang = wikiLang(a.lang);
  const key = a.parties.filter((p) => p.key);
  for (const p of key.slice(0, MAX_ENCYCLOPEDIA_LINKS)) {
    links.push({ kind: 'encyclopedia', title: `${p.name} on Wikipedia`, url: `https://${lang}.wikipedia.org/wiki/Special:Search?${query({ search: p.name, go: 'Go' })}` });
  }
  const day = utcDay(a.published);
  const terms = searchTerms(key, a.headline ?? '');
  const site = siteOf(a.publisher?.domain ?? a.canonicalUrl ?? a.url);
  if (terms.length) {
    const text = terms.join(' ');
    const window = day ? { from: shift(day, -2), to: shift(day, 3) } : null;
    const notSite = site ? ` -site:${site}` : '';
    const googleDates = window ? ` after:${isoDay(window.from)} before:${isoDay(window.to)}` : '';
    links.push({ kind: 'coverage', title: 'Same story on Google News', url: `https://news.google.com/search?${query({ q: `${text}${notSite}${googleDates}`, hl: a.lang ?? 'en' })}` });
    links.push({
      kind: 'coverage',
      title: 'Same story on DuckDuckGo News',
      url: `https://duckduckgo.com/?${query({ q: `${text}${notSite}`, iar: 'news', ia: 'news', ...(window ? { df: `${isoDay(window.from)}..${isoDay(window.to)}` } : {}) })}`,
    });
    links.push({ kind: 'coverage', title: 'Same story on Bing News', url: `https://www.bing.com/news/search?${query({ q: `${text}${notSite}` })}` });
  }
  if (day) {
    links.push({
      kind: 'events',
      title: `What else happened on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
      url: `https://en.wikipedia.org/wiki/Portal:Current_events/${day.getUTCFullYear()}_${MONTHS[day.getUTCMonth()]}_${day.getUTCDate()}`,
    });
  }
  if (terms.length) {
    const range = gdeltRange(a.published);
    links.push({ kind: 'gdelt', title: 'Coverage worldwide in GDELT', url: `https://api.gdeltproject.org/api/v2/doc/doc?${query({ query: terms.join(' '), mode: 'artlist', format: 'html', sort: 'datedesc', maxrecords: '75', ...range })}` });
  }
  return links;
}

/**
 * GDELT's time window for a story: from two days before to three days after its UTC publication day,
 * or the last three months when the page gives no date. Shared by the offline link and the live query.
 */
export function gdeltRange(published: string | null): Record<string, string> {
  const day = utcDay(published);
  return day ? { startdatetime: gdeltTime(shift(day, -2)), enddatetime: gdeltTime(shift(day, 3)) } : { timespan: '3months' };
}

/** Up to two key names (quoted when several words) and headline keywords the names do not cover. */
export function searchTerms(key: readonly Party[], headline: string): string[] {
  const names = [...key].sort((a, b) => (a.type === 'place' ? 1 : 0) - (b.type === 'place' ? 1 : 0)).slice(0, 2).map((p) => p.name);
  const words = headlineKeywords(headline, names, names.length ? 2 : 4);
  return [...names.map((n) => (/\s/.test(n) ? `"${n.replace(/"/g, '')}"` : n)), ...words];
}

function wikiLang(lang: string | null): string {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return WIKIPEDIA_LANGS.has(primary) ? primary : 'en';
}

/** The UTC calendar day of an ISO time; a date or a wall-clock time without offset is taken as that day. */
function utcDay(iso: string | null): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return null;
  if (!m[4] || !m[7]) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function shift(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function gdeltTime(d: Date): string {
  return `${isoDay(d).replace(/-/g, '')}000000`;
}

function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
