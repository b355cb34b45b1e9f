import type { Party, Quote } from '../types';
import type { ArticleBlock } from '../body/article-blocks';
import { extractQuotes } from '../quotes/quotes';
import { rankParties } from './key-parties';
import type { TaggedSpan } from './mentions';
import { buildParties, type PartyMention } from './parties';

/** Finds entity spans in text blocks (the NER tagger, or a stand-in in tests). */
export type EntityTagger = (blocks: string[]) => TaggedSpan[];

/** Parties, quotes and where each party is mentioned (for highlights), with parties in importance order. */
export interface StoryParties {
  parties: Party[];
  quotes: Quote[];
  mentions: PartyMention[];
}

/**
 * Named parties and who said what in an article's blocks: tag, build parties, attribute quotes,
 * then rank parties (speakers count towards being key). `exclude` names the outlets credited for
 * the story, which are not parties of it.
 */
export function extractStoryParties(blocks: readonly Pick<ArticleBlock, 'kind' | 'text'>[], tag: EntityTagger, exclude: readonly string[] = []): StoryParties {
  const texts = blocks.map((b) => b.text);
  const spans = texts.length ? tag(texts) : [];
  const built = buildParties(texts, spans, exclude);
  const attributed = extractQuotes(texts, built.mentions, built.parties);
  const speakers = new Set(attributed.map((q) => q.party).filter((p): p is number => p !== null));
  const ranked = rankParties(built.parties, built.mentions, blocks.map((b) => b.kind), speakers);
  const newIndex = new Map(ranked.order.map((old, i) => [old, i]));
  return {
    parties: ranked.parties,
    quotes: attributed.map((q) => q.quote),
    mentions: built.mentions.map((m) => ({ ...m, party: newIndex.get(m.party)! })),
  };
}
