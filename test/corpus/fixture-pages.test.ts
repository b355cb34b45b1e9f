/**
 * Hygiene of test/fixtures/pages: every page has an expectation file of the documented shape, loads
 * nothing from the network, and shows the values its expectations claim. (Whether the pipeline finds
 * them is for the extraction tests; this only keeps the fixtures honest.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeDocument, parseHtml } from '../../src/cli/parse-html';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/anadolu-armenia-2021-02-25.txt', import.meta.url));
const names = readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));

interface Expected {
  url: string;
  isArticle: boolean;
  headline: string;
  publisher: { name: string; domain: string } | null;
  agencies: string[];
  authors: string[];
  published: string | null;
  modified: string | null;
  section: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  traps: string[];
}

const load = (name: string) => ({
  html: readFileSync(join(PAGES, `${name}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as Expected,
});
const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

describe('fixture pages', () => {
  it('pair every page with an expectation file', () => {
    const expectations = readdirSync(PAGES).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length));
    expect(expectations.sort()).toEqual([...names].sort());
    expect(names.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(names)('%s', (name) => {
    const { html, expected } = load(name);

    it('has the documented expectation fields', () => {
      expect(Object.keys(expected)).toEqual(['url', 'isArticle', 'headline', 'publisher', 'agencies', 'authors', 'published', 'modified', 'section', 'lang', 'canonicalUrl', 'traps']);
      for (const date of [expected.published, expected.modified]) if (date !== null) expect(Number.isNaN(Date.parse(date))).toBe(false);
      expect(expected.traps.length).toBeGreaterThan(0);
    });

    it('loads nothing from the network', () => {
      const doc = parseHtml(html, expected.url);
      try {
        const loaded = [...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"]')];
        const remote = loaded.map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '').filter((src) => !src.startsWith('data:'));
        expect(remote).toEqual([]);
        expect(html).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//i);
      } finally {
        closeDocument(doc);
      }
    });

    it('shows what its expectations claim', () => {
      const doc = parseHtml(html, expected.url);
      try {
        const text = fold(doc.body.textContent ?? '');
        expect(fold(doc.querySelector('h1')?.textContent ?? '')).toBe(fold(expected.headline));
        for (const author of expected.authors) expect(text).toContain(fold(author));
        if (expected.publisher) expect(fold(doc.documentElement.outerHTML)).toContain(fold(expected.publisher.name));
        expect(doc.documentElement.getAttribute('lang')).toBe(expected.lang);
        const declared = [doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), doc.querySelector('link[rel="canonical"]')?.getAttribute('href')];
        expect(declared).toContain(expected.canonicalUrl);
        expect(declared).toContain(expected.url);
      } finally {
        closeDocument(doc);
      }
    });
  });

  it.skipIf(!existsSync(SEED))('keep every line of the seed article verbatim', () => {
    const { html } = load('anadolu-armenia-2021-02-25');
    const doc = parseHtml(html, 'https://www.aa.com.tr/');
    try {
      const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
      const lines = readFileSync(SEED, 'utf8').split('\n').map((l) => l.replace(/^- /, '').trim()).filter(Boolean);
      for (const line of lines) expect(text).toContain(line);
    } finally {
      closeDocument(doc);
    }
  });
});
