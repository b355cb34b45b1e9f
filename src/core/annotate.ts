import type { Annotation } from './types';
import { detectArticle } from './detect/detect';
import { extractMetadata } from './metadata/metadata';
import { extractArticleBlocks, type ArticleBlock } from './body/article-blocks';
import { extractStoryParties, type EntityTagger } from './parties/story-parties';
import type { PartyMention } from './parties/parties';
import { buildRelatedLinks } from './related/related-links';

/** Options for {@link annotate}. */
export interface AnnotateOptions {
  /**
   * Run metadata extraction even when the detector says the page is not an article
   * (the CLI always does; the content script does only on "annotate anyway").
   */
  force?: boolean;
  /**
   * The entity tagger. Parties and quotes are filled only when one is given: the content script
   * loads the model only after the page is judged an article.
   */
  tagEntities?: EntityTagger;
}

/** An annotation with the article text it was read from and where each party is mentioned in it. */
export interface DetailedAnnotation {
  annotation: Annotation;
  /** The headline and body blocks parties were read from; empty when the page was not read. */
  blocks: ArticleBlock[];
  /** Party mentions by block and offset, for highlighting them in the page. */
  mentions: PartyMention[];
}

/**
 * The whole extraction pipeline: detect → metadata → parties and quotes → related links.
 * Pure: reads `doc` and `url`, touches no extension API, so the content script, the CLI and tests share it.
 */
export function annotate(doc: Document, url: string, options: AnnotateOptions = {}): Annotation {
  return annotateDetailed(doc, url, options).annotation;
}

/** {@link annotate}, also returning the article blocks and party mentions (the content script highlights them). */
export function annotateDetailed(doc: Document, url: string, options: AnnotateOptions = {}): DetailedAnnotation {
  const detection = detectArticle(doc, url);
  const base: Annotation = {
    url,
    isArticle: detection.isArticle,
    articleConfidence: detection.confidence,
    headline: null,
    publisher: null,
    agencies: [],
    authors: [],
    published: null,
    modified: null,
    section: null,
    lang: null,
    canonicalUrl: null,
    parties: [],
    quotes: [],
    related: [],
    evidence: { isArticle: detection.evidence },
  };
  if (!detection.isArticle && !options.force) return { annotation: base, blocks: [], mentions: [] };
  const meta = extractMetadata(doc, url);
  const annotation: Annotation = { ...base, ...meta.fields, evidence: { ...base.evidence, ...meta.evidence } };
  if (!options.tagEntities) return { annotation, blocks: [], mentions: [] };
  return addStoryParties(doc, annotation, options.tagEntities);
}

/**
 * Fills `parties`, `quotes` and the offline `related` links of an annotation already holding the
 * page's metadata: the content
 * script shows metadata at once and adds parties once the tagger has loaded.
 */
export function addStoryParties(doc: Document, annotation: Annotation, tagEntities: EntityTagger): DetailedAnnotation {
  const blocks = extractArticleBlocks(doc, annotation.headline);
  // Credit lines and datelines name the outlets; they are the story's source, not its parties.
  const outlets = [annotation.publisher, ...annotation.agencies].flatMap((o) => (o ? [o.name, o.shortName ?? ''] : []));
  const story = extractStoryParties(blocks, tagEntities, outlets);
  const withParties = { ...annotation, parties: story.parties, quotes: story.quotes };
  return { annotation: { ...withParties, related: buildRelatedLinks(withParties) }, blocks, mentions: story.mentions };
}
