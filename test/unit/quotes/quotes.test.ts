import { describe, expect, it } from 'vitest';
import { extractStoryParties } from '../../../src/core/parties/story-parties';
import { findQuoteSpans } from '../../../src/core/quotes/quote-spans';
import { listTagger, paragraphs } from '../parties/list-tagger';

const quotes = (texts: string[], names: Parameters<typeof listTagger>[0]) =>
  extractStoryParties(paragraphs(texts), listTagger(names)).quotes;

describe('finding quotations', () => {
  it.each([
    ['straight', 'He said "we will stay here for good" on Monday.', 'we will stay here for good'],
    ['curly', 'He said “we will stay here for good” on Monday.', 'we will stay here for good'],
    ['guillemets', 'Il a dit « nous resterons ici pour toujours » lundi.', 'nous resterons ici pour toujours'],
    ['German', 'Er sagte: „Wir bleiben hier für immer“ am Montag.', 'Wir bleiben hier für immer'],
    ['reversed guillemets', 'Er sagte: »Wir bleiben hier für immer« am Montag.', 'Wir bleiben hier für immer'],
  ])('%s marks', (_, text, quote) => {
    expect(findQuoteSpans([text]).map((q) => q.text)).toEqual([quote]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuoteSpans(['It’s the ’90s and the country’s ‘biggest ever’ crowd.']).map((q) => q.text)).toEqual(['biggest ever']);
    expect(findQuoteSpans(["It's the '90s and the country's crowd."])).toEqual([]);
  });

  it('joins a quote that spans paragraphs (no closing mark, next paragraph opens again)', () => {
    const spans = findQuoteSpans(['“We will not give up the fight for our land.', '“We will rebuild every village,” she said.']);
    expect(spans).toHaveLength(1);
    expect(spans[0].text).toBe('We will not give up the fight for our land. We will rebuild every village');
  });
});

describe('attributing quotations', () => {
  const people = { 'Maria Lopez': 'PER', 'John Smith': 'PER', Lopez: 'PER', Smith: 'PER', 'Health Ministry': 'ORG', 'City Council': 'ORG' } as const;
  const speaker = (texts: string[], start: string) => quotes(texts, people).find((q) => q.text.startsWith(start))?.speaker;

  it.each([
    ['"…," X said', '"We will reopen the schools next week," Maria Lopez said.'],
    ['"…," said X', '"We will reopen the schools next week," said Maria Lopez.'],
    ['X said: "…"', 'Maria Lopez said: "We will reopen the schools next week."'],
    ['according to X', '"We will reopen the schools next week," according to Maria Lopez.'],
    ['X told reporters', '"We will reopen the schools next week," Maria Lopez told reporters on Friday.'],
    ['"…," X, the minister, said', '"We will reopen the schools next week," Lopez, the education minister, said.'],
  ])('%s', (_, text) => {
    expect(speaker(['Maria Lopez visited a school.', text], 'We will reopen')).toBe('Maria Lopez');
  });

  it('carries a pronoun over to the last named speaker when the paragraph before names them', () => {
    const texts = ['"The plan is ready," John Smith said after meeting Maria Lopez.', 'Smith and Lopez spoke for an hour.', '"We need more time to study it," he said on social media.'];
    expect(speaker(texts, 'We need more time')).toBe('John Smith');
  });

  it('gives a pronoun to the person the paragraph before introduced', () => {
    const texts = ['"The plan is ready," John Smith said.', 'Maria Lopez, who runs the clinic, has opposed the plan for months.', '"We need more time to study it," she said.'];
    expect(speaker(texts, 'We need more time')).toBe('Maria Lopez');
  });

  it('gives "the statement said" to the organisation that issued it', () => {
    const texts = ['In a statement, the Health Ministry said the vaccine was "safe for every adult in the country."', '"No serious side effects were reported," the statement said.'];
    expect(speaker(texts, 'No serious side effects')).toBe('Health Ministry');
    expect(speaker(texts, 'safe for every adult')).toBe('Health Ministry');
  });

  it('gives "the ministry said" to the ministry named before', () => {
    const texts = ['The Health Ministry published new figures.', '"Cases are falling in every region," the ministry said.'];
    expect(speaker(texts, 'Cases are falling')).toBe('Health Ministry');
  });

  it('keeps the speaker for a follow-on quote in the next sentence or paragraph', () => {
    const texts = ['"We will rebuild," Maria Lopez said. "Nothing will stop us now."', '"Every family will get a home by the winter."'];
    expect(speaker(texts, 'Nothing will stop')).toBe('Maria Lopez');
    expect(speaker(texts, 'Every family will')).toBe('Maria Lopez');
  });

  it('takes the speaker from a lead-in paragraph ending with a colon', () => {
    expect(speaker(['John Smith said in a speech on Monday:', '"We have never seen a crisis like this one."'], 'We have never')).toBe('John Smith');
  });

  it('names a speaker the tagger missed when the text says who', () => {
    expect(speaker(['"The bridge will open in May," said Peter Olsen.'], 'The bridge will')).toBe('Peter Olsen');
  });

  it('gives null to an unattributed quote rather than guessing', () => {
    const texts = ['Maria Lopez visited the site on Monday.', 'A banner read "Stop the demolition of our homes now" at the gate.'];
    expect(quotes(texts, people).find((q) => q.text.startsWith('Stop the'))?.speaker).toBeNull();
  });
});
