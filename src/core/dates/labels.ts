import { MODIFIED_LABELS, PUBLISHED_LABELS } from './labels.data';
import { foldDateText, type DateParts } from './date-parts';
import { findVisibleDates, parseTimeOnly } from './parse-visible';
import { zonedOffsetMinutes } from './iso';
import { escapeRegExp } from '../metadata/credit-patterns';

let labelRe: { published: RegExp; modified: RegExp } | null = null;

function labels() {
  if (labelRe) return labelRe;
  const alt = (list: string[]) => list.map((l) => escapeRegExp(foldDateText(l))).sort((a, b) => b.length - a.length).join('|');
  labelRe = {
    published: new RegExp(`(?<![\\p{L}])(?:${alt(PUBLISHED_LABELS)})`, 'u'),
    modified: new RegExp(`(?<![\\p{L}])(?:${alt(MODIFIED_LABELS)})`, 'u'),
  };
  return labelRe;
}

/** Where a label occurs in the first 80 characters of a folded text, or -1. */
function labelIndex(folded: string, re: RegExp): number {
  const m = re.exec(folded.slice(0, 80));
  return m ? m.index : -1;
}

/** Whether a short text is labelled as a publication or an update line (first label wins). */
export function labelKind(text: string): 'published' | 'modified' | null {
  const folded = foldDateText(text.slice(0, 120));
  const p = labelIndex(folded, labels().published);
  const m = labelIndex(folded, labels().modified);
  if (p < 0 && m < 0) return null;
  if (m < 0) return 'published';
  if (p < 0) return 'modified';
  return p <= m ? 'published' : 'modified';
}

/**
 * Reads a line that may carry both times: "Publié le 25/02/2021 à 14h37, mis à jour à 16h05",
 * "Published Date: 04:57 | 25 February 2021 Modified Date: …". An update that gives only a time
 * takes the publication's date.
 */
export function parseDateLine(text: string, lang?: string): { published?: DateParts; modified?: DateParts } {
  const t = text.slice(0, 300);
  const folded = foldDateText(t);
  const modRe = new RegExp(labels().modified.source, 'gu');
  let modAt = -1;
  for (const m of folded.matchAll(modRe)) {
    modAt = m.index;
    break;
  }
  const pubText = modAt > 0 ? t.slice(0, modAt) : modAt === 0 ? '' : t;
  const modText = modAt >= 0 ? t.slice(modAt) : '';
  const out: { published?: DateParts; modified?: DateParts } = {};
  const pub = pubText ? findVisibleDates(pubText, lang)[0]?.parts : undefined;
  if (pub) out.published = pub;
  if (modText) {
    const mod = findVisibleDates(modText, lang)[0]?.parts;
    if (mod) out.modified = mod;
    else if (pub) {
      const time = parseTimeOnly(modText);
      if (time) {
        const parts: DateParts = { year: pub.year, month: pub.month, day: pub.day, hour: time.hour, minute: time.minute };
        if (time.second !== undefined) parts.second = time.second;
        const off = time.offsetMinutes ?? (time.zone ? zonedOffsetMinutes(time.zone, parts) ?? undefined : pub.offsetMinutes);
        if (off !== undefined) parts.offsetMinutes = off;
        out.modified = parts;
      }
    }
  }
  return out;
}
