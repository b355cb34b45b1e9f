import { describe, expect, it } from 'vitest';
import { buildRelatedLinks } from '../../../src/core/related/related-links';
import { headlineKeywords } from '../../../src/core/related/headline-keywords';
import type { Party } from '../../../src/core/types';

const party = (name: string, type: Party['type'], key = true): Party => ({ name, type, role: null, aliases: [], mentions: 2, key });
const seed = {
  headline: 'Armenian military maintains call for premier to resign',
  published: '2021-02-25T04:57:00+03:00',
  lang: 'en',
  url: 'https://www.aa.com.tr/en/world/armenian-military/2155218',
  canonicalUrl: null,
  publisher: { name: 'Anadolu Agency', domain: 'aa.com.tr' },
  parties: [party('Nikol Pashinyan', 'person'), party('Azerbaijan', 'place'), party('General Staff of the Armenian army', 'organization'), party('Facebook', 'organization', false)],
};
const byKind = (kind: string) => buildRelatedLinks(seed).filter((l) => l.kind === kind);

describe('buildRelatedLinks', () => {
  it('links each key party to Wikipedia in the page language, never a non-key one', () => {
    const links = byKind('encyclopedia');
    expect(links.map((l) => l.title)).toEqual(['Nikol Pashinyan on Wikipedia', 'Azerbaijan on Wikipedia', 'General Staff of the Armenian army on Wikipedia']);
    expect(links[0].url).toBe('https://en.wikipedia.org/wiki/Special:Search?search=Nikol+Pashinyan&go=Go');
    const german = buildRelatedLinks({ ...seed, lang: 'de-AT' }).find((l) => l.kind === 'encyclopedia')!;
    expect(new URL(german.url).hostname).toBe('de.wikipedia.org');
    const unknown = buildRelatedLinks({ ...seed, lang: 'xx' }).find((l) => l.kind === 'encyclopedia')!;
    expect(new URL(unknown.url).hostname).toBe('en.wikipedia.org');
  });

  it('points to the Current events portal of the UTC day', () => {
    expect(byKind('events')).toEqual([{ kind: 'events', title: 'What else happened on 25 February 2021', url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2021_February_25' }]);
    // 01:30 in Istanbul on the 25th is still the 24th in UTC.
    const early = buildRelatedLinks({ ...seed, published: '2021-02-25T01:30:00+03:00' }).find((l) => l.kind === 'events')!;
    expect(early.url).toMatch(/2021_February_24$/);
  });

  it('searches the same story elsewhere, in a window around the date and without the publisher’s site', () => {
    const google = new URL(byKind('coverage').find((l) => l.title.includes('Google'))!.url);
    expect(google.searchParams.get('q')).toBe('"Nikol Pashinyan" "General Staff of the Armenian army" military maintains -site:aa.com.tr after:2021-02-23 before:2021-02-28');
    const ddg = new URL(byKind('coverage').find((l) => l.title.includes('DuckDuckGo'))!.url);
    expect(ddg.searchParams.get('df')).toBe('2021-02-23..2021-02-28');
    const gdelt = new URL(byKind('gdelt')[0].url);
    expect(gdelt.origin + gdelt.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(gdelt.searchParams.get('startdatetime')).toBe('20210223000000');
    expect(gdelt.searchParams.get('enddatetime')).toBe('20210228000000');
    expect(gdelt.searchParams.get('mode')).toBe('artlist');
  });

  it('encodes hostile names as data in the query, and every link is https', () => {
    const odd = buildRelatedLinks({ ...seed, parties: [party('A&B "Group" <x>', 'organization')] });
    for (const l of odd) expect(new URL(l.url).protocol).toBe('https:');
    const enc = odd.find((l) => l.kind === 'encyclopedia')!;
    expect(new URL(enc.url).searchParams.get('search')).toBe('A&B "Group" <x>');
  });

  it('builds no search without any key party or headline, and no date links without a date', () => {
    expect(buildRelatedLinks({ ...seed, parties: [], headline: null })).toEqual(buildRelatedLinks({ ...seed, parties: [], headline: null }).filter((l) => l.kind === 'events'));
    expect(buildRelatedLinks({ ...seed, published: null }).some((l) => l.kind === 'events')).toBe(false);
  });
});

describe('headlineKeywords', () => {
  it('keeps the longest telling words in headline order, minus names and function words', () => {
    expect(headlineKeywords('Armenian military maintains call for premier to resign', ['Nikol Pashinyan'], 3)).toEqual(['Armenian', 'military', 'maintains']);
    expect(headlineKeywords("Pashinyan's rivals say the army must stay out", ['Nikol Pashinyan'], 2)).toEqual(['rivals', 'army']);
  });
});
