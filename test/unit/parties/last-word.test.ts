import { describe, expect, it } from 'vitest';
import { lastWord } from '../../../src/core/parties/roles';

/** The regex `lastWord` stands for (it reads back from the end instead of trying every position). */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}.’'-]*$/u;

describe('lastWord', () => {
  it.each([
    'the Prime Minister',
    'said U.S.',
    'according to Gen.',
    'Apple’s',
    'the then-president',
    'ended with 2021',
    'ended with 2021-a',
    'Café',
    'e\u0301tat',
    'a 𝐀𝐁',
    'trailing space ',
    '',
    '...',
    'x',
  ])('%j reads as the regex does', (text) => {
    const m = WORD.exec(text);
    expect(lastWord(text)).toEqual(m ? { index: m.index, word: m[0] } : null);
  });
});
