import { cleanText, segmentedText } from './text';
import { isInBoilerplate } from './zones';

/** A byline-like element's text with where it was found. */
export interface BylineText {
  text: string;
  detail: string;
  el: Element;
}

/** Selectors for byline containers, most specific first. Site knowledge as data. */
export const BYLINE_SELECTORS: readonly string[] = [
  '[itemprop="author"]',
  '[rel="author"]',
  '[data-testid*="byline" i]',
  '[class*="byline" i]',
  '[id*="byline" i]',
  '[class*="author" i]',
  '[class*="writer" i]',
  '[class*="autor" i]',
  '[class*="auteur" i]',
  '[class*="reporter" i]',
  '[class*="contributor" i]',
  '[class*="journalist" i]',
  '[class*="signature" i]',
  '[class*="muhabir" i]',
  '[class*="yazar" i]',
  '[class*="redakteur" i]',
  '[class*="firma" i]',
  'address',
];

/** Links to author pages; only taken before the article body starts, where bylines are. */
export const AUTHOR_LINK_SELECTOR = ['/author/', '/authors/', '/autor/', '/auteur/', '/staff/', '/editors/', '/people/', '/profile/', '/profiles/', '/contributors/', '/contributor/', '/journalists/', '/journalist/', '/reporters/', '/writers/', '/by/', '/yazar/', '/yazarlar/', '/autore/', '/autori/', '/autoren/', '/redakteur/', '/firma/', '/avtor/', '/redaccion/']
  .map((p) => `a[href*="${p}" i]`)
  .join(', ');

/** "By …" lead-ins in the languages we read; a short line starting with one is a byline. */
export const BYLINE_LEAD_IN = /^(?:by|written by|words by|reporting by|story by|von|par|por|di|door|av|af|autor(?:es)?:?|auteur:?|author:?|text:?|tekst:?|yazan:?|muhabir:?)\s+\S/i;

const MAX_BYLINE_CHARS = 200;
const MAX_ELEMENTS = 400;

/**
 * Byline texts in the article's scope: elements marked as author/byline by markup or class names,
 * and short lines that start with "By …" (in several languages). Boilerplate zones (other stories'
 * cards, comments, footers) are skipped; so are long blocks, which are author bios or article text.
 */
export function findBylines(scope: Element, bodyStart: Element | null = null): BylineText[] {
  const out: BylineText[] = [];
  const seen = new Set<Element>();
  const consider = (el: Element, detail: string) => {
    // Nested matches are all kept: an outer "byline" box may hold only the date, the inner one the name.
    if (seen.has(el)) return;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_BYLINE_CHARS * 3) return;
    if (cleanText(raw).length > MAX_BYLINE_CHARS) return;
    const text = segmentedText(el, MAX_BYLINE_CHARS);
    if (text.length < 3) return;
    if (isInBoilerplate(el, scope.parentElement, true)) return;
    // Photo credits carry itemprop="author" and "By" lines too.
    if (el.closest('figure, figcaption, picture')) return;
    seen.add(el);
    out.push({ text, detail, el });
  };
  for (const sel of BYLINE_SELECTORS) {
    const els = scope.querySelectorAll(sel);
    for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
      let el = els[i];
      if (isLayoutWrapper(el)) continue;
      // Several author links side by side ("<a rel=author>A</a> and <a rel=author>B</a>"): take their container.
      const group = el.parentElement;
      if (group && group !== scope && (group.textContent ?? '').length < MAX_BYLINE_CHARS && group.querySelectorAll(sel).length > 1) el = group;
      consider(el, `byline element ${sel}`);
    }
  }
  const links = scope.querySelectorAll(AUTHOR_LINK_SELECTOR);
  for (let i = 0; i < links.length && i < 50; i++) {
    const link = links[i];
    // Only links before the body text: links inside it point at people the story mentions.
    if (bodyStart && !(link.compareDocumentPosition(bodyStart) & 4 /* FOLLOWING */)) continue;
    if (!bodyStart && i >= 5) break;
    consider(link.parentElement && (link.parentElement.textContent ?? '').length < MAX_BYLINE_CHARS ? link.parentElement : link, 'link to an author page');
  }
  const lines = scope.querySelectorAll('p, span, div, li, strong, b, em, h4, h5, h6');
  for (let i = 0; i < lines.length && i < 4000; i++) {
    const el = lines[i];
    if (el.childElementCount > 6) continue;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_BYLINE_CHARS) continue;
    const text = cleanText(raw);
    if (BYLINE_LEAD_IN.test(text) && /\p{Lu}/u.test(text.slice(0, 40))) consider(el, 'line starting with "By"');
  }
  return out;
}

/** Class names like "author-page-wrapper" or "has-author" mark big containers, not bylines. */
function isLayoutWrapper(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return /(?:wrapper|container|layout|article-body|content|section|grid|page|post)\b/i.test(cls) && (el.textContent ?? '').length > MAX_BYLINE_CHARS;
}
