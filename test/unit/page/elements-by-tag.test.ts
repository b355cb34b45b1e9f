import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { countByTag, elementsByTag, hasAttributeAnywhere } from '../../../src/core/page/elements-by-tag';

const fixtureDir = path.resolve(__dirname, '../../fixtures/negative');
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.html'));

describe('proxy-free element reads agree with the DOM’s own answers', () => {
  it.each(fixtures)('%s: counts, lists and the attribute probe', (file) => {
    const doc = parseHtml(readFileSync(path.join(fixtureDir, file), 'utf8'), 'https://example.com/');
    for (const tag of ['*', 'p', 'h1', 'article', 'a', 'script']) {
      const viaSelector = doc.querySelectorAll(tag);
      expect(countByTag(doc, tag), tag).toBe(viaSelector.length);
      expect(elementsByTag(doc, tag), tag).toEqual(Array.from(viaSelector));
    }
    for (const name of ['itemscope', 'itemprop', 'datetime', 'data-none-here']) {
      expect(hasAttributeAnywhere(doc, name), name).toBe(doc.querySelector(`[${name}]`) !== null);
    }
  });

  it('finds an attribute on the last element of the page and inside SVG', () => {
    const doc = parseHtml('<!doctype html><body><div><p>a</p><svg><g itemscope></g></svg></div><span data-x></span></body>', 'https://example.com/');
    expect(hasAttributeAnywhere(doc, 'itemscope')).toBe(true);
    expect(hasAttributeAnywhere(doc, 'data-x')).toBe(true);
    expect(hasAttributeAnywhere(doc.body.firstElementChild!, 'data-x')).toBe(false);
    expect(countByTag(doc.body, 'p')).toBe(1);
  });
});
