// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticleBlocks } from '../../../src/core/body/article-blocks';
import { mentionRanges } from '../../../content-scripts/highlights/mention-ranges';

function page(body: string) {
  document.body.innerHTML = body;
  return extractArticleBlocks(document, null, document.querySelector('article'));
}

describe('mentionRanges', () => {
  it('maps block offsets to ranges over the text nodes, across inline elements', () => {
    const blocks = page('<article><p>Prime Minister <a href="/p">Nikol <b>Pashinyan</b></a> spoke\n   in   Yerevan.</p></article>');
    const text = blocks[0].text;
    const start = text.indexOf('Nikol');
    const yerevan = text.indexOf('Yerevan');
    const ranges = mentionRanges(blocks, [
      { party: 0, block: 0, start, end: start + 'Nikol Pashinyan'.length },
      { party: 1, block: 0, start: yerevan, end: yerevan + 7 },
    ]);
    expect(ranges.map((r) => r.range.toString())).toEqual(['Nikol Pashinyan', 'Yerevan']);
    expect(ranges.map((r) => r.party)).toEqual([0, 1]);
  });

  it('leaves the page text untouched', () => {
    const blocks = page('<article><p>Azerbaijan and Armenia signed.</p></article>');
    const before = document.body.innerHTML;
    mentionRanges(blocks, [{ party: 0, block: 0, start: 0, end: 10 }]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('skips blocks whose element changed or left the page since it was read', () => {
    const blocks = page('<article><p>Azerbaijan and Armenia signed.</p><p>Armenia agreed.</p></article>');
    blocks[0].element!.append(' Later text.');
    blocks[1].element!.remove();
    expect(mentionRanges(blocks, [{ party: 0, block: 0, start: 0, end: 10 }, { party: 1, block: 1, start: 0, end: 7 }])).toEqual([]);
  });
});
