import { describe, expect, it } from 'vitest';
import { Lexicon, wordKey } from '../../../src/core/ner/lexicon';
import { CASING_LOWER, CASING_UPPER, isAllCapsSentence, isTitleCaseSentence, truecaseAllCaps, truecaseTitleCase } from '../../../src/core/ner/truecase';

const casing = Lexicon.fromEntries([
  ...['military', 'calls', 'for', 'to', 'resign', 'dockers', 'strike', 'in', 'the', 'over', 'pay'].map((w): [number, number] => [wordKey(w), CASING_LOWER]),
  [wordKey('nato'), CASING_UPPER],
]);

describe('truecasing', () => {
  it('recognises lines in capitals', () => {
    expect(isAllCapsSentence(['ARMENIAN', 'MILITARY', 'CALLS', 'FOR', 'RESIGNATION'])).toBe(true);
    expect(isAllCapsSentence(['NATO', 'chief', 'visits', 'Riga'])).toBe(false);
    expect(isAllCapsSentence(['1996-08-22', '--'])).toBe(false);
  });

  it('rewrites a capitals line from the document, then the lexicon, else as names', () => {
    const forms = new Map([['pashinyan', 'Pashinyan']]);
    expect(truecaseAllCaps(['MILITARY', 'CALLS', 'FOR', 'PASHINYAN', 'TO', 'RESIGN', ',', 'NATO', 'SAYS', 'KOCHARYAN'], casing, forms)).toEqual([
      'Military', 'calls', 'for', 'Pashinyan', 'to', 'resign', ',', 'NATO', 'Says', 'Kocharyan',
    ]);
    expect(truecaseAllCaps(['ANGLO-IRISH', "O'NEILL"], casing, new Map())).toEqual(['Anglo-Irish', "O'Neill"]);
  });

  it('lower-cases the common words of a Title-Case headline only', () => {
    const words = ['Dockers', 'In', 'Lisbon', 'Strike', 'Over', 'Pay'];
    expect(isTitleCaseSentence(words, casing)).toBe(true);
    expect(truecaseTitleCase(words, casing, new Map())).toEqual(['Dockers', 'in', 'Lisbon', 'strike', 'over', 'pay']);
    expect(isTitleCaseSentence(['Maria', 'Santos', 'met', 'the', 'dockers'], casing)).toBe(false);
  });
});
