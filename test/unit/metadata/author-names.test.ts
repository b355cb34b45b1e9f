import { describe, expect, it } from 'vitest';
import { splitAuthorNames, asPersonName } from '../../../src/core/metadata/author-names';

describe('splitAuthorNames', () => {
  it('drops the lead-in and splits co-authors', () => {
    expect(splitAuthorNames('By Jane Doe and John Roe').people).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthorNames('Par Marie Dupont et Paul Martin').people).toEqual(['Marie Dupont', 'Paul Martin']);
    expect(splitAuthorNames('Von Anna Schmidt und Max Müller').people).toEqual(['Anna Schmidt', 'Max Müller']);
    expect(splitAuthorNames('A. Smith, B. Jones & C. Brown').people).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
  });

  it('keeps agency credits apart from people', () => {
    const r = splitAuthorNames('By MARIA LOPEZ, Associated Press');
    expect(r.people).toEqual(['Maria Lopez']);
    expect(r.agencies).toEqual(['Associated Press']);
  });

  it('never returns dates, e-mails, social URLs, staff or job titles', () => {
    expect(splitAuthorNames('By Jane Doe | February 25, 2021').people).toEqual(['Jane Doe']);
    expect(splitAuthorNames('jane.doe@example.com').people).toEqual([]);
    expect(splitAuthorNames('https://www.facebook.com/janedoe').people).toEqual([]);
    expect(splitAuthorNames('Staff').people).toEqual([]);
    expect(splitAuthorNames('Jane Doe, Senior Political Correspondent').people).toEqual(['Jane Doe']);
    expect(splitAuthorNames('By Jane Doe Updated 3:45 PM').people).toEqual(['Jane Doe']);
    expect(splitAuthorNames('Jane Doe @janedoe').people).toEqual(['Jane Doe']);
  });

  it('title-cases ALL-CAPS names but leaves mixed case alone', () => {
    expect(asPersonName('MARIA LOPEZ')).toBe('Maria Lopez');
    expect(asPersonName('Ronan McDonald')).toBe('Ronan McDonald');
  });

  it('accepts names in scripts without case', () => {
    expect(asPersonName('田中宏昌')).toBe('田中宏昌');
    expect(asPersonName('Иван Петров')).toBe('Иван Петров');
  });

  it('rejects sentences', () => {
    expect(asPersonName('read more about this story here today')).toBeNull();
  });
});
