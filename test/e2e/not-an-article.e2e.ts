import { describe, expect, it } from 'vitest';
import { screenshotPath, useBackstory } from './support/backstory';
import { HOME_PAGE_PATH, SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory();

describe('a news home page', () => {
  it('gets no card and no article badge', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(HOME_PAGE_PATH));
    const tabId = await browser.tabIdFor(url(HOME_PAGE_PATH));
    expect((await browser.tabState(tabId))?.annotation.isArticle).toBe(false);
    expect(await page.locator(CARD_TAG).count()).toBe(0);
    expect(await browser.badgeOf(tabId)).toEqual({ text: '', title: 'Backstory: not a news article' });
    await page.close();
  });

  it('says so in the popup, and annotates anyway on request', async () => {
    const { browser, url, openPopup } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(HOME_PAGE_PATH));
    const tabId = await browser.tabIdFor(url(HOME_PAGE_PATH));
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('h1').textContent()).toBe("This page doesn't look like a news article");
    const shot = screenshotPath('popup-not-article.png');
    if (shot) await popup.locator('body').screenshot({ path: shot });

    await popup.getByRole('button', { name: 'Annotate anyway' }).click();
    await expect.poll(() => popup.locator('.forced').count()).toBe(1);
    await page.locator(CARD_TAG).waitFor({ state: 'attached' });
    expect((await browser.tabState(tabId))?.forced).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('navigation', () => {
  it("forgets the article's state when the tab moves on", async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(SEED_ARTICLE_PATH));
    const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
    // On the fixture server's address the page is still an Anadolu Agency article.
    await page.locator(CARD_TAG).getByRole('button', { name: /^Backstory: Anadolu Agency/ }).waitFor();
    expect((await browser.badgeOf(tabId)).text).toBe('AA');

    await page.goto(url(HOME_PAGE_PATH));
    expect(await browser.tabIdFor(url(HOME_PAGE_PATH))).toBe(tabId);
    expect((await browser.tabState(tabId))?.annotation.url).toBe(url(HOME_PAGE_PATH));
    expect((await browser.badgeOf(tabId)).text).toBe('');
    await page.close();
  });

  it('tells the background again when a page returns from the back/forward cache', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(SEED_ARTICLE_PATH));
    const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
    await page.evaluate(() => addEventListener('pageshow', (e) => document.documentElement.setAttribute('data-restored', String(e.persisted))));
    await page.goto(url(HOME_PAGE_PATH));
    await browser.tabIdFor(url(HOME_PAGE_PATH));

    // A restored page fires no "load", and the content script does not run again.
    await page.goBack({ waitUntil: 'commit' });
    await page.locator('html[data-restored="true"]').waitFor({ state: 'attached' });
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.url).toBe(url(SEED_ARTICLE_PATH));
    await expect.poll(async () => (await browser.badgeOf(tabId)).text).toBe('AA');
    await page.close();
  });

  it('clears a closed tab', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(SEED_ARTICLE_PATH));
    const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
    await page.close();
    await expect.poll(() => browser.tabState(tabId)).toBeNull();
  });
});

describe('a tab Backstory has not read', () => {
  it('gets a clear message in the popup, and a clear error when it cannot be read now', async () => {
    const popup = await backstory().openPopup(987_654);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Backstory hasn’t read this page');
    // Outside the toolbar there is no activeTab grant (and this tab does not exist): the reader is told why.
    await popup.getByRole('button', { name: 'Read this page now' }).click();
    await expect.poll(() => popup.locator('.error').textContent()).toMatch(/^Backstory cannot read this tab \(.+\)\. Open Backstory from the toolbar on the tab, or reload the page\.$/);
    await popup.close();
  });
});
