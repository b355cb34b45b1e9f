import { describe, expect, it } from 'vitest';
import { isNonStoryLine } from '../../../src/core/body/non-story-lines';

describe('isNonStoryLine', () => {
  it.each([
    'Reporting by Jane Doe; Additional reporting by John Roe in Washington; Editing by Sam Poe',
    '(Reporting by Jane Doe; Editing by Sam Poe)',
    'Additional reporting by John Roe',
    'Jane Doe contributed reporting.',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Embed <iframe src="https://player.example/1"></iframe>',
    'Advertisement',
    'Jane Doe/AP hide caption',
    'Jane Doe/AP',
    'By Jane Doe',
    'By Jane Doe | Staff writer',
    '3 min read',
  ])('%j is not the story', (line) => {
    expect(isNonStoryLine(line)).toBe(true);
  });

  it.each([
    'The council said reporting by residents had helped the inquiry.',
    '"By the end of the year we will be done," the mayor said.',
    'By Thursday, the river had risen by two metres.',
    'Embedded reporters described the scene.',
    'Reporters asked the minister about the budget.',
  ])('%j is the story', (line) => {
    expect(isNonStoryLine(line)).toBe(false);
  });
});
