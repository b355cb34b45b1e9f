import type { LiveArticle, LiveOutcome } from './live-types';

/**
 * Reads a GDELT DOC 2.0 `mode=artlist&format=json` reply in each documented shape: JSON with an
 * `articles` array; JSON without `articles` when nothing matched; a plain-text error message with
 * status 200 (e.g. a query too short); HTTP 429 when called more than once per five seconds.
 */
export function readGdeltReply(status: number, body: string, retryAfter: string | null, now: number): LiveOutcome<LiveArticle[]> {
  if (status === 429) return { state: 'rate-limited', retryAfterSeconds: retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null };
  if (status < 200 || status >= 300) return { state: 'error', detail: `GDELT answered HTTP ${status}` };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const text = body.trim().replace(/\s+/g, ' ').slice(0, 200);
    return text ? { state: 'error', detail: `GDELT said: ${text}` } : { state: 'nothing-found' };
  }
  const list = (data as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) return { state: 'nothing-found' };
  const articles = list.flatMap((a): LiveArticle[] => {
    if (typeof a !== 'object' || a === null) return [];
    const r = a as Record<string, unknown>;
    const url = typeof r.url === 'string' && /^https?:\/\//i.test(r.url) ? r.url : null;
    if (!url || typeof r.title !== 'string') return [];
    return [{
      title: r.title.replace(/\s+/g, ' ').trim().slice(0, 300),
      url,
      domain: typeof r.domain === 'string' ? r.domain : new URL(url).hostname,
      seen: typeof r.seendate === 'string' ? gdeltDate(r.seendate) : null,
      language: typeof r.language === 'string' ? r.language : null,
      country: typeof r.sourcecountry === 'string' ? r.sourcecountry : null,
    }];
  });
  return articles.length ? { state: 'ok', value: articles, fetchedAt: now, cached: false } : { state: 'nothing-found' };
}

/** "20210225T081500Z" → "2021-02-25T08:15:00Z". */
function gdeltDate(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}
