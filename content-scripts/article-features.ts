/**
 * What runs only on articles, in a chunk of its own: publication metadata (with the outlet registry),
 * the card, parties and quotes, and highlights. Pages that are not articles load none of it (nor the
 * tagger's weights): they pay for the detector only.
 */
export { annotateMetadata } from '../src/core/annotate-metadata';
export { mountCard, type CardHandle } from './card/mount';
export { addStoryParties } from '../src/core/add-story-parties';
export { highlightMentions, type Highlighter } from './highlights/highlighter';
export { mentionRanges } from './highlights/mention-ranges';
export { watchHover } from './highlights/hover-card';
