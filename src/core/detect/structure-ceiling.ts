/**
 * An upper bound, from a few cheap DOM reads, on what the detector's structure and text stage can add
 * to a page's score. Most pages a reader opens are not articles, and for many of them (apps, home
 * pages, login, video and shop pages) the metadata stage's sum plus this bound is already below the
 * threshold, so the detector can stop without its element pass and paragraph analysis.
 *
 * The bound must never be lower than what the stage really adds (test/unit/detect/structure-ceiling.test.ts
 * checks it on every fixture and corpus page): each positive signal of the stage counts at its full
 * weight unless a fact read here rules it out, negative signals count as 0, and the text block's tier
 * is bounded by the page's whole running text, measured as the paragraph walk measures it.
 */
import { countByTag, elementsByTag } from '../page/elements-by-tag';
import { textBlockCeiling } from './body-signals';
import { MAX_ELEMENTS, MAX_PARAGRAPHS } from './page-scan';
import { FALLBACK_BELOW, fallbackText, measuredLength, textMeasures, type TextMeasures } from './text-blocks';
import { W } from './weights';

/** The bound and what it rests on (for the detector's evidence). */
export interface StructureCeiling {
  /** Most log-odds the structure and text stage can add. */
  max: number;
  /** Upper bound on the dominant text block's weighted characters. */
  textChars: number;
  /** What was read, in a few words. */
  detail: string;
}

/** The lowest bound there can be: no text, no headings, no `<article>`. */
export const LOWEST_CEILING = textBlockCeiling(0);

/**
 * The bound for `doc` when it is below `limit`, else null; the work stops as soon as the bound
 * reaches `limit` (pass `Infinity` for the bound itself). Also null where the bound would not be
 * exact enough to trust: no `<body>`, content after `<body>`, or more than the element pass's cap of
 * elements with a paragraph total that rules out the `<div>` fallback. What it measures is kept in
 * `measures` for the paragraph walk.
 */
export function structureAndTextCeiling(doc: Document, limit: number, measures: TextMeasures = textMeasures()): StructureCeiling | null {
  const body = doc.body;
  // The element pass also walks what a script put after <body>; such pages get no bound.
  if (!body || body.nextElementSibling) return null;

  const hasHeading = countByTag(body, 'h1') + countByTag(body, 'h2') + countByTag(body, 'h3') > 0;
  const hasArticleElement = countByTag(body, 'article') > 0;
  // Byline, date and headline are looked for around the body (from 400 chars) and around a headline.
  const bound = (textChars: number): number => {
    const hasBody = textChars >= 400;
    return (
      (hasArticleElement ? W.ONE_ARTICLE_ELEMENT : 0) +
      textBlockCeiling(textChars) +
      (hasBody ? W.DATELINE : 0) +
      (hasBody || hasHeading ? W.BYLINE + W.DATE_NEAR_BODY : 0) +
      (hasHeading ? W.HEADLINE : 0)
    );
  };
  if (bound(0) >= limit) return null;

  // The paragraph walk's paragraphs (the first MAX_PARAGRAPHS <p> of the body, on pages within the
  // element pass's cap), each measured as it measures them: their total bounds the dominant block.
  const ps = elementsByTag(body, 'p');
  let textChars = 0;
  for (let i = 0, kept = 0; i < ps.length && kept < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    if (p.tagName !== 'P') continue; // <p> in SVG or MathML is not one
    kept++;
    textChars += measuredLength(p, measures);
    if (bound(textChars) >= limit) return null;
  }
  // Where the walk falls back to the page's <div>/<br> text, the same total.
  const fallback = fallbackText(doc, textChars, measures);
  if (fallback) textChars = fallback.total;
  else if (textChars >= FALLBACK_BELOW && countByTag(body, '*') > MAX_ELEMENTS) {
    // The element pass sees only some of these paragraphs, so its total may be below the fallback's
    // threshold: the fallback is not ruled out.
    return null;
  }
  const max = bound(textChars);
  if (max >= limit) return null;
  return { max, textChars, detail: `running text ${Math.round(textChars)} chars${hasHeading ? ', headings' : ''}${hasArticleElement ? ', <article>' : ''}` };
}
