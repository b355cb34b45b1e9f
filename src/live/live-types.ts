/** What a live lookup came back with; every state the popup must be able to say in words. */
export type LiveOutcome<T> =
  | { state: 'ok'; value: T; fetchedAt: number; cached: boolean }
  | { state: 'nothing-found' }
  | { state: 'rate-limited'; retryAfterSeconds: number | null }
  | { state: 'offline'; detail: string }
  | { state: 'error'; detail: string }
  | { state: 'disabled' };

/** One article from GDELT's article list. */
export interface LiveArticle {
  title: string;
  url: string;
  domain: string;
  /** ISO 8601 (UTC) when GDELT saw it. */
  seen: string | null;
  language: string | null;
  country: string | null;
}

/** A Wikipedia page summary, as plain text with its attribution. */
export interface PartySummary {
  title: string;
  extract: string;
  url: string;
  /** "From Wikipedia, CC BY-SA 4.0": shown with the text, as the licence asks. */
  attribution: string;
}
