import { describe, expect, it } from 'vitest';
import {
  allOutlets,
  foldName,
  isPublicSuffix,
  outletByName,
  outletForHost,
  outletsByName,
  toOutlet,
} from '../../../src/core/sources/outlet-registry';
import { CURATED_OUTLETS } from '../../../data/sources/curated-outlets';

const SMP = 'State Media Monitor via state-media-profiles (MIT)';
const name = (host: string) => outletForHost(host)?.name ?? null;

describe('outletForHost', () => {
  it('matches a listed domain and any subdomain or edition of it', () => {
    expect(name('bbc.co.uk')).toBe('BBC');
    expect(name('www.bbc.co.uk')).toBe('BBC');
    expect(name('www.bbc.com')).toBe('BBC');
    expect(name('edition.cnn.com')).toBe('CNN');
    expect(name('amp.theguardian.com')).toBe('The Guardian');
    expect(name('m.faz.net')).toBe('Frankfurter Allgemeine Zeitung');
    expect(name('www1.folha.uol.com.br')).toBe('Folha de S.Paulo');
    expect(name('en.yna.co.kr')).toBe('Yonhap News Agency');
    expect(name('english.kyodonews.net')).toBe('Kyodo News');
    expect(name('de.rt.com')).toBe('RT');
    expect(name('www3.nhk.or.jp')).toBe('NHK');
    expect(name('WWW.AA.COM.TR.')).toBe('Anadolu Agency');
    expect(name('https://apnews.com:443/article/x')).toBe('Associated Press');
  });

  it('prefers the most specific listed domain', () => {
    expect(name('folha.uol.com.br')).toBe('Folha de S.Paulo');
    expect(name('noticias.uol.com.br')).toBe('UOL');
    expect(name('agenciabrasil.ebc.com.br')).toBe('Agência Brasil');
    expect(name('english.ahram.org.eg')).toBe('Ahram Online');
    expect(name('ahram.org.eg')).toBe('Al-Ahram');
    expect(name('timesofindia.indiatimes.com')).toBe('The Times of India');
    expect(name('indiatimes.com')).toBeNull();
    expect(name('abcnews.go.com')).toBe('ABC News');
    expect(name('go.com')).toBeNull();
  });

  it('never matches a different site that shares a suffix or contains the domain', () => {
    for (const host of [
      'notbbc.co.uk',
      'bbc.co.uk.evil.com',
      'cnn.com.example.net',
      'mycnn.com',
      'reuters.com-news.info',
      'apnews.co',
      'co.uk',
      'com.au',
      'co.jp',
      'com',
      'uk',
      '',
      'not a host',
    ]) {
      expect(outletForHost(host), host).toBeNull();
    }
  });

  it('handles public suffixes', () => {
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('com.au')).toBe(true);
    expect(isPublicSuffix('co.jp')).toBe(true);
    expect(isPublicSuffix('gov.ph')).toBe(true);
    expect(isPublicSuffix('bbc.co.uk')).toBe(false);
    expect(name('www.smh.com.au')).toBe('The Sydney Morning Herald');
    expect(name('www.yomiuri.co.jp')).toBe('The Yomiuri Shimbun');
    expect(name('www.pna.gov.ph')).toBe('Philippine News Agency');
    expect(name('other.com.au')).toBeNull();
  });
});

describe('outletByName', () => {
  it('finds outlets by name and short name, ignoring case, accents and punctuation', () => {
    expect(outletByName('AP')?.name).toBe('Associated Press');
    expect(outletByName('Associated Press')?.name).toBe('Associated Press');
    expect(outletByName('The Associated Press')?.name).toBe('Associated Press');
    expect(outletByName('Agence France-Presse')?.name).toBe('Agence France-Presse');
    expect(outletByName('agence france presse')?.name).toBe('Agence France-Presse');
    expect(outletByName('AFP')?.name).toBe('Agence France-Presse');
    expect(outletByName('dpa')?.name).toBe('Deutsche Presse-Agentur');
    expect(outletByName('Agencia EFE')?.shortName).toBe('EFE');
    expect(outletByName('Agencia Brasil')?.name).toBe('Agência Brasil');
    expect(outletByName('TELAM')?.name).toBe('Télam');
    expect(outletByName('Anadolu Agency')?.timezone).toBe('Europe/Istanbul');
    expect(outletByName('Reuters')?.country).toBe('GB');
  });

  it('returns null for unknown or ambiguous names, and lists the candidates', () => {
    expect(outletByName('Nonexistent Gazette')).toBeNull();
    expect(outletByName('')).toBeNull();
    expect(outletByName('The Nation')).toBeNull();
    expect(outletsByName('The Nation').map((o) => o.country).sort()).toEqual(['KE', 'NG', 'PK', 'TH', 'US']);
  });

  it('folds names', () => {
    expect(foldName('  The Sydney Morning  Herald ')).toBe('sydney morning herald');
    expect(foldName('Agência Brasil')).toBe('agencia brasil');
    expect(foldName('Mail & Guardian')).toBe('mail and guardian');
  });
});

