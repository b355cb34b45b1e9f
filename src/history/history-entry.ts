import type { Annotation, PartyType } from '../core/types';

/** One article the reader opened, as the local history keeps it: facts from the annotation, no page text. */
export interface HistoryEntry {
  url: string;
  headline: string | null;
  publisher: string | null;
  agencies: string[];
  published: string | null;
  /** When the reader opened it, ms since the epoch. */
  readAt: number;
  keyParties: Array<{ name: string; type: PartyType }>;
}

/** The entry for an annotated article, or null when there is nothing worth keeping (not an article, no key parties). */
export function entryFor(a: Annotation, readAt: number): HistoryEntry | null {
  const key = a.parties.filter((p) => p.key).map((p) => ({ name: p.name, type: p.type }));
  if (!a.isArticle || !key.length) return null;
  return {
    url: (a.canonicalUrl ?? a.url).replace(/#.*$/, ''),
    headline: a.headline,
    publisher: a.publisher?.name ?? null,
    agencies: a.agencies.map((o) => o.name),
    published: a.published,
    readAt,
    keyParties: key,
  };
}
