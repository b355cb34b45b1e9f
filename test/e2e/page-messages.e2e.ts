import { describe, expect, it } from 'vitest';
import { useBackstory } from './support/backstory';
import { HOME_PAGE_PATH, SEED_ARTICLE_PATH } from '../../scripts/demo-pages';

const backstory = useBackstory();

/** Everything a page script can send at us: our own message shapes over postMessage and DOM events. */
function flood(): void {
  const shapes = [
    { type: 'set-highlights', on: true },
    { type: 'toggle-highlights' },
    { type: 'annotate-anyway' },
    { type: 'show-party', name: 'Nikol Pashinyan' },
    { type: 'page-annotated', forced: true, annotation: { url: 'https://evil.example/', isArticle: true } },
  ];
  for (const shape of shapes) {
    window.postMessage(shape, '*');
    window.postMessage(JSON.stringify(shape), '*');
    document.dispatchEvent(new CustomEvent(shape.type, { detail: shape }));
  }
}

describe('messages a page sends', () => {
  it('do not turn on highlights, force a reading or scroll on an article', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    const address = url(SEED_ARTICLE_PATH);
    await page.goto(address);
    const tabId = await browser.tabIdFor(address);
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await browser.tabState(tabId);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.evaluate(flood);
    await page.waitForTimeout(800);
    const after = await browser.tabState(tabId);
    expect(after?.highlighted).toBe(false);
    expect(after?.annotation.url).toBe(before?.annotation.url);
    expect(after?.receivedAt).toBe(before?.receivedAt);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.close();
  });

  it('do not make Backstory read a page it judged not to be an article', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    const address = url(HOME_PAGE_PATH);
    await page.goto(address);
    const tabId = await browser.tabIdFor(address);
    await page.evaluate(flood);
    await page.waitForTimeout(800);
    const state = await browser.tabState(tabId);
    expect(state?.forced).toBe(false);
    expect(state?.annotation.isArticle).toBe(false);
    expect(state?.annotation.url).toBe(address);
    await page.close();
  });
});
