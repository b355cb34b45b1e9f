import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { annotate } from '../../../src/core/annotate';
import { cliEntityTagger } from '../../../src/cli/entity-tagger';

/**
 * The seed article end to end with the shipped tagger: the parties, roles and quote speakers the issue
 * lists for it (checked against the article text by hand).
 */
const file = path.resolve(__dirname, '../../fixtures/pages/anadolu-armenia-2021-02-25.html');
const url = 'https://www.aa.com.tr/en/world/armenian-military-maintains-call-for-premier-to-resign/2155218';
const a = annotate(parseHtml(fs.readFileSync(file, 'utf8'), url), url, { tagEntities: cliEntityTagger() });
const party = (name: string) => a.parties.find((p) => p.name === name);
const speakerOf = (start: string) => a.quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('the seed article with the shipped tagger', () => {
  it('finds the people with their roles, "Pashinyan" merged into Nikol Pashinyan', () => {
    expect(party('Nikol Pashinyan')).toMatchObject({ type: 'person', role: 'Prime Minister', mentions: 2 });
    expect(party('Nikol Pashinyan')!.aliases).toContain('Pashinyan');
    expect(party('Robert Kocharian')).toMatchObject({ type: 'person', role: 'former President' });
  });

  it('finds the organisations: the General Staff of the Armenian army and the National Security Service', () => {
    expect(party('General Staff of the Armenian army')).toMatchObject({ type: 'organization', parent: 'Armenian army' });
    expect(party('National Security Service')?.type).toBe('organization');
  });

  it('finds the places, and no nationality adjective as a party', () => {
    for (const name of ['Armenia', 'Azerbaijan', 'Nagorno-Karabakh']) expect(party(name)?.type, name).toBe('place');
    for (const adjective of ['Armenian', 'Russian', 'Soviet', 'Russian-brokered']) expect(party(adjective), adjective).toBeUndefined();
  });

  it('gives the General Staff its two statements and Robert Kocharian his two quotes', () => {
    expect(speakerOf('a clear belief and stance')).toBe('General Staff of the Armenian army');
    expect(speakerOf('We are confirming our position')).toBe('General Staff of the Armenian army');
    expect(speakerOf('At this moment of truth')).toBe('Robert Kocharian');
    expect(speakerOf('The government that lost the war')).toBe('Robert Kocharian');
  });

  it('marks the central parties key', () => {
    for (const name of ['Nikol Pashinyan', 'Robert Kocharian', 'General Staff of the Armenian army']) expect(party(name)?.key, name).toBe(true);
  });
});
