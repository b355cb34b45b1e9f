import { describe, expect, it } from 'vitest';
import { creditsInText, resolveCreditTokens } from '../../../src/core/metadata/agencies';
import { AGENCIES } from '../../../src/core/sources/agencies.data';
import { agencyForHost } from '../../../src/core/sources/registry';

const names = (recs: { name: string }[]) => recs.map((r) => r.name);

describe('agency credits', () => {
  it('reads datelines', () => {
    expect(names(creditsInText('MADRID (AP) — The Spanish government said on Thursday', 'line'))).toEqual(['Associated Press']);
    expect(names(creditsInText('LONDON, Feb 25 (Reuters) - British lawmakers', 'line'))).toEqual(['Reuters']);
    expect(names(creditsInText('PARIS (AFP/dpa) - Talks resumed', 'line'))).toEqual(['Agence France-Presse', 'Deutsche Presse-Agentur']);
  });

  it('reads credit lines in several languages', () => {
    expect(names(creditsInText('- Anadolu Agency', 'line'))).toEqual(['Anadolu Agency']);
    expect(names(creditsInText('Par Le Journal du Matin avec AFP', 'line'))).toEqual(['Agence France-Presse']);
    expect(names(creditsInText('Source: Reuters', 'line'))).toEqual(['Reuters']);
    expect(names(creditsInText('mit dpa', 'line'))).toEqual(['Deutsche Presse-Agentur']);
  });

  it('reads bylines', () => {
    expect(names(creditsInText('By MARIA LOPEZ Associated Press', 'byline'))).toEqual(['Associated Press']);
    expect(names(creditsInText('By Jo Smith, AP', 'byline'))).toEqual(['Associated Press']);
  });

  it('does not take short codes in the wrong case or ordinary words', () => {
    expect(resolveCreditTokens('ap')).toEqual([]);
    expect(names(creditsInText('with a map of the area', 'line'))).toEqual([]);
    expect(names(creditsInText('The mayor spoke (at length) - again', 'line'))).toEqual([]);
  });

  it('has no duplicate names or codes in the table', () => {
    const seen = new Map<string, string>();
    for (const a of AGENCIES) {
      for (const n of [...a.names.map((x) => x.toLowerCase()), ...a.codes]) {
        expect(seen.get(n) ?? a.name, `${n} is used by two agencies`).toBe(a.name);
        seen.set(n, a.name);
      }
    }
  });

  it('matches agency sites on label boundaries only', () => {
    expect(agencyForHost('www.aa.com.tr')?.name).toBe('Anadolu Agency');
    expect(agencyForHost('aa.com.tr')?.name).toBe('Anadolu Agency');
    expect(agencyForHost('notaa.com.tr')).toBeNull();
    expect(agencyForHost('aa.com.tr.evil.example')).toBeNull();
  });
});

describe('agencies known only to the outlet registry', () => {
  it('are read in datelines and credit lines, and profiled from the registry', () => {
    expect(names(creditsInText('KUALA LUMPUR (Bernama) — The ministry said on Thursday', 'line'))).toEqual(['Bernama']);
    expect(names(creditsInText('ZAGREB (HINA) - Talks resumed', 'line'))).toEqual(['Croatian News Agency']);
    expect(names(creditsInText("Source: Iranian Students' News Agency", 'line'))).toEqual(["Iranian Students' News Agency"]);
    const hina = creditsInText('ZAGREB (HINA) - Talks resumed', 'line')[0];
    expect(hina).toMatchObject({ country: 'HR', domains: ['hina.hr'] });
  });

  it('never takes a code two agencies share, or an ordinary word, as a credit', () => {
    // KNA: Kenya News Agency and Katholische Nachrichten-Agentur.
    expect(names(creditsInText('BONN (KNA) - Die Bischöfe', 'line'))).toEqual([]);
    expect(names(creditsInText('Source: Report by the ministry', 'line'))).toEqual([]);
    expect(names(creditsInText('— Nova', 'line'))).toEqual([]);
  });
});
