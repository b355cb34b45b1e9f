import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { extractArticleBlocks } from '../../../src/core/body/article-blocks';
import { extractStoryParties } from '../../../src/core/parties/story-parties';
import { listTagger } from './list-tagger';

/**
 * The seed article's parties and quotes as the issue states them, with the entity spans given by hand
 * (what a correct tagger returns on this text), so this tests blocks, merging, roles and quotes.
 */
const html = fs.readFileSync(path.resolve(__dirname, '../../fixtures/pages/anadolu-armenia-2021-02-25.html'), 'utf8');
const doc = parseHtml(html, 'https://www.aa.com.tr/en/world/armenian-military-maintains-call-for-premier-to-resign/2155218');
const blocks = extractArticleBlocks(doc, 'Armenian military maintains call for premier to resign');
const tagger = listTagger({
  'Nikol Pashinyan': 'PER', Pashinyan: 'PER', 'Robert Kocharian': 'PER',
  'General Staff': 'ORG', 'National Security Service': 'ORG', 'Armed Forces': 'ORG', Facebook: 'ORG', 'Anadolu Agency': 'ORG',
  Armenia: 'LOC', Azerbaijan: 'LOC', 'Nagorno-Karabakh': 'LOC', 'Upper Karabakh': 'LOC',
  Armenian: 'MISC', Soviet: 'MISC', Russian: 'MISC',
});
const story = extractStoryParties(blocks, tagger, ['Anadolu Agency']);
const party = (name: string) => story.parties.find((p) => p.name === name);

describe('seed article: blocks', () => {
  it('reads headline, standfirst and the 13 body paragraphs, nothing from related or most-read lists', () => {
    expect(blocks[0]).toMatchObject({ kind: 'headline', text: 'Armenian military maintains call for premier to resign' });
    expect(blocks[1].kind).toBe('standfirst');
    expect(blocks[1].text).toContain('says General Staff of Armenian army');
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(13);
    expect(blocks.some((b) => /Related news|Turkish lira|Most read|All rights/.test(b.text))).toBe(false);
  });
});

describe('seed article: parties', () => {
  it('finds the people with their roles, Pashinyan merged into Nikol Pashinyan', () => {
    expect(party('Nikol Pashinyan')).toMatchObject({ type: 'person', role: 'Prime Minister', mentions: 2, key: true });
    expect(party('Nikol Pashinyan')!.aliases).toEqual(['Pashinyan']);
    expect(party('Pashinyan')).toBeUndefined();
    expect(party('Robert Kocharian')).toMatchObject({ type: 'person', role: 'former President' });
  });

  it('names the General Staff with its parent, the Armenian army, merging the short forms', () => {
    const staff = party('General Staff of the Armenian army');
    expect(staff).toMatchObject({ type: 'organization', parent: 'Armenian army', key: true });
    // The standfirst ("General Staff of Armenian army"), the statement paragraph and "the chief of General Staff".
    expect(staff!.mentions).toBe(3);
    expect(party('General Staff')).toBeUndefined();
    expect(party('National Security Service')).toMatchObject({ type: 'organization' });
  });

  it('finds the places and not the nationality adjectives or the agency credit', () => {
    for (const name of ['Armenia', 'Azerbaijan', 'Nagorno-Karabakh']) expect(party(name)?.type).toBe('place');
    expect(party('Azerbaijan')!.mentions).toBe(4);
    expect(story.parties.map((p) => p.name)).not.toContain('Armenian');
    expect(story.parties.map((p) => p.name)).not.toContain('Anadolu Agency');
  });
});

describe('seed article: quotes', () => {
  const speakerOf = (start: string) => story.quotes.find((q) => q.text.startsWith(start))?.speaker;
  it('gives the General Staff its statement and Kocharian both of his quotes', () => {
    expect(speakerOf('a clear belief and stance')).toBe('General Staff of the Armenian army');
    expect(speakerOf('We are confirming our position')).toBe('General Staff of the Armenian army');
    expect(speakerOf('At this moment of truth')).toBe('Robert Kocharian');
    expect(speakerOf('The government that lost the war')).toBe('Robert Kocharian');
  });
  it('leaves scare quotes out', () => {
    expect(story.quotes.map((q) => q.text)).not.toContain('coup attempt,');
    expect(story.quotes.some((q) => /provocative actions|coup attempt/.test(q.text))).toBe(false);
    expect(story.quotes).toHaveLength(4);
  });
});
