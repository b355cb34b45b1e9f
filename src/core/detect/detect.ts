import type { Evidence } from '../types';
import { jsonLdSignals, metaSignals, microdataSignals, structureSignals, titleSignals, urlSignals, type Signal } from './signals';
import { bodySignals } from './body-signals';
import { scanPageSteps, type PageScan } from './page-scan';
import { readMicrodata } from '../structured/microdata';
import { hasAttributeAnywhere } from '../page/elements-by-tag';
import { analyzeText, siteOf, textMeasures } from './text-blocks';
import { runSteps, type Steps } from '../steps';
import { LOWEST_CEILING, structureAndTextCeiling, type StructureCeiling } from './structure-ceiling';
import { ARTICLE_THRESHOLD, BOUND_MARGIN, EARLY_POSITIVE, GROUP_CAPS, STRUCTURE_AND_TEXT_MAX, W } from './weights';

/** The detector's verdict with the signals that led to it. */
export interface Detection {
  isArticle: boolean;
  /** 0–1: the logistic of the summed signal weights. */
  confidence: number;
  /** One item per signal that counted (`detail` names it and its weight), then a summary item. */
  evidence: Evidence[];
}

export { ARTICLE_THRESHOLD } from './weights';

/**
 * Decides whether the page is a news/article page.
 *
 * Every signal adds a weight (log-odds, see `weights.ts`) to a prior; the sum `s` gives
 * `confidence = 1 / (1 + e^-s)`, and `isArticle = confidence > 0.5` ({@link ARTICLE_THRESHOLD}):
 * the page is an article when its article evidence outweighs the prior and the non-article evidence;
 * a tie (prose and nothing else to say it is a story) is not enough.
 *
 * Stages, cheapest first (the content script runs this on every page):
 * 1. Metadata: `<meta>` (og:type, publication time, price, generator), the JSON-LD main type,
 *    microdata article items (on pages that have microdata, found by the element pass below, which
 *    then runs here once and serves both stages), an error-page title, and the URL's shape. If that
 *    sum is so low that nothing the page's structure and text can add ({@link STRUCTURE_AND_TEXT_MAX})
 *    would lift it over the threshold, or so high that metadata settles it ({@link EARLY_POSITIVE}),
 *    the detector stops here.
 * 2. A ceiling: a few native DOM reads (paragraph text, headings, `<article>`) bound what this page's
 *    structure and text could add (see structure-ceiling.ts); when the metadata sum plus that bound is
 *    still below the threshold, the detector stops without the element pass.
 * 3. Structure and text: one element pass (wiki/repository/shop markers, `<article>` count,
 *    paragraphs, headings, byline and date candidates; ≤ 10 000 body elements), then the paragraph walk
 *    (≤ 1000 `<p>`, each measured on ≤ 5000 chars): is there one dominant text block, is it a list of
 *    teaser summaries, are there many headline links, and is there a byline, a date, a dateline and a
 *    headline next to the story.
 *
 * Never throws: a failing stage is skipped and the others decide.
 */
export function detectArticle(doc: Document, url: string): Detection {
  return runSteps(detectArticleSteps(doc, url));
}

/**
 * {@link detectArticle} in steps (see steps.ts): breaks before the ceiling, inside the element pass
 * (every `SCAN_SLICE` elements) and after it, after the structure signals and after the paragraph walk.
 */
