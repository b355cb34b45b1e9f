/**
 * The Annotation: everything Backstory says about one page. The CLI prints it as JSON,
 * the content script sends it to the background, the popup and the card render it.
 * Field names are a public contract (tests and research tools rely on them): add, never rename.
 */

/** Where a value was found, so the UI can answer "why does it say this?". */
export type EvidenceSource =
  | 'json-ld'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'byline'
  | 'dateline'
  | 'credit-line'
  | 'copyright'
  | 'visible-text'
  | 'heading'
  | 'title-element'
  | 'link'
  | 'html-attribute'
  | 'url'
  | 'registry'
  | 'domain'
  | 'detector';

/** One piece of evidence for a field value. */
export interface Evidence {
  source: EvidenceSource;
  /** Which selector, property or pattern matched, e.g. `meta[property="article:published_time"]`. */
  detail: string;
  /** The raw text the value was read from (capped in length). */
  raw: string;
}

export type EvidenceField =
  | 'isArticle'
  | 'headline'
  | 'publisher'
  | 'agencies'
  | 'authors'
  | 'published'
  | 'modified'
  | 'section'
  | 'lang'
  | 'canonicalUrl';

/** An outlet (publisher or agency). Profile fields beyond `name` are filled when the registry knows it. */
export interface Outlet {
  name: string;
  /** Registrable domain of the outlet's site, when known. */
  domain?: string | null;
  shortName?: string | null;
  country?: string | null;
  kind?: string | null;
  owner?: string | null;
  stateAffiliation?: string | null;
  /** IANA zone used to resolve local times printed without an offset. */
  timezone?: string | null;
  profileSource?: string | null;
}

export interface Person {
  name: string;
  /** Profile or author page, only when it is an http(s) URL. */
  url?: string | null;
}

export type PartyType = 'person' | 'organization' | 'place';

/** A person, organisation or place named in the article's headline or body. */
export interface Party {
  /** The fullest form the article uses ("Nikol Pashinyan", "General Staff of the Armenian army"). */
  name: string;
  type: PartyType;
  /** Title or role the article gives ("Prime Minister", "former President"), as written. */
  role: string | null;
  /** The organisation this one belongs to, when the text says ("Armenian army"). */
  parent?: string | null;
  /** Other forms the article uses for the same party ("Pashinyan", "NSS"). */
  aliases: string[];
  /** Mentions in headline and body, aliases included. */
  mentions: number;
  /** One of the story's central parties (headline, lead paragraph, frequency, speaking). */
  key: boolean;
}

/** A direct quotation and who said it. */
export interface Quote {
  text: string;
  /** The party's name (as in `parties`), or null when the article does not say who spoke. */
  speaker: string | null;
}

export type RelatedKind = 'encyclopedia' | 'coverage' | 'events' | 'gdelt' | 'history';

export interface RelatedLink {
  kind: RelatedKind;
  title: string;
  url: string;
}

export interface Annotation {
  url: string;
  isArticle: boolean;
  /** 0–1; how sure the detector is that this is a news/article page. */
  articleConfidence: number;
  headline: string | null;
  publisher: Outlet | null;
  agencies: Outlet[];
  authors: Person[];
  /** ISO 8601: with offset when the page or the publisher's home zone gives one, else local wall-clock, or a date only. */
  published: string | null;
  modified: string | null;
  section: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  parties: Party[];
  quotes: Quote[];
  related: RelatedLink[];
  evidence: Partial<Record<EvidenceField, Evidence[]>>;
}
