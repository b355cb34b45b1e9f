import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSite, parseSettings } from '../../../src/settings/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored: network features and highlights off', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.networkFeatures).toBe(false);
    expect(DEFAULT_SETTINGS.alwaysHighlight).toBe(false);
  });

  it('keeps every valid choice when one value is malformed', () => {
    const s = parseSettings({ alwaysHighlight: true, autoShowCard: 'yes', disabledSites: ['Example.com', 42, 'not a host!', 'https://www.news.example.org/x'] });
    expect(s.alwaysHighlight).toBe(true);
    expect(s.autoShowCard).toBe(DEFAULT_SETTINGS.autoShowCard);
    expect(s.disabledSites).toEqual(['example.com', 'news.example.org']);
  });
});

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.bbc.co.uk/news/world-1', 'bbc.co.uk'],
    ['edition.cnn.com/2021/02/25', 'edition.cnn.com'],
    ['localhost:8080', 'localhost'],
  ])('%j → %j', (input, site) => {
    expect(normalizeSite(input)).toBe(site);
  });

  it.each(['', 'not a host', 'javascript:alert(1)', '-bad-.com', 'a..b'])('rejects %j', (input) => {
    expect(normalizeSite(input)).toBeNull();
  });
});

describe('isSiteDisabled', () => {
  const settings = { disabledSites: ['example.com'] };
  it('matches the host and its subdomains, not look-alikes', () => {
    expect(isSiteDisabled(settings, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://notexample.com/a')).toBe(false);
    expect(isSiteDisabled(settings, 'https://example.com.evil.net/')).toBe(false);
  });
});