export function* detectArticleSteps(doc: Document, url: string): Steps<Detection> {
  const signals: Signal[] = [];
  let ldArticle = false;
  let ogArticle = false;
  let published = false;
  let urlDate = false;

  try {
    ({ ogArticle, published } = metaSignals(doc, signals));
  } catch {
    // a broken head must not break detection
  }
  try {
    ({ ldArticle } = jsonLdSignals(doc, signals));
  } catch {
    // ignore
  }
  // The page scan is one walk over the document that also collects microdata items. Pages whose
  // metadata already points to an article are walked here, once for both stages; others first see
  // whether the ceiling below can spare them the walk.
  let scan: PageScan | null = null;
  let scanned = false;
  function* scanOnce(): Steps<PageScan | null> {
    if (!scanned) {
      scanned = true;
      try {
        scan = yield* scanPageSteps(doc, siteOf(url));
      } catch {
        scan = null;
      }
    }
    return scan;
  }
  try {
    titleSignals(doc, signals);
  } catch {
    // ignore
  }
  try {
    urlDate = urlSignals(url, signals).hasDate;
  } catch {
    // ignore
  }

  // Before any walk: microdata can add at most MICRODATA_ARTICLE (and only without a JSON-LD
  // article), and the ceiling bounds what structure and text can add. When even both cannot lift the
  // score over the threshold, the page is decided without the walk, and without looking for
  // microdata where the ceiling leaves room for it.
  const withoutMicrodata = W.PRIOR + sum(signals);
  const microdataMax = ldArticle ? 0 : W.MICRODATA_ARTICLE;
  let stage = 'metadata only';
  let ceiling: StructureCeiling | null = null;
  const measures = textMeasures();
  let microdataSeen: boolean | undefined;
  const hasMicrodata = () => (microdataSeen ??= hasAttributeAnywhere(doc, 'itemscope'));
  if (withoutMicrodata + microdataMax + STRUCTURE_AND_TEXT_MAX < -BOUND_MARGIN) return finish(signals, stage);
  if (withoutMicrodata + STRUCTURE_AND_TEXT_MAX < -BOUND_MARGIN && !hasMicrodata()) return finish(signals, stage);
  if (withoutMicrodata + LOWEST_CEILING < -BOUND_MARGIN) {
    yield;
    try {
      ceiling = structureAndTextCeiling(doc, -withoutMicrodata - BOUND_MARGIN, measures);
    } catch {
      ceiling = null;
    }
    if (ceiling && (withoutMicrodata + microdataMax + ceiling.max < -BOUND_MARGIN || !hasMicrodata())) return finish(signals, ceilingStage(ceiling));
  }

  let mdArticle = false;
  try {
    // The element pass gets a task of its own: with the metadata stage before it, one step took 59 ms
    // on a busy machine (bench:browser, a 1,300-element corpus page).
    if (!scanned) yield;
    const items = (yield* scanOnce())?.microdata ?? readMicrodata(doc);
    yield;
    ({ mdArticle } = microdataSignals(items, ldArticle, signals));
  } catch {
    // ignore
  }
  const metadataScore = W.PRIOR + sum(signals);
  if (ceiling && metadataScore + ceiling.max < -BOUND_MARGIN) return finish(signals, ceilingStage(ceiling));
  if (metadataScore + STRUCTURE_AND_TEXT_MAX >= 0 && metadataScore < EARLY_POSITIVE) {
    stage = 'metadata, structure and text';
    try {
      const walked = scanned;
      const scan = yield* scanOnce();
      if (!scan) throw new Error('page scan failed');
      if (!walked) yield;
      structureSignals(scan, signals);
      yield;
      const text = analyzeText(doc, url, scan, measures);
      yield;
      bodySignals(doc, url, scan, text, { articleMarks: ldArticle || mdArticle || ogArticle || published || urlDate }, signals);
    } catch {
      // decide on what was gathered so far
    }
  }

  return finish(signals, stage);
}

function ceilingStage(ceiling: StructureCeiling): string {
  return `metadata; structure and text could add at most ${ceiling.max.toFixed(1)} (${ceiling.detail})`;
}

/** The verdict from the signals gathered; `stage` says how far the detector went. */
function finish(signals: Signal[], stage: string): Detection {
  applyGroupCaps(signals);
  const score = W.PRIOR + sum(signals);
  const confidence = round(1 / (1 + Math.exp(-score)));
  const isArticle = confidence > ARTICLE_THRESHOLD;
  const evidence: Evidence[] = signals.map((s) => ({
    source: s.source,
    detail: `${s.name} (${s.weight >= 0 ? '+' : ''}${s.weight.toFixed(1)})`,
    raw: s.raw,
  }));
  evidence.push({
    source: 'detector',
    detail: `score ${score.toFixed(2)} (prior ${W.PRIOR}) → confidence ${confidence}; article if > ${ARTICLE_THRESHOLD} (${stage})`,
    raw: isArticle ? 'article' : 'not an article',
  });
  return { isArticle, confidence, evidence };
}

/** Scales down grouped signals whose total is beyond the group's floor. */
function applyGroupCaps(signals: Signal[]): void {
  for (const [group, floor] of Object.entries(GROUP_CAPS)) {
    const members = signals.filter((s) => s.group === group);
    const total = members.reduce((a, s) => a + s.weight, 0);
    if (total < floor) for (const s of members) s.weight *= floor / total;
  }
}

function sum(signals: Signal[]): number {
  let s = 0;
  for (const x of signals) s += x.weight;
  return s;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
