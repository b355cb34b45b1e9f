import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, useBackstory } from './support/backstory';
import { SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory();

async function openOptions(): Promise<Page> {
  const { browser } = backstory();
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options/index.html'));
  await page.getByRole('heading', { name: 'Backstory options' }).waitFor();
  return page;
}

/** Opens the seed article on the fixture server; resolves once the content script has read its parties. */
async function openSeed(): Promise<{ page: Page; tabId: number }> {
  const { browser, url } = backstory();
  const page = await browser.context.newPage();
  await page.goto(url(SEED_ARTICLE_PATH));
  const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
  await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  return { page, tabId };
}

const personHighlights = (page: Page) => page.evaluate(() => CSS.highlights.get('backstory-person')?.size ?? 0);

describe('the options page', () => {
  it('starts with highlights off and no hidden sites, and keeps changes across reloads', async () => {
    const options = await openOptions();
    const always = options.getByRole('checkbox', { name: /Highlight parties on every article/ });
    expect(await always.isChecked()).toBe(false);
    expect(await options.getByText('None yet.').count()).toBe(1);
    await always.check();
    await options.getByRole('textbox', { name: 'Site to hide Backstory on' }).fill('https://www.Example.org/some/page');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByRole('textbox', { name: 'Site to hide Backstory on' }).fill('not a site!');
    await options.getByRole('button', { name: 'Add' }).click();
    expect(await options.getByRole('alert').innerText()).toContain('is not a site name');
    const shot = screenshotPath('options.png');
    if (shot) await options.screenshot({ path: shot, fullPage: true });

    await options.reload();
    await options.getByRole('heading', { name: 'Backstory options' }).waitFor();
    expect(await options.getByRole('checkbox', { name: /Highlight parties on every article/ }).isChecked()).toBe(true);
    expect(await options.locator('.site-list li span').allInnerTexts()).toEqual(['example.org']);
    await options.close();
  });

  it('with "highlight on every article", highlights the seed without asking', async () => {
    const { page } = await openSeed();
    await expect.poll(() => personHighlights(page)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('hides the card and highlights on a hidden site; the popup still works there', async () => {
    const { browser, url } = backstory();
    const options = await openOptions();
    await options.getByRole('textbox', { name: 'Site to hide Backstory on' }).fill(new URL(url('/')).hostname);
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.locator('.site-list li').count()).toBe(2);
    await options.close();

    const { page, tabId } = await openSeed();
    expect(await page.locator(CARD_TAG).count()).toBe(0);
    expect(await personHighlights(page)).toBe(0);
    expect((await browser.tabState(tabId))?.annotation.isArticle).toBe(true);
    const popup = await backstory().openPopup(tabId);
    await expect.poll(() => popup.locator('section.parties').innerText()).toContain('Nikol Pashinyan');
    await popup.close();
    await page.close();
  });

  it('"Hide on this site" in the card adds the site, and removing it in the options brings the card back', async () => {
    const options = await openOptions();
    // Two quick removals: neither may undo the other.
    const removeButtons = options.getByRole('button', { name: /^Show Backstory on / });
    while (await removeButtons.count()) await removeButtons.first().click();
    await expect.poll(() => options.getByText('None yet.').count()).toBe(1);
    await options.reload();
    await expect.poll(() => options.getByText('None yet.').count()).toBe(1);

    const { page } = await openSeed();
    const card = page.locator(CARD_TAG);
    await card.getByRole('button', { name: /^Backstory: / }).click();
    await card.getByRole('button', { name: /Hide Backstory on this site/ }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => personHighlights(page)).toBe(0);
    await expect.poll(() => options.locator('.site-list li span').allInnerTexts()).toEqual([new URL(backstory().url('/')).hostname]);

    await options.getByRole('button', { name: /^Show Backstory on / }).click();
    await page.reload();
    await card.waitFor({ state: 'attached', timeout: 10_000 });
    await options.close();
    await page.close();
  });
});
