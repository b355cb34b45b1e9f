import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/ner/sentences';
import { tokenize } from '../../../src/core/ner/tokenize';

const split = (text: string) => splitSentences(tokenize(text)).map((s) => s.map((t) => t.text).join(' '));

describe('splitSentences', () => {
  it('breaks after full stops, question and exclamation marks before a new sentence', () => {
    expect(split('The port reopened. Ships left at dawn! Who pays? Nobody said.')).toEqual([
      'The port reopened .',
      'Ships left at dawn !',
      'Who pays ?',
      'Nobody said .',
    ]);
  });

  it('keeps closing quotes with their sentence and does not break at abbreviations', () => {
    expect(split('“We are ready.” Mr. Santos met U.S. officials. He left.')).toEqual(['“ We are ready . ”', 'Mr. Santos met U.S. officials .', 'He left .']);
  });

  it('does not break before a lower-case word', () => {
    expect(split('It rose 3 p.c. in total... then fell.')).toHaveLength(1);
  });
});
