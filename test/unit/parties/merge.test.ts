import { describe, expect, it } from 'vitest';
import { extractStoryParties } from '../../../src/core/parties/story-parties';
import { listTagger, paragraphs } from './list-tagger';

const run = (texts: string[], names: Parameters<typeof listTagger>[0], headline?: string) =>
  extractStoryParties(paragraphs(texts, headline), listTagger(names));

describe('merging mentions into parties', () => {
  it('merges an acronym given in parentheses and its later uses', () => {
    const { parties } = run(
      ['The National Security Service (NSS) said on Monday it had opened an inquiry.', 'The NSS did not name the suspects.'],
      { 'National Security Service': 'ORG', NSS: 'ORG' },
    );
    expect(parties).toHaveLength(1);
    expect(parties[0]).toMatchObject({ name: 'National Security Service', aliases: ['NSS'], mentions: 3 });
  });

  it('merges a name given with "also known as", taking the first name\'s type', () => {
    const { parties } = run(['The army occupied Nagorno-Karabakh, also known as Upper Karabakh, in 1991.'], { 'Nagorno-Karabakh': 'LOC', 'Upper Karabakh': 'PER' });
    expect(parties).toHaveLength(1);
    expect(parties[0]).toMatchObject({ name: 'Nagorno-Karabakh', type: 'place', aliases: ['Upper Karabakh'], mentions: 2 });
  });

  it('types a name by the apposition after it, through "also known as", whatever the tagger said', () => {
    const { parties } = run(
      ['The army occupied Nagorno-Karabakh, also known as Upper Karabakh, a territory recognized as part of Azerbaijan.'],
      { 'Nagorno-Karabakh': 'MISC', 'Upper Karabakh': 'PER', Azerbaijan: 'LOC' },
    );
    expect(parties.find((p) => p.name === 'Nagorno-Karabakh')).toMatchObject({ type: 'place', aliases: ['Upper Karabakh'] });
    const firm = run(['Shares of Acme Dynamics, a company based in Ohio, rose.'], { 'Acme Dynamics': 'PER', Ohio: 'LOC' }).parties;
    expect(firm.find((p) => p.name === 'Acme Dynamics')?.type).toBe('organization');
  });

  it('merges an acronym matching the initials of a longer name', () => {
    const { parties } = run(['The United Nations sent envoys.', 'A UN official confirmed it.'], { 'United Nations': 'ORG', UN: 'ORG' });
    expect(parties.map((p) => p.name)).toEqual(['United Nations']);
  });

  it('merges possessives, headline capitals and surnames; keeps two people with one surname apart', () => {
    const { parties } = run(
      ["Azerbaijan's army advanced.", 'Ilham Aliyev spoke. Mehriban Aliyeva listened. Aliyev left.'],
      { Azerbaijan: 'LOC', AZERBAIJAN: 'LOC', 'Ilham Aliyev': 'PER', 'Mehriban Aliyeva': 'PER', Aliyev: 'PER' },
      'AZERBAIJAN MARKS VICTORY',
    );
    const names = parties.map((p) => p.name);
    expect(names).toContain('Azerbaijan');
    expect(parties.find((p) => p.name === 'Azerbaijan')!.mentions).toBe(2);
    expect(parties.find((p) => p.name === 'Ilham Aliyev')!.mentions).toBe(2);
    expect(parties.find((p) => p.name === 'Mehriban Aliyeva')!.mentions).toBe(1);
  });

  it('does not merge a surname shared by two full names', () => {
    const { parties } = run(['John Smith and Mary Smith arrived. Smith spoke first.'], { 'John Smith': 'PER', 'Mary Smith': 'PER', Smith: 'PER' });
    expect(parties.map((p) => p.name).sort()).toEqual(['John Smith', 'Mary Smith', 'Smith']);
  });

  it('gives one type per party, by majority of its mentions', () => {
    const spans = [
      { label: 'PER' as const, start: 0, end: 12, block: 0 },
      { label: 'ORG' as const, start: 0, end: 12, block: 1 },
      { label: 'PER' as const, start: 0, end: 12, block: 2 },
    ];
    const blocks = paragraphs(['Kim Jong Hyun spoke.', 'Kim Jong Hyun left.', 'Kim Jong Hyun returned.']);
    const { parties } = extractStoryParties(blocks, () => spans);
    expect(parties).toHaveLength(1);
    expect(parties[0]).toMatchObject({ type: 'person', mentions: 3 });
  });

  it('makes a "person" named like an institution an organisation, with the title word the tagger left out', () => {
    const spans = [{ label: 'PER' as const, start: 19, end: 24, block: 0 }];
    const { parties } = extractStoryParties(paragraphs(['The army’s General Staff said the call stands.']), () => spans);
    expect(parties).toEqual([expect.objectContaining({ name: 'General Staff', type: 'organization' })]);
  });

  it('drops adjectives built on names and lower-case spans', () => {
    const { parties } = run(['A Russian-brokered truce held in Karabakh.'], { Russian: 'LOC', Karabakh: 'LOC' });
    expect(parties.map((p) => p.name)).toEqual(['Karabakh']);
  });

  it('takes the role from an apposition: "X, the chief executive of Y"', () => {
    const { parties } = run(['Jane Doe, the chief executive of Acme Corp, said sales rose.'], { 'Jane Doe': 'PER', 'Acme Corp': 'ORG' });
    expect(parties.find((p) => p.name === 'Jane Doe')!.role).toBe('chief executive');
  });

  it('marks parties in the headline and lead as key, and not a once-mentioned aside', () => {
    const { parties } = run(
      ['Germany and France signed the pact in Brussels.', 'Officials in Lisbon were not consulted.', 'Germany said more talks would follow.'],
      { Germany: 'LOC', France: 'LOC', Brussels: 'LOC', Lisbon: 'LOC' },
      'Germany, France sign pact',
    );
    const key = (n: string) => parties.find((p) => p.name === n)!.key;
    expect(key('Germany')).toBe(true);
    expect(key('France')).toBe(true);
    expect(key('Lisbon')).toBe(false);
    expect(parties[0].name).toBe('Germany');
  });

  it('leaves credited outlets out of the parties', () => {
    const blocks = paragraphs(['MADRID (AP) — Spain approved the law.']);
    const { parties } = extractStoryParties(blocks, listTagger({ MADRID: 'LOC', AP: 'ORG', Spain: 'LOC' }), ['Associated Press', 'AP']);
    expect(parties.map((p) => p.name)).toEqual(['Madrid', 'Spain']);
  });
});
