import type { ArticleBlock } from './article-blocks';

/** Blocks read per article: more than any article has; a page with more is not one story. */
export const MAX_STORY_BLOCKS = 2_000;
/** Characters of article text read per article, headline included: about 25,000 words, a long book chapter. */
export const MAX_STORY_CHARS = 160_000;

/**
 * The first blocks of an article within the reading budget; the last one kept may be cut short. A cut
 * keeps offsets valid (mentions count from the start of a block), and a 10 MB page costs no more than
 * a long feature.
 */
export function withinStoryBudget<B extends Pick<ArticleBlock, 'text'>>(blocks: readonly B[], maxBlocks = MAX_STORY_BLOCKS, maxChars = MAX_STORY_CHARS): B[] {
  const kept: B[] = [];
  let left = maxChars;
  for (const block of blocks) {
    if (kept.length >= maxBlocks || left <= 0) break;
    kept.push(block.text.length <= left ? block : { ...block, text: block.text.slice(0, left) });
    left -= block.text.length;
  }
  return kept;
}
