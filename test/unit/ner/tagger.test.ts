/**
 * The shipped model on hand-written news sentences (written for these tests; no corpus text), checked by
 * hand. Only clear-cut entities are asserted, so a retrained model that is as good still passes.
 */
import { describe, expect, it } from 'vitest';
import { findEntities, tagSentences, tokenize } from '../../../src/core/ner/index';
import { shippedModel } from './shipped-model';

const mentions = (blocks: string[]) => findEntities(shippedModel(), blocks).map((m) => `${m.label} ${m.text}`);

describe('tagSentences', () => {
  it('tags the people, organisations and places of a plain sentence', () => {
    const words = tokenize('Prime Minister Nikol Pashinyan met officials of the National Security Service in Yerevan.').map((t) => t.text);
    expect(tagSentences(shippedModel(), [words])).toEqual([
      ['O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'O'],
    ]);
  });

  it('returns one tag per token and nothing for no sentences', () => {
    const model = shippedModel();
    expect(tagSentences(model, [])).toEqual([]);
    expect(tagSentences(model, [[], ['Oslo']]).map((s) => s.length)).toEqual([0, 1]);
  });

  it('tags a capitals headline after truecasing it with the rest of the document', () => {
    const tags = tagSentences(shippedModel(), [
      ['PORTUGUESE', 'DOCKERS', 'STRIKE', 'IN', 'LISBON'],
      ['Dock', 'workers', 'in', 'Lisbon', 'walked', 'out', 'on', 'Monday', '.'],
    ]);
    expect(tags[0]).toEqual(['B-MISC', 'O', 'O', 'O', 'B-LOC']);
  });
});

describe('findEntities', () => {
  it('finds the entities of hand-written news paragraphs', () => {
    expect(mentions(['Angela Merkel spoke with Emmanuel Macron about the European Union and NATO in Berlin on Tuesday.'])).toEqual([
      'PER Angela Merkel',
      'PER Emmanuel Macron',
      'ORG European Union',
      'ORG NATO',
      'LOC Berlin',
    ]);
    expect(
      mentions(['The World Health Organization said the outbreak in the Democratic Republic of Congo was slowing, and Dr. Tedros Adhanom Ghebreyesus praised Congolese health workers.']),
    ).toEqual(expect.arrayContaining(['ORG World Health Organization', 'PER Tedros Adhanom Ghebreyesus', 'MISC Congolese']));
  });

  it('gives offsets into each block and the block index', () => {
    const blocks = ['Harbour Workers In Lisbon Strike Over Pay', 'Dock workers in Lisbon walked out. Maria Santos told Reuters the strike would last a week.'];
    const found = findEntities(shippedModel(), blocks);
    for (const m of found) expect(blocks[m.block].slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => `${m.label} ${m.text} ${m.block}`)).toEqual([
      'LOC Lisbon 0',
      'LOC Lisbon 1',
      'PER Maria Santos 1',
      'ORG Reuters 1',
    ]);
  });

  it('tags a headline name by what the article says about it', () => {
    const found = findEntities(shippedModel(), [
      'Armenian Military Calls For Pashinyan To Resign',
      'Armenia’s military demanded on Thursday that Prime Minister Nikol Pashinyan resign.',
    ]);
    expect(found.filter((m) => m.block === 0).map((m) => `${m.label} ${m.text}`)).toContain('PER Pashinyan');
  });

  it('reads a possessive name without its "’s"', () => {
    expect(mentions(['Armenia’s military said on Thursday that it backed the decision.'])).toEqual(['LOC Armenia']);
  });

  it('finds nothing in empty blocks', () => {
    expect(findEntities(shippedModel(), [])).toEqual([]);
    expect(findEntities(shippedModel(), ['', '  '])).toEqual([]);
  });
});
