import type { Annotation, Outlet } from '../core/types';

/** The outlet a reader should see first, and why it is that one. */
export interface LeadOutlet {
  outlet: Outlet;
  /** `agency` when the story is credited to a news agency; `publisher` when no agency is credited. */
  role: 'agency' | 'publisher';
}

/**
 * The origin of a story: its first credited agency, else its publisher. Backstory's point is that
 * a story on any site may come from an agency, so the agency leads whenever there is one.
 */
export function leadOutlet(a: Pick<Annotation, 'agencies' | 'publisher'>): LeadOutlet | null {
  const agency = a.agencies[0];
  if (agency) return { outlet: agency, role: 'agency' };
  return a.publisher ? { outlet: a.publisher, role: 'publisher' } : null;
}

/** True when the publisher is a different outlet than `outlet` (so it is worth naming separately). */
export function publisherDiffers(a: Pick<Annotation, 'publisher'>, outlet: Outlet): boolean {
  return !!a.publisher && fold(a.publisher.name) !== fold(outlet.name);
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
