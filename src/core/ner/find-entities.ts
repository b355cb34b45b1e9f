import type { EntityLabel } from './labels';
import type { NerModel } from './model';
import { splitSentences } from './sentences';
import { spansOf } from './spans';
import { tagSentences } from './tag-document';
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
 * Finds entity mentions in a document given as text blocks (headline, paragraphs…): each block is
 * tokenised and split into sentences, all are tagged together as one document, and the first block is
 * treated as the headline (Title-Case or capitals truecased for tagging).
 */
export function findEntities(model: NerModel, blocks: string[]): EntityMention[] {
  const sentences: { block: number; tokens: TextToken[] }[] = [];
  blocks.forEach((text, block) => {
    for (const tokens of splitSentences(tokenize(text))) sentences.push({ block, tokens });
  });
  const tags = tagSentences(
    model,
    sentences.map((s) => s.tokens.map((t) => t.text)),
    sentences.map((s) => s.block === 0 && blocks.length > 1),
  );
  const mentions: EntityMention[] = [];
  sentences.forEach(({ block, tokens }, s) => {
    for (const span of spansOf(tags[s])) {
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      mentions.push({ label: span.label, text: blocks[block].slice(start, end), start, end, block });
    }
  });
  return mentions;
}
