import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { annotate } from '../../../src/core/annotate';
import { withRegistryProfile } from '../../../src/core/metadata/outlet-profile';

const page = (file: string, url: string) => annotate(parseHtml(fs.readFileSync(path.resolve(__dirname, '../../fixtures/pages', file), 'utf8'), url), url);

describe('outlet profiles from the registry', () => {
  it('gives the seed’s publisher its State Media Monitor code (SC in state-media-profiles’ CSV) with the source named', () => {
    const a = page('anadolu-armenia-2021-02-25.html', 'https://www.aa.com.tr/en/world/x/2155218');
    expect(a.publisher).toMatchObject({ name: 'Anadolu Agency', country: 'TR', kind: 'news agency', stateAffiliation: 'SC', timezone: 'Europe/Istanbul' });
    expect(a.publisher!.profileSource).toContain('State Media Monitor');
    expect(a.evidence.publisher!.some((e) => e.source === 'registry' && e.detail.includes('outlet registry'))).toBe(true);
  });

  it('resolves a credited "(AP)" to the Associated Press profile, keeping the local paper as publisher', () => {
    const a = page('ap-local-paper-madrid-2021-02-25.html', 'https://localpaper.example/news/1');
    expect(a.agencies).toEqual([expect.objectContaining({ name: 'Associated Press', country: 'US', kind: 'news agency' })]);
    expect(a.publisher).toMatchObject({ name: 'The Millbrook Courier' });
    expect(a.publisher!.stateAffiliation ?? null).toBeNull();
  });

  it('keeps the page’s own name and fills only what is missing', () => {
    const { outlet } = withRegistryProfile({ name: 'BBC News', country: 'XX' }, 'www.bbc.co.uk');
    expect(outlet.name).toBe('BBC News');
    expect(outlet.country).toBe('XX');
    expect(outlet.kind).toBe('public broadcaster');
  });

  it('names a page that never names itself after the registry entry for its site', () => {
    expect(withRegistryProfile({ name: 'www.bbc.co.uk', domain: 'www.bbc.co.uk' }, 'www.bbc.co.uk').outlet.name).toMatch(/^BBC/);
    expect(withRegistryProfile({ name: 'notbbc.co.uk', domain: 'notbbc.co.uk' }, 'notbbc.co.uk').outlet.name).toBe('notbbc.co.uk');
  });
});
