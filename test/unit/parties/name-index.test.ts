import { describe, expect, it } from 'vitest';
import { leadingAndTrailingRuns, ShorterFormIndex } from '../../../src/core/parties/name-index';

describe('leadingAndTrailingRuns', () => {
  it('lists the shorter runs at both ends of a name', () => {
    expect([...leadingAndTrailingRuns(['un', 'security', 'council'])]).toEqual(['un', 'council', 'un security', 'security council']);
    expect([...leadingAndTrailingRuns(['nato'])]).toEqual([]);
  });
});

describe('ShorterFormIndex', () => {
  it('files each item once per form, in ascending order', () => {
    const names = [['nikol', 'pashinyan'], ['pashinyan'], ['anna', 'pashinyan']];
    const index = new ShorterFormIndex(names.length, (i) => leadingAndTrailingRuns(names[i]));
    expect(index.itemsFor('pashinyan')).toEqual([0, 2]);
    expect(index.itemsFor('nikol')).toEqual([0]);
    expect(index.itemsFor('armenia')).toEqual([]);
  });
});
