import { isValidTime } from './date-parts';
import type { FoldedText } from './fold-text';
import { readZoneAt, type ZoneSpec } from './zone-text';

/** A time of day found in folded text, with the zone written after it. */
export interface TimeSpan {
  start: number;
  /** End of the time and of its zone, if any. */
  end: number;
  hour: number;
  minute: number;
  second?: number;
  zone?: ZoneSpec;
}

/**
 * 14:57 · 14.57 · 14:57:00(.123) · 14h37 · 14 h 37 · 14h · 14時57分 · 2:57 PM · 2 p.m. · 14 Uhr ·
 * 午後2時 · 오후 2:57 · ٠٢:٣٧ م (Arabic: "ص" a.m., "م" p.m.) · 2:37 PTG (Malay) · 2:37 μ.μ. (Greek). An hour
 * alone counts only with "am/pm", "Uhr", "h" or "時": "at 14" is not a time.
 */
const TIME = new RegExp(
  '(?<![\\p{N}.:,/-])' +
    '(?:(午前|上午|오전|午後|下午|오후) ?)?' +
    '(\\d{1,2})' +
    '(?:' +
    '[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d{1,6})?)?' +
    '|(?: ?h ?(\\d{2})|h)(?![\\p{L}\\p{N}])' +
    '| ?[時时시](?: ?(\\d{1,2}) ?[分분])?(?: ?(\\d{1,2}) ?[秒초])?' +
    '|(?= ?(?:[ap]\\.? ?m\\.?|uhr)(?![\\p{L}]))' +
    ')' +
    '(?!\\p{N})' +
    '(?: ?(?:([ap])\\.? ?m\\.?|(ص|صباحا|م|مساء|مساءا|pg|ptg|pagi|petang|π\\. ?μ\\.|μ\\. ?μ\\.))(?![\\p{L}]))?' +
    '(?: ?uhr(?![\\p{L}]))?',
  'gu',
);

const PM_PREFIXES = new Set(['午後', '下午', '오후']);
/**
 * 12-hour markers after the time other than "am/pm", folded: Arabic "ص"/"صباحاً" a.m., "م"/"مساءً"
 * p.m. (no tanween after folding); Malay "PG"/"pagi" a.m., "PTG"/"petang" p.m.; Greek "π.μ." a.m.,
 * "μ.μ." p.m. These are the a.m. ones.
 */
const WORD_AM = new Set(['ص', 'صباحا', 'pg', 'pagi']);
const isWordAm = (marker: string) => WORD_AM.has(marker) || marker.startsWith('π');

/** Converts a 12-hour reading; a marker after an hour above 12 is not one ("14:57 am" is German "am"). */
function to24h(hour: number, marker: 'a' | 'p' | undefined): number {
  if (!marker || hour < 1 || hour > 12) return hour;
  if (marker === 'a') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** Every time of day in folded text, in order, each with the zone written right after it. */
export function findTimeSpans(folded: FoldedText): TimeSpan[] {
  const out: TimeSpan[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(folded.lower); m; m = TIME.exec(folded.lower)) {
    const [, prefix, h, colonMin, colonSec, hMin, cjkMin, cjkSec, latinSuffix, wordSuffix] = m;
    const suffix = latinSuffix ?? (wordSuffix ? (isWordAm(wordSuffix) ? 'a' : 'p') : undefined);
    const marker = suffix ? (suffix as 'a' | 'p') : prefix ? (PM_PREFIXES.has(prefix) ? 'p' : 'a') : undefined;
    // "2 pm" needs a real 12-hour hour; "14 pm" is no time at all.
    const hourOnly = colonMin === undefined && hMin === undefined && cjkMin === undefined;
    if (hourOnly && marker && !/[h時时시]/.test(m[0]) && (Number(h) < 1 || Number(h) > 12)) continue;
    const hour = to24h(Number(h), marker);
    const minute = Number(colonMin ?? hMin ?? cjkMin ?? 0);
    const secondText = colonSec ?? cjkSec;
    const second = secondText === undefined ? undefined : Number(secondText);
    if (!isValidTime(hour, minute, second)) continue;
    const end = m.index + m[0].length;
    const zone = readZoneAt(folded.cased, end);
    const span: TimeSpan = { start: m.index, end: zone ? zone.end : end, hour, minute };
    if (second !== undefined) span.second = second;
    if (zone) span.zone = zone.spec;
    out.push(span);
  }
  return out;
}
