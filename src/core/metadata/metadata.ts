import type { Annotation, EvidenceField, Evidence } from '../types';

export type MetadataFields = Pick<
  Annotation,
  'headline' | 'publisher' | 'agencies' | 'authors' | 'published' | 'modified' | 'section' | 'lang' | 'canonicalUrl'
>;

/** Publication metadata with the evidence for each field. */
export interface Metadata {
  fields: MetadataFields;
  evidence: Partial<Record<EvidenceField, Evidence[]>>;
}

/** Placeholder until the extractors land. */
export function extractMetadata(doc: Document, _url: string): Metadata {
  return {
    fields: {
      headline: doc.title || null, publisher: null, agencies: [], authors: [], published: null, modified: null,
      section: null, lang: null, canonicalUrl: null,
    },
    evidence: {},
  };
}
