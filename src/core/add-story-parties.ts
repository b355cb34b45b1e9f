import type { Annotation } from './types';
import { extractArticleBlocks, type ArticleBlock } from './body/article-blocks';
import { extractStoryParties, type EntityTagger } from './parties/story-parties';
import type { PartyMention } from './parties/parties';
import { buildRelatedLinks } from './related/related-links';
import type { PageIndex } from './page/page-index';

/** An annotation with the article text it was read from and where each party is mentioned in it. */
export interface DetailedAnnotation {
  annotation: Annotation;
  /** The headline and body blocks parties were read from; empty when the page was not read. */
  blocks: ArticleBlock[];
  /** Party mentions by block and offset, for highlighting them in the page. */
  mentions: PartyMention[];
}

/** The part of an article block the story reading needs: what kind of block, and its text. */
export type BlockText = Pick<ArticleBlock, 'kind' | 'text'>;

/**
 * Fills `parties`, `quotes` and the offline `related` links of an annotation already holding the
 * page's metadata: the content script shows metadata at once and adds these once the tagger has loaded.
 * `index` is the page's index when the caller has one (the metadata stage's).
 */
export function addStoryParties(doc: Document, annotation: Annotation, tagEntities: EntityTagger, index?: PageIndex): DetailedAnnotation {
  const blocks = extractArticleBlocks(doc, annotation.headline, undefined, index);
  return { ...readStory(annotation, blocks, tagEntities), blocks };
}

/**
 * The DOM-free half of {@link addStoryParties}: parties, quotes and links from the article's block texts.
 * The extension runs it in the background, where the tagger's weights are loaded once for all tabs and
 * the page's main thread is not held up.
 */
export function readStory(annotation: Annotation, blocks: readonly BlockText[], tagEntities: EntityTagger): Omit<DetailedAnnotation, 'blocks'> {
  // Credit lines and datelines name the outlets; they are the story's source, not its parties.
  const outlets = [annotation.publisher, ...annotation.agencies].flatMap((o) => (o ? [o.name, o.shortName ?? ''] : []));
  const story = extractStoryParties(blocks, tagEntities, outlets);
  const withParties = { ...annotation, parties: story.parties, quotes: story.quotes };
  return { annotation: { ...withParties, related: buildRelatedLinks(withParties) }, mentions: story.mentions };
}
