import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, extractArticleBlocks } from '../../../src/core/body/article-blocks';

const prose = (n: number) => `Paragraph ${n} of the story, long enough to count as the article's own running text.`;

function blocksOf(body: string, headline: string | null = 'The headline of the story') {
  const doc = parseHtml(`<html><body><h1>The headline of the story</h1><article>${body}</article></body></html>`, 'https://news.example/a');
  return extractArticleBlocks(doc, headline).map((b) => `${b.kind}: ${b.text}`);
}

describe('extractArticleBlocks', () => {
  it('reads the headline and the innermost blocks of the article root in order', () => {
    expect(blocksOf(`<p>${prose(1)}</p><h2>A subhead with words</h2><ul><li><p>${prose(2)}</p></li></ul><p>${prose(3)}</p>`)).toEqual([
      'headline: The headline of the story',
      `paragraph: ${prose(1)}`,
      'subhead: A subhead with words',
      `paragraph: ${prose(2)}`,
      `paragraph: ${prose(3)}`,
    ]);
  });

  it('leaves out captions, hidden text, link-only teasers, short list items and boilerplate zones', () => {
    const body = `<p>${prose(1)}</p>
      <figure><p>A caption under the photo of the scene</p></figure>
      <div hidden><p>Hidden text of the page</p></div>
      <div aria-hidden="true"><p>Text hidden from readers</p></div>
      <p><a href="/other">READ MORE: another story on this site</a></p>
      <ul><li>Share</li></ul>
      <div class="related-articles"><p>${prose(9)}</p></div>
      <p>${prose(2)}</p>`;
    expect(blocksOf(body, null)).toEqual([`paragraph: ${prose(1)}`, `paragraph: ${prose(2)}`]);
  });

  it('reads a repeated subhead once and keeps offsets (whitespace mapped, not collapsed)', () => {
    expect(blocksOf(`<p>${prose(1)}</p><h3>Same\nsubhead</h3><h3>Same\nsubhead</h3><p>${prose(2)}</p>`, null)).toEqual([
      `paragraph: ${prose(1)}`,
      'subhead: Same subhead',
      `paragraph: ${prose(2)}`,
    ]);
  });

  it('reads a body without paragraph elements as one block', () => {
    const doc = parseHtml(`<html><body><div id="story">Text with a line break<br>and more text</div></body></html>`, 'https://news.example/a');
    expect(extractArticleBlocks(doc, null, doc.getElementById('story')).map((b) => b.text)).toEqual(['Text with a line breakand more text']);
  });

  it('reads no more than the reading budget on an enormous page, cutting the last block short', () => {
    const text = (i: number) => `Paragraph ${i}: ${'a long sentence of the enormous report, read only up to the budget. '.repeat(30)}`;
    const paras = Array.from({ length: 200 }, (_, i) => `<p>${text(i)}</p>`).join('');
    const doc = parseHtml(`<html><body><h1>The headline of the story</h1><article>${paras}</article></body></html>`, 'https://news.example/a');
    const blocks = extractArticleBlocks(doc, 'The headline of the story');
    expect(blocks.length).toBeLessThanOrEqual(MAX_ARTICLE_BLOCKS);
    expect(blocks.reduce((n, b) => n + b.text.length, 0)).toBe(MAX_ARTICLE_CHARS);
    // A cut keeps offsets valid: the last block is the start of its paragraph.
    const last = blocks.at(-1)!.text;
    expect(text(Number(/^Paragraph (\d+)/.exec(last)![1])).startsWith(last)).toBe(true);
  });

  it('stops at the block limit on a page of many short paragraphs', () => {
    const doc = parseHtml(`<html><body><h1>The headline of the story</h1><article>${Array.from({ length: 700 }, (_, i) => `<p>${prose(i)}</p>`).join('')}</article></body></html>`, 'https://news.example/a');
    expect(extractArticleBlocks(doc, 'The headline of the story')).toHaveLength(MAX_ARTICLE_BLOCKS);
  });
});
