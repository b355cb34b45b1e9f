/**
 * Pure scoring of one annotation against one corpus page's labels. Each field has its own notion of
 * "right", chosen so that label noise (see the corpus README) does not count as our error: titles
 * compare normalized, authors by token overlap, dates by calendar day.
 */
import type { Annotation } from '../../src/core/types';
import type { CorpusEntry } from './corpus-files';

/** The fields the corpus labels, in report order. */
export const FIELDS = ['title', 'authors', 'published', 'publisher', 'lang', 'canonical_url'] as const;
export type Field = (typeof FIELDS)[number];

/** One field of one page: 1 right, 0 wrong, in between for partial author matches. */
export interface FieldScore {
  field: Field;
  score: number;
  expected: unknown;
  got: unknown;
  /** How a date matched, or which label kind was used. */
  note?: string;
}

/** Everything a page contributes: scores for its labelled fields, the fields skipped as suspect. */
export interface PageScores {
  scores: FieldScore[];
  skipped: Field[];
}

/** Unicode NFKC, curly quotes and dashes made straight, whitespace collapsed, lower case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Titles match when equal after {@link normalizeText}. */
export function titleMatches(got: string | null, expected: string): boolean {
  return got !== null && normalizeText(got) === normalizeText(expected);
}

/** Lower-case words (letters and digits) of all names together. */
export function nameTokens(names: string[]): string[] {
  return normalizeText(names.join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Token F1 of our author names against the labelled ones, over bags of words, so that "Maria Lopez"
 * against "MARIA LOPEZ, AP" scores partially rather than zero. Both empty is a match.
 */
export function authorsF1(got: string[], expected: string[]): number {
  const ours = nameTokens(got);
  const theirs = nameTokens(expected);
  if (ours.length === 0 && theirs.length === 0) return 1;
  if (ours.length === 0 || theirs.length === 0) return 0;
  const remaining = new Map<string, number>();
  for (const t of theirs) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of ours) {
    const n = remaining.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      remaining.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / ours.length;
  const recall = overlap / theirs.length;
  return (2 * precision * recall) / (precision + recall);
}

/** How our date matched the label's day, or null. */
export type DayMatch = 'us-local-midnight' | 'east-local-midnight' | 'local-date' | 'utc-date' | null;

const OUR_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Is our date on the label's day? The label is a UTC instant. Our value's calendar date is its local date
 * as written; when it carries an offset, the UTC date of its instant is accepted too. Labels at 04:00 or
 * 05:00 UTC are US local midnights (EDT/EST), i.e. "this local day": there our local date must equal it.
 * Likewise a label at a whole hour from 12:00 to 23:00 UTC with zero minutes is the local midnight of
 * a zone east of UTC (15:00Z is midnight in Tokyo): it names the next UTC day, which our local date must equal.
 */
export function publishedDayMatch(ours: string | null, label: string): DayMatch {
  if (!ours) return null;
  const m = OUR_DATE.exec(ours.trim());
  const labelInstant = new Date(label);
  if (!m || Number.isNaN(labelInstant.getTime())) return null;
  const labelDay = labelInstant.toISOString().slice(0, 10);
  const localDay = m[1];
  if (/T0[45]:00:00(?:\.0+)?Z$/.test(labelInstant.toISOString()) && localDay === labelDay) return 'us-local-midnight';
  if (localDay === labelDay) return 'local-date';
  const labelIso = labelInstant.toISOString();
  if (/T(?:1[2-9]|2[0-3]):00:00(?:\.0+)?Z$/.test(labelIso)) {
    const nextDay = new Date(labelInstant.getTime() + 24 * 3600_000 - labelInstant.getUTCHours() * 3600_000).toISOString().slice(0, 10);
    if (localDay === nextDay) return 'east-local-midnight';
  }
  if (m[2]) {
    const instant = new Date(ours.trim());
    if (!Number.isNaN(instant.getTime()) && instant.toISOString().slice(0, 10) === labelDay) return 'utc-date';
  }
  return null;
}

/** Publisher names compare normalized, ignoring a leading "The ". */
export function normalizePublisher(name: string): string {
  return normalizeText(name).replace(/^the /, '');
}

/** Language tags compare by primary subtag ("en-US" = "en"). */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

/** URLs compare without scheme (http = https), fragment or trailing slashes; host lower-cased. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    return `${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  }
}

const bool = (ok: boolean) => (ok ? 1 : 0);

/** Scores one page: every labelled field, except labels the manifest marks as suspect. */
export function scorePage(annotation: Annotation, entry: CorpusEntry): PageScores {
  const labels = entry.expected;
  const suspect = new Set(entry.suspect ?? []);
  const scores: FieldScore[] = [];
  const skipped: Field[] = [];
  const add = (field: Field, labelled: boolean, score: () => Omit<FieldScore, 'field'>) => {
    if (!labelled) return;
    if (suspect.has(field)) skipped.push(field);
    else scores.push({ field, ...score() });
  };

  add('title', labels.title !== undefined, () => ({
    score: bool(titleMatches(annotation.headline, labels.title!)),
    expected: labels.title,
    got: annotation.headline,
  }));
  const authors = annotation.authors.map((a) => a.name);
  add('authors', labels.authors !== undefined, () => ({ score: authorsF1(authors, labels.authors!), expected: labels.authors, got: authors }));
  const dateLabel = labels.published ?? labels.date_modified_or_published;
  add('published', dateLabel !== undefined, () => {
    // metascraper's one date is "modified, else published": compare like with like.
    const ours = labels.published !== undefined ? annotation.published : (annotation.modified ?? annotation.published);
    const how = publishedDayMatch(ours, dateLabel!);
    return {
      score: bool(how !== null),
      expected: dateLabel,
      got: ours,
      note: `${labels.published !== undefined ? 'published' : 'modified ?? published'}${how ? `, ${how}` : ''}`,
    };
  });
  const publisher = annotation.publisher?.name ?? null;
  add('publisher', labels.publisher !== undefined, () => ({
    score: bool(publisher !== null && normalizePublisher(publisher) === normalizePublisher(labels.publisher!)),
    expected: labels.publisher,
    got: publisher,
  }));
  add('lang', labels.lang !== undefined, () => ({
    score: bool(annotation.lang !== null && primaryLanguage(annotation.lang) === primaryLanguage(labels.lang!)),
    expected: labels.lang,
    got: annotation.lang,
  }));
  add('canonical_url', labels.canonical_url !== undefined, () => ({
    score: bool(annotation.canonicalUrl !== null && normalizeUrl(annotation.canonicalUrl) === normalizeUrl(labels.canonical_url!)),
    expected: labels.canonical_url,
    got: annotation.canonicalUrl,
  }));
  return { scores, skipped };
}

/** Per-field totals over the corpus. */
export interface FieldSummary {
  field: Field;
  /** Pages with a usable label for the field. */
  labelled: number;
  /** Sum of scores (right answers; for authors, the sum of F1). */
  total: number;
  /** total / labelled (0 when nothing is labelled). */
  accuracy: number;
  /** Pages scoring 1. */
  perfect: number;
  /** Labels skipped as suspect. */
  skipped: number;
}

/** Adds up page scores per field, in {@link FIELDS} order. */
export function summarize(pages: PageScores[]): FieldSummary[] {
  return FIELDS.map((field) => {
    const scores = pages.flatMap((p) => p.scores.filter((s) => s.field === field));
    const total = scores.reduce((sum, s) => sum + s.score, 0);
    return {
      field,
      labelled: scores.length,
      total,
      accuracy: scores.length ? total / scores.length : 0,
      perfect: scores.filter((s) => s.score === 1).length,
      skipped: pages.filter((p) => p.skipped.includes(field)).length,
    };
  });
}
