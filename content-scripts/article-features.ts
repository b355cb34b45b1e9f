/**
 * What runs only on articles, in a chunk of its own: reading parties and quotes, and highlighting
 * them. Pages that are not articles never load this code (nor the tagger's weights).
 */
export { addStoryParties } from '../src/core/add-story-parties';
export { highlightMentions, type Highlighter } from './highlights/highlighter';
export { mentionRanges } from './highlights/mention-ranges';
export { watchHover } from './highlights/hover-card';
