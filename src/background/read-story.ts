import { readStory, type BlockText } from '../core/add-story-parties';
import type { Annotation } from '../core/types';
import type { ReplyOf, ContentToBackground } from '../messages';
import { loadEntityTagger } from './entity-tagger';

/** Parties, quotes and links for an article a content script sent as block texts (already validated). */
export async function readStoryInBackground(annotation: Annotation, blocks: BlockText[]): Promise<ReplyOf<ContentToBackground, 'read-story'>> {
  const tag = await loadEntityTagger();
  return readStory(annotation, blocks, tag);
}