describe('state affiliation from state-media-profiles', () => {
  // Checked by hand in State_Media_Matrix.csv.
  it.each([
    ['xinhuanet.com', 'SC'], // Xinhua, state-controlled
    ['rt.com', 'SC'],
    ['aljazeera.com', 'SC'],
    ['nhk.or.jp', 'CaPu'], // captured public broadcaster
    ['rai.it', 'CaPu'],
    ['hurriyet.com.tr', 'CaPr'], // captured private media
    ['efe.com', 'ISFM'],
    ['bbc.co.uk', 'IP'], // independent public media
  ])('%s → %s', (host, code) => {
    const rec = outletForHost(host)!;
    expect(rec.stateAffiliation).toBe(code);
    expect(rec.stateAffiliationSource).toBe(SMP);
  });

  it('keeps curated facts on merged outlets and marks CSV-only outlets', () => {
    const bbc = outletForHost('bbc.com')!;
    expect(bbc.source).toMatch(/curated/);
    expect(bbc.wikipedia).toBe('https://en.wikipedia.org/wiki/BBC');
    // All India Radio: curated on newsonair.gov.in, the CSV lists allindiaradio.gov.in (SC).
    expect(outletForHost('allindiaradio.gov.in')?.name).toBe('All India Radio');
    expect(outletForHost('newsonair.gov.in')?.stateAffiliation).toBe('SC');
    const bakhtar = outletForHost('bakhtarnews.af')!;
    expect(bakhtar).toMatchObject({ name: 'Bakhtar News Agency', kind: 'news agency', country: 'AF', stateAffiliation: 'SC', timezone: 'Asia/Kabul', source: SMP });
    expect(outletForHost('nytimes.com')?.stateAffiliation).toBeNull();
  });
});

describe('toOutlet', () => {
  it('maps a record to the Annotation outlet', () => {
    expect(toOutlet(outletForHost('www.aa.com.tr')!)).toEqual({
      name: 'Anadolu Agency',
      domain: 'aa.com.tr',
      shortName: 'AA',
      country: 'TR',
      kind: 'news agency',
      owner: null,
      stateAffiliation: 'SC',
      timezone: 'Europe/Istanbul',
      profileSource: `Backstory curated outlet list (data/sources/curated-outlets.ts); state affiliation: ${SMP}`,
    });
    expect(toOutlet(outletForHost('nytimes.com')!).profileSource).toBe('Backstory curated outlet list (data/sources/curated-outlets.ts)');
  });
});

describe('the registry as a whole', () => {
  const all = allOutlets();
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  // ICU lists some zones under their older names (Asia/Calcutta for Asia/Kolkata): compare canonical forms.
  const canonical = (tz: string) => new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;

  it('is large enough', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(all.filter((o) => o.kind === 'news agency').length).toBeGreaterThanOrEqual(120);
  });

  it('gives every domain to one outlet, and no domain is a public suffix', () => {
    const seen = new Map<string, string>();
    for (const o of all) {
      for (const d of o.domains) {
        expect(seen.get(d), `${d}: ${o.name} and ${seen.get(d)}`).toBeUndefined();
        seen.set(d, o.name);
        expect(isPublicSuffix(d), d).toBe(false);
        expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(outletForHost(d), d).toBe(o);
      }
    }
  });

  it('has valid countries, time zones, kinds, codes and links', () => {
    const kinds = new Set(['news agency', 'public broadcaster', 'state media', 'commercial', 'nonprofit', 'magazine', 'digital']);
    const codes = new Set(['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP']);
    for (const o of all) {
      expect(o.name.trim(), o.name).toBe(o.name);
      if (o.country !== null) expect(o.country, o.name).toMatch(/^[A-Z]{2}$/);
      if (o.timezone !== null) expect(zones.has(canonical(o.timezone)), `${o.name}: ${o.timezone}`).toBe(true);
      expect(kinds.has(o.kind), o.name).toBe(true);
      if (o.stateAffiliation !== null) {
        expect(codes.has(o.stateAffiliation), o.name).toBe(true);
        expect(o.stateAffiliationSource).toBe(SMP);
      }
      if (o.wikipedia !== null) expect(o.wikipedia, o.name).toMatch(/^https:\/\/[a-z]+\.wikipedia\.org\/wiki\/\S+$/);
      expect(o.domains.length + (o.name ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it('is generated from the current curated list (else run `npm run build:registry`)', () => {
    for (const c of CURATED_OUTLETS) {
      for (const d of c.domains) {
        const rec = outletForHost(d);
        expect(rec?.name, d).toBe(c.name);
        expect(rec?.kind, d).toBe(c.kind);
        expect(rec?.owner, d).toBe(c.owner);
      }
    }
  });
});
