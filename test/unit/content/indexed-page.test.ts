// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetIndexedPage, indexedPage } from '../../../content-scripts/indexed-page';
import { CARD_TAG } from '../../../content-scripts/card/tag';

/**
 * The metadata and text-block stages share one page index unless the page changed between them;
 * our own card being added or removed is not a change of the page.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('indexedPage', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><article><h1>Headline of the story</h1><p>First paragraph of the story.</p></article></main>';
  });

  it('gives the same index twice while the page stays as it is', async () => {
    const first = await indexedPage(document);
    await settle();
    expect(await indexedPage(document)).toBe(first);
    expect(first.text).toContain('First paragraph of the story.');
  });

  it('walks the page again after its text changed', async () => {
    const first = await indexedPage(document);
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'A late paragraph.' }));
    await settle();
    const second = await indexedPage(document);
    expect(second).not.toBe(first);
    expect(second.text).toContain('A late paragraph.');
    expect(first.text).not.toContain('A late paragraph.');
  });

  it('keeps the index when only our card comes and goes', async () => {
    const first = await indexedPage(document);
    const card = document.createElement(CARD_TAG);
    document.body.append(card);
    await settle();
    card.remove();
    await settle();
    expect(await indexedPage(document)).toBe(first);
  });

  it('walks again when the page changes together with our card', async () => {
    const first = await indexedPage(document);
    document.body.append(document.createElement(CARD_TAG));
    document.querySelector('p')!.textContent = 'The paragraph, edited.';
    await settle();
    const second = await indexedPage(document);
    expect(second).not.toBe(first);
    expect(second.text).toContain('The paragraph, edited.');
  });

  it('is let go once the stages that share it are done', async () => {
    const first = await indexedPage(document);
    forgetIndexedPage();
    const second = await indexedPage(document);
    expect(second).not.toBe(first);
    expect(second.text).toBe(first.text);
  });
});
