import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/ner/tokenize';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('gives offsets that slice back to each token', () => {
    const text = '  Azerbaijan’s “army” — said: the U.S. paid $1,200.50 (3.5%) on 2021-02-25… ok';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits possessives and negations off, PTB style', () => {
    expect(texts("Azerbaijan's army")).toEqual(['Azerbaijan', "'s", 'army']);
    expect(texts('Armenia’s premier')).toEqual(['Armenia', '’s', 'premier']);
    expect(texts("They didn't and we're not")).toEqual(['They', 'did', "n't", 'and', 'we', "'re", 'not']);
    expect(texts("the players' union")).toEqual(['the', 'players', "'", 'union']);
    expect(texts("O'Brien and D'Angelo")).toEqual(["O'Brien", 'and', "D'Angelo"]);
  });

  it('keeps abbreviations with their full stop and splits a sentence-final one', () => {
    expect(texts('The U.S. Army and the U.N. met Mr. Smith of Acme Inc. in Jan. this year.')).toEqual([
      'The', 'U.S.', 'Army', 'and', 'the', 'U.N.', 'met', 'Mr.', 'Smith', 'of', 'Acme', 'Inc.', 'in', 'Jan.', 'this', 'year', '.',
    ]);
    expect(texts('J. R. Tolkien wrote.')).toEqual(['J.', 'R.', 'Tolkien', 'wrote', '.']);
    expect(texts('holders of a Ph.D., e.g. her')).toEqual(['holders', 'of', 'a', 'Ph.D.', ',', 'e.g.', 'her']);
  });

  it('makes quotes and dashes tokens of their own, straight or typographic', () => {
    expect(texts('He said “no” — and ‘maybe’ -- then "yes" – fine')).toEqual([
      'He', 'said', '“', 'no', '”', '—', 'and', '‘', 'maybe', '’', '--', 'then', '"', 'yes', '"', '–', 'fine',
    ]);
  });

  it('keeps hyphenated words whole', () => {
    expect(texts('a 10-year-old Anglo-Irish pro-Western deal')).toEqual(['a', '10-year-old', 'Anglo-Irish', 'pro-Western', 'deal']);
  });

  it('keeps numbers, dates, times and amounts whole, with symbols split off', () => {
    expect(texts('$1,200.50 rose 3.5% at 12:30 on 2021-02-25 (1/2)')).toEqual([
      '$', '1,200.50', 'rose', '3.5', '%', 'at', '12:30', 'on', '2021-02-25', '(', '1/2', ')',
    ]);
  });

  it('keeps URLs and e-mail addresses whole, without trailing punctuation', () => {
    expect(texts('See https://example.com/a?b=1. Mail news@example.org, thanks')).toEqual([
      'See', 'https://example.com/a?b=1', '.', 'Mail', 'news@example.org', ',', 'thanks',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
