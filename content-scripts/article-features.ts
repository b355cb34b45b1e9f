/**
 * What runs only on articles, in a chunk of its own: publication metadata (with the outlet registry),
 * the card, the article's text blocks (the background reads parties and quotes from them), and highlights.
 * Pages that are not articles load none of it: they pay for the detector only.
 */
export { annotateMetadataSteps } from '../src/core/annotate-metadata';
export { mountCard, type CardHandle } from './card/mount';
export { articleBlocksSteps } from '../src/core/body/article-blocks';
export { highlightMentions, type Highlighter } from './highlights/highlighter';
export { mentionRanges } from './highlights/mention-ranges';
export { watchHover } from './highlights/hover-card';
export { forgetIndexedPage, indexedPage } from './indexed-page';
