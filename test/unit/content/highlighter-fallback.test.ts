// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightMentions } from '../../../content-scripts/highlights/highlighter';
import { FALLBACK_TAG } from '../../../content-scripts/highlights/fallback-marks';
import { mentionRanges } from '../../../content-scripts/highlights/mention-ranges';
import { extractArticleBlocks } from '../../../src/core/body/article-blocks';

// jsdom has no CSS Custom Highlight API, like browsers before it: the fallback must work and leave the page as it was.
// jsdom does no layout: give each range one client rectangle, as a browser would.
Range.prototype.getClientRects = function () {
  return [{ left: 10, top: 20, width: 120, height: 18, right: 130, bottom: 38 }] as unknown as DOMRectList;
};

describe('highlights without CSS.highlights', () => {
  it('draws into a shadow root of its own and removes every trace on clear', () => {
    document.body.innerHTML = '<article><p>Nikol Pashinyan met officials in Yerevan.</p></article>';
    const before = document.body.innerHTML;
    const blocks = extractArticleBlocks(document, null, document.querySelector('article'));
    const ranges = mentionRanges(blocks, [{ party: 0, block: 0, start: 0, end: 15 }]);
    const parties = [{ name: 'Nikol Pashinyan', type: 'person' as const, role: null, aliases: [], mentions: 1, key: true }];
    expect(typeof (globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBe('undefined');
    const h = highlightMentions(ranges, parties);
    const host = document.querySelector(FALLBACK_TAG);
    expect(host?.shadowRoot).toBeTruthy();
    expect(getComputedStyle(host as Element).pointerEvents).toBe('none');
    const box = host!.shadowRoot!.querySelector('div') as HTMLElement;
    expect([box.style.left, box.style.top, box.style.width]).toEqual(['10px', '20px', '120px']);
    expect(document.body.innerHTML).toBe(before);
    h.clear();
    expect(document.querySelector(FALLBACK_TAG)).toBeNull();
  });
});
