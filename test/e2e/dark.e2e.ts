import { describe, expect, it } from 'vitest';
import { screenshotPath, useBackstory } from './support/backstory';
import { SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory({ colorScheme: 'dark' });

describe('a reader who prefers dark pages', () => {
  it('gets the dark card, and highlights drawn in translucent colours that keep the text readable', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(SEED_ARTICLE_PATH));
    // A dark page, as dark-mode readers see many sites.
    await page.addStyleTag({ content: 'body, .container, .col-md-8, header, nav { background: #111 !important; color: #ddd !important; } p, h1, h4, span, a { color: #ddd !important; }' });
    const card = page.locator(CARD_TAG);
    await card.locator('.pill').click();
    await card.locator('.party').first().waitFor({ timeout: 10_000 });
    expect(await card.locator('.card').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 35, 41)');
    const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
    await browser.worker.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'set-highlights', on: true }, { frameId: 0 }), tabId);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('backstory-person')?.size ?? 0)).toBeGreaterThan(0);
    const shot = screenshotPath('dark-page.png');
    if (shot) {
      await page.locator('.detay-icerik').scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot });
    }
    await page.close();
  });
});
