import { findEntities } from '../core/ner';
import { loadModelFromDisk } from '../core/ner/load-node';
import type { EntityTagger } from '../core/parties/story-parties';

let tagger: EntityTagger | null = null;

/** The entity tagger over the shipped weights, loaded once per process (a batch shares it). */
export function cliEntityTagger(): EntityTagger {
  if (!tagger) {
    const model = loadModelFromDisk();
    tagger = (blocks) => findEntities(model, blocks);
  }
  return tagger;
}
