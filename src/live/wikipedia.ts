import type { LiveOutcome, PartySummary } from './live-types';

/**
 * Reads a Wikipedia REST `page/summary` reply: only the plain-text `extract` is used (never
 * `extract_html`), a disambiguation page or a 404 is "nothing found", 429 is rate-limited.
 */
export function readSummaryReply(status: number, body: string, now: number): LiveOutcome<PartySummary> {
  if (status === 404) return { state: 'nothing-found' };
  if (status === 429) return { state: 'rate-limited', retryAfterSeconds: null };
  if (status < 200 || status >= 300) return { state: 'error', detail: `Wikipedia answered HTTP ${status}` };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { state: 'error', detail: 'Wikipedia sent something that is not JSON' };
  }
  if (data.type === 'disambiguation' || typeof data.extract !== 'string' || !data.extract.trim()) return { state: 'nothing-found' };
  const page = (data.content_urls as { desktop?: { page?: unknown } } | undefined)?.desktop?.page;
  const url = typeof page === 'string' && /^https:\/\/[a-z-]+\.wikipedia\.org\//.test(page) ? page : null;
  if (!url) return { state: 'error', detail: 'Wikipedia sent no page address' };
  return {
    state: 'ok',
    value: {
      title: typeof data.title === 'string' ? data.title : '',
      extract: data.extract.replace(/\s+/g, ' ').trim().slice(0, 1200),
      url,
      attribution: 'From Wikipedia, the free encyclopedia (CC BY-SA 4.0)',
    },
    fetchedAt: now,
    cached: false,
  };
}
