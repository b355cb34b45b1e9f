import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { extractArticleBlocks } from '../../../src/core/body/article-blocks';

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
});
