import { describe, expect, it, vi } from 'vitest';
import { sampleAnnotation } from '../ui/sample-annotation';
import type { TabState } from '../../../src/messages';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeFor, IDLE_BADGE } = await import('../../../src/background/badge');

const state = (overrides: Partial<TabState['annotation']> = {}, forced = false): TabState => ({
  annotation: sampleAnnotation(overrides),
  forced,
  highlighted: false,
  receivedAt: 0,
});

describe('badgeFor', () => {
  it("shows the agency's short code and names it in the title", () => {
    expect(badgeFor(state())).toEqual({ text: 'AA', title: 'Backstory: Anadolu Agency article' });
  });

  it('shows a check mark for an article without agency, or with a code too long for the badge', () => {
    expect(badgeFor(state({ agencies: [] }))).toEqual({ text: '✓', title: 'Backstory: article from Example News' });
    expect(badgeFor(state({ agencies: [{ name: 'Xinhua News Agency', shortName: 'Xinhua' }] })).text).toBe('✓');
  });

  it('shows nothing on other pages, and the default before any report', () => {
    expect(badgeFor(state({ isArticle: false }))).toEqual({ text: '', title: 'Backstory: not a news article' });
    expect(badgeFor(null)).toBe(IDLE_BADGE);
  });

  it('says when the reader overruled the detector', () => {
    expect(badgeFor(state({ isArticle: false }, true)).title).toBe('Backstory: Anadolu Agency article (annotated on request)');
  });
});
