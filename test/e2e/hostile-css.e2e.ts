import { describe, expect, it } from 'vitest';
import { screenshotPath, useBackstory } from './support/backstory';
import { SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory();

/** Page CSS written to break injected UI: global resets, !important everywhere, huge fonts, rules naming our element. */
const HOSTILE = `
  * { all: unset !important; font-size: 40px !important; color: #f0f !important; background: #ff0 !important; line-height: 3 !important; }
  html, body, div, p { display: block !important; }
  ${CARD_TAG} { display: none !important; position: static !important; opacity: 0.1 !important; transform: scale(3) !important; }
  :root { --bg: red; --fg: red; --accent: red; }
`;

describe('the card on a page with hostile CSS', () => {
  it('looks the same as on a plain page: same box, same pixels', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(SEED_ARTICLE_PATH));
    const card = page.locator(CARD_TAG);
    await card.getByRole('button', { name: /^Backstory: / }).click();
    await card.locator('.party').first().waitFor();
    // Measure after the card's short entrance animation.
    await card.locator('.card').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const before = { box: await card.locator('.card').boundingBox(), lead: await card.locator('.lead').screenshot(), parties: await card.locator('.parties').screenshot() };

    await page.addStyleTag({ content: HOSTILE });
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('.card').boundingBox()).toEqual(before.box);
    // Identical rendering gives identical PNG bytes.
    expect((await card.locator('.lead').screenshot()).equals(before.lead)).toBe(true);
    expect((await card.locator('.parties').screenshot()).equals(before.parties)).toBe(true);
    const shot = screenshotPath('card-hostile-page.png');
    if (shot) await page.screenshot({ path: shot });
    await page.close();
  });

  it('causes no layout shift: the page’s own boxes do not move when the card appears', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    // Record every layout shift from the start, in the page's own world.
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url(SEED_ARTICLE_PATH));
    const card = page.locator(CARD_TAG);
    // The first test expanded the card, and the card remembers that.
    await card.locator('.card, .pill').first().waitFor();
    if (await card.locator('.pill').count()) await card.locator('.pill').click();
    await card.locator('.party').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    await page.close();
  });
});
