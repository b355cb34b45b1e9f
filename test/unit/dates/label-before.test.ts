import { describe, expect, it } from 'vitest';
import { labelBefore } from '../../../src/core/dates';

describe('labelBefore: the label printed right before a date element', () => {
  it('reads the label a text ends with, across punctuation and one short word', () => {
    expect(labelBefore('By Ann Corrigan last updated ')).toBe('modified');
    expect(labelBefore('Ann Corrigan Updated: ')).toBe('modified');
    expect(labelBefore('Published on ')).toBe('published');
    expect(labelBefore('Publié le ')).toBe('published');
    expect(labelBefore('公開日：')).toBe('published');
  });

  it('gives nothing when a date or more words stand between the label and the end', () => {
    expect(labelBefore('Updated: Mar 6, 2018 Original: ')).toBeNull();
    expect(labelBefore('The list was updated every week by the ')).toBeNull();
    expect(labelBefore('By Ann Corrigan ')).toBeNull();
  });

  it('does not give a CJK label that follows its own date to the next date', () => {
    expect(labelBefore('2019年2月22日 公開 ')).toBeNull();
  });
});
