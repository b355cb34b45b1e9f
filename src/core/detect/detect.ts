import type { Evidence } from '../types';

/** The detector's verdict with the signals that led to it. */
export interface Detection {
  isArticle: boolean;
  confidence: number;
  evidence: Evidence[];
}

/** Placeholder until the detector lands: treats every page as a possible article. */
export function detectArticle(_doc: Document, _url: string): Detection {
  return { isArticle: true, confidence: 0.5, evidence: [] };
}
