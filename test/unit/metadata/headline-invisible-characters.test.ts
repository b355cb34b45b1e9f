import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/page/text';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

describe('invisible characters around a headline', () => {
  it('word joiners and soft hyphens are not part of the text', () => {
    expect(cleanText('Seven notes on the first film\u2060\u2060')).toBe('Seven notes on the first film');
    expect(cleanText('Ferry\u00adservice')).toBe('Ferryservice');
  });

  it('a headline ending in word joiners comes out without them', () => {
    const html = page('<title>Seven notes on the first film</title>', `<main><h1>Seven notes on the first film\u2060\u2060</h1>${BODY_TEXT}</main>`);
    expect(metadataOf(html).fields.headline).toBe('Seven notes on the first film');
  });
});
