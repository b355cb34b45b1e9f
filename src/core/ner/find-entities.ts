import type { EntityLabel } from './labels';
import type { NerModel } from './model';
import { splitSentences } from './sentences';
import { prepareDocument } from './prepare';
import { spansOfTags } from './spans';
import { decodeDocument } from './tag-document';
import { tokenize, type TextToken } from './tokenize';

/** One entity found in a document block, with character offsets (`end` exclusive) into that block. */
export interface EntityMention {
  label: EntityLabel;
  text: string;
  start: number;
  end: number;
  block: number;
}

/**
 * Characters tagged per document at most (about 35,000 tokens; a long feature is a tenth of it). Callers
 * cap the article text they read already (see `body/article-blocks.ts`, `body/story-budget.ts`); this
 * keeps any other caller from making one call take seconds: text past it is not tagged.
 */
export const MAX_TAGGED_CHARS = 200_000;

/**
 * Finds entity mentions in a document given as text blocks (headline, paragraphs…): each block is
 * tokenised and split into sentences, all are tagged together as one document, and the first block is
 * treated as the headline (Title-Case or capitals truecased for tagging). Only the first
 * {@link MAX_TAGGED_CHARS} characters are read.
 */
export function findEntities(model: NerModel, blocks: string[]): EntityMention[] {
  const sentences: { block: number; tokens: TextToken[] }[] = [];
  let budget = MAX_TAGGED_CHARS;
  blocks.forEach((text, block) => {
    if (budget <= 0) return;
    const read = text.length > budget ? text.slice(0, budget) : text;
    budget -= read.length;
    for (const tokens of splitSentences(tokenize(read))) sentences.push({ block, tokens });
  });
  // `tagSentences` without its tag strings: spans are read from the tag indices.
  const prepared = prepareDocument(
    sentences.map((s) => s.tokens.map((t) => t.text)),
    model,
    sentences.map((s) => s.block === 0 && blocks.length > 1),
  );
  const tags = decodeDocument(model, prepared);
  const mentions: EntityMention[] = [];
  sentences.forEach(({ block, tokens }, s) => {
    for (const span of spansOfTags(tags[s])) {
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      mentions.push({ label: span.label, text: blocks[block].slice(start, end), start, end, block });
    }
  });
  return mentions;
}
