import { describe, expect, it } from 'vitest';
import { iob1ToIob2, parseColumns } from '../../../scripts/ner/corpora';

describe('training corpora', () => {
  it('converts IOB1 to IOB2: an I- that starts an entity becomes B-', () => {
    expect(iob1ToIob2(['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER', 'I-PER', 'I-LOC', 'I-MISC'])).toEqual([
      'B-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER', 'I-PER', 'B-LOC', 'B-MISC',
    ]);
  });

  it('reads CoNLL-2003 columns into documents of IOB2 sentences', () => {
    const text = ['-DOCSTART- -X- O O', '', 'Lisbon NNP I-NP I-LOC', 'dockers NNS I-NP O', '', 'Santos NNP I-NP I-PER', '', '-DOCSTART- -X- O O', '', 'Oslo NNP I-NP I-LOC', ''].join('\n');
    expect(parseColumns(text, { token: 0, tag: 3, iob1: true })).toEqual([
      [
        { words: ['Lisbon', 'dockers'], tags: ['B-LOC', 'O'] },
        { words: ['Santos'], tags: ['B-PER'] },
      ],
      [{ words: ['Oslo'], tags: ['B-LOC'] }],
    ]);
  });

  it('maps tags of other types to O and reads Universal NER comment lines', () => {
    const text = ['# newdoc id = a', '# text = Mia flew', '1\tMia\tB-PER\t-\t-', '2\tflew\tB-OTH\t-\t-', '', '# newdoc id = b', '1\tRome\tB-LOC\t-\t-', ''].join('\n');
    expect(parseColumns(text, { token: 1, tag: 2, comments: true })).toEqual([
      [{ words: ['Mia', 'flew'], tags: ['B-PER', 'O'] }],
      [{ words: ['Rome'], tags: ['B-LOC'] }],
    ]);
  });
});
