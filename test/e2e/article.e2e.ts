import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READER, screenshotPath, useBackstory } from './support/backstory';
import { fixtureArticle, SEED_ARTICLE_PATH, serveAtRealUrl } from '../../scripts/demo-pages';
import { CARD_TAG } from '../../content-scripts/card/tag';
import { formatAbsolute, parsePageTime } from '../../src/ui/time';
import type { Annotation } from '../../src/core/types';

/** The service worker's `chrome.tabs`, used to send what the keyboard command and context menu send. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, msg: object, options: { frameId: number }): Promise<unknown> };
  storage: { local: { remove(key: string): Promise<void> } };
};

const backstory = useBackstory();
const seed = fixtureArticle(SEED_ARTICLE_PATH);

/** The published time as the reader must see it: "04:57 Istanbul time" in the reader's zone (New York). */
const publishedForReader = formatAbsolute(parsePageTime(seed.expected.published)!, READER);

// The seed article is opened at its real address (aa.com.tr, answered from the fixture file): that is
// where readers meet it, and the host is part of what Backstory reads (the agency's own site, its zone).
describe('the seed article (Anadolu Agency, 25 Feb 2021) at its real address', () => {
  let page: Page;
  let tabId: number;
  let annotation: Annotation;

  beforeAll(async () => {
    const { browser } = backstory();
    await serveAtRealUrl(browser.context, seed);
    page = await browser.context.newPage();
    await page.goto(seed.realUrl);
    tabId = await browser.tabIdFor(seed.realUrl);
    annotation = (await browser.tabState(tabId))!.annotation;
  });

  it('is read as an Anadolu Agency article published at 04:57 Istanbul time', () => {
    expect(annotation.isArticle).toBe(true);
    expect(annotation.publisher?.name).toBe(seed.expected.publisher.name);
    expect(annotation.agencies.map((a) => a.name)).toEqual(seed.expected.agencies);
    expect(annotation.published).toBe(seed.expected.published);
  });

  it('shows the card collapsed to one line, and expanded with the agency and the time in the reader’s zone', async () => {
    const pill = page.locator(CARD_TAG).getByRole('button', { name: /^Backstory: Anadolu Agency, published .+ ago, \d+ parties\. Show details$/ });
    await pill.waitFor({ timeout: 10_000 });
    await pill.click();
    await expect.poll(() => backstory().cardText(page)).toContain('Key parties');
    const text = await backstory().cardText(page);
    expect(text).toContain('Anadolu Agency');
    expect(text).toContain(publishedForReader);
    expect(text).toMatch(/published \d+ (min|h|d|mo|y) ago/);
    expect(text).toContain('Nikol Pashinyan · Prime Minister');
    const shot = screenshotPath('card.png');
    if (shot) await page.screenshot({ path: shot });
  });

  it('remembers that the reader expanded the card', async () => {
    await page.reload();
    await expect.poll(() => backstory().cardText(page), { timeout: 10_000 }).toContain('News agency');
  });

  it("keeps the page's CSS out of the card", async () => {
    await page.addStyleTag({ content: 'button, aside, p { background: rgb(255, 0, 255) !important; color: rgb(0, 255, 0) !important; }' });
    const close = page.locator(CARD_TAG).getByRole('button', { name: 'Dismiss the Backstory card' });
    const colours = await close.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    expect(colours).not.toContain('rgb(255, 0, 255)');
    expect(colours).not.toContain('rgb(0, 255, 0)');
  });

  it('sets the toolbar badge to the agency', async () => {
    expect(await backstory().browser.badgeOf(tabId)).toEqual({ text: 'AA', title: 'Backstory: Anadolu Agency article' });
  });

  it('shows headline, agency and times in the popup', async () => {
    const popup = await backstory().openPopup(tabId);
    try {
      await expect.poll(() => popup.locator('h1').textContent()).toBe(seed.expected.headline);
      const text = await popup.locator('main').innerText();
      expect(text).toContain('Anadolu Agency');
      expect(text).toContain(publishedForReader);
      expect(text).toContain(`page says ${seed.expected.published} (UTC+03:00)`);
      const shot = screenshotPath('popup.png');
      if (shot) await popup.locator('body').screenshot({ path: shot });

      await popup.getByRole('button', { name: 'Why?' }).click();
      const why = await popup.locator('main').innerText();
      expect(why).toContain('Why Backstory says this');
      expect(why).toContain('Published Date: 04:57 | 25 February 2021');
      const whyShot = screenshotPath('popup-why.png');
      if (whyShot) await popup.locator('body').screenshot({ path: whyShot });
    } finally {
      await popup.close();
    }
  });

  it('lists the parties with their roles and who said what in the popup', async () => {
    // Parties arrive in a second report, once the tagger has loaded on this article.
    await expect.poll(async () => (await backstory().browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await backstory().openPopup(tabId);
    try {
      const parties = popup.locator('section.parties');
      await expect.poll(() => parties.innerText()).toContain('Nikol Pashinyan');
      const text = await parties.innerText();
      expect(text).toMatch(/Nikol Pashinyan\s*— Prime Minister/);
      expect(text).toMatch(/Robert Kocharian\s*— former President/);
      expect(text).toContain('General Staff of the Armenian army');
      const related = popup.locator('section.related');
      expect(await related.getByRole('link', { name: 'Nikol Pashinyan on Wikipedia' }).getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Special:Search?search=Nikol+Pashinyan&go=Go');
      expect(await related.getByRole('link', { name: 'What else happened on 25 February 2021' }).getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Portal:Current_events/2021_February_25');
      const quotes = await popup.locator('section.quotes').innerText();
      expect(quotes).toMatch(/Robert Kocharian\s*“?At this moment of truth/);
      const shot = screenshotPath('popup-parties.png');
      if (shot) {
        // The popup scrolls; show the switch, the parties and the quotes together.
        await popup.addStyleTag({ content: 'body { max-height: none !important; }' });
        const top = (await popup.locator('.switch-row').boundingBox())!;
        const bottom = (await popup.locator('section.quotes').boundingBox())!;
        await popup.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: top.y - 8, width: 360, height: bottom.y + bottom.height - top.y + 16 } });
      }
    } finally {
      await popup.close();
    }
  });

  it('highlights the parties in the page from the popup switch, without touching the page text', async () => {
    // A clean page (an earlier test added hostile CSS); parties come in the second report.
    await page.reload();
    await expect.poll(async () => (await backstory().browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const textBefore = await page.locator('body').innerHTML();
    const popup = await backstory().openPopup(tabId);
    try {
      const toggle = popup.getByRole('switch', { name: 'Highlight parties' });
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    } finally {
      await popup.close();
    }
    const registry = () =>
      page.evaluate(() => Object.fromEntries(['backstory-person', 'backstory-organization', 'backstory-place'].map((n) => [n, CSS.highlights.get(n)?.size ?? 0])));
    const sizes = await registry();
    // Persons: Nikol Pashinyan ×2, Robert Kocharian; places: Azerbaijan ×4, Armenia ×2, Nagorno-Karabakh…
    expect(sizes['backstory-person']).toBeGreaterThanOrEqual(3);
    expect(sizes['backstory-organization']).toBeGreaterThanOrEqual(2);
    expect(sizes['backstory-place']).toBeGreaterThanOrEqual(6);
    const highlighted = await page.evaluate(() => [...CSS.highlights.get('backstory-person')!].map((r) => (r as Range).toString()));
    expect(highlighted).toContain('Nikol Pashinyan');
    expect(highlighted).toContain('Robert Kocharian');
    expect(await page.locator('body').innerHTML()).toBe(textBefore);
    const shot = screenshotPath('highlights.png');
    if (shot) {
      await page.locator('.detay-icerik').scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot });
    }

    // Hovering a highlighted mention shows its small card.
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('backstory-person')!][0] as Range;
      const rect = r.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const hover = page.locator('backstory-hovercard');
    await expect.poll(() => hover.evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => '')).toContain('Prime Minister');

    // Keyboard users: focusing a party's name in the card shows the small card at its mention.
    await page.mouse.move(0, 0);
    await expect.poll(() => hover.count()).toBe(0);
    const cardHost = page.locator(CARD_TAG);
    if (await cardHost.locator('.pill').count()) await cardHost.locator('.pill').click();
    await page.keyboard.press('Shift');
    await cardHost.getByRole('button', { name: 'Show Robert Kocharian in the article' }).focus();
    await expect.poll(() => hover.evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => '')).toContain('former President');

    // The keyboard command and the context menu reach the page through the background's message.
    await backstory().browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-highlights' }, { frameId: 0 }), tabId);
    await expect.poll(registry).toEqual({ 'backstory-person': 0, 'backstory-organization': 0, 'backstory-place': 0 });
    await expect.poll(async () => (await backstory().browser.tabState(tabId))?.highlighted).toBe(false);
  });

  it('copies a citation in the chosen style', async () => {
    const popup = await backstory().openPopup(tabId);
    try {
      await popup.getByRole('button', { name: 'Copy citation' }).click();
      await popup.getByRole('radio', { name: 'MLA' }).click();
      const text = await popup.getByRole('textbox', { name: 'Citation (MLA)' }).inputValue();
      // The seed names no author; MLA then starts with the title. Date as the page printed it (Istanbul), not New York's.
      const where = (seed.expected.canonicalUrl ?? seed.realUrl).replace(/^https?:\/\//, '');
      expect(text).toBe(`“${seed.expected.headline}.” Anadolu Agency, 25 Feb. 2021, ${where}.`);
      await popup.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect.poll(() => popup.getByRole('status').last().innerText()).toBe('Copied');
      // Read the clipboard back from a web page of ours (extension origins cannot be granted clipboard-read).
      const { browser, url } = backstory();
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
      const reader = await browser.context.newPage();
      await reader.goto(url('/demo/home.html'));
      expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(text);
      await reader.close();
    } finally {
      await popup.close();
    }
  });

  it('answers the popup after the service worker was stopped', async () => {
    const cdp = await backstory().browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await backstory().openPopup(tabId);
    try {
      await expect.poll(() => popup.locator('h1').textContent()).toBe(seed.expected.headline);
    } finally {
      await popup.close();
      await cdp.detach();
    }
  });

  it('is dismissed with the × button, and stays dismissed on this page', async () => {
    await page.locator(CARD_TAG).getByRole('button', { name: 'Dismiss the Backstory card' }).click();
    await expect.poll(() => page.locator(CARD_TAG).count()).toBe(0);
    await page.reload();
    // Parties arriving is the sign the content script has done its work on the reloaded page.
    await expect.poll(async () => (await backstory().browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(CARD_TAG).count()).toBe(0);
    await backstory().browser.worker.evaluate(() => chrome.storage.local.remove('dismissedPages'));
  });

  it('is dismissed with Esc', async () => {
    await page.reload();
    await page.locator(CARD_TAG).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD_TAG).count()).toBe(0);
    await backstory().browser.worker.evaluate(() => chrome.storage.local.remove('dismissedPages'));
  });

  it('collapses to a pill on a narrow window, and expands on click', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    await page.reload();
    const pill = page.locator(CARD_TAG).getByRole('button', { name: /^Backstory: Anadolu Agency/ });
    await pill.waitFor();
    const heading = await page.locator('h1').boundingBox();
    const pillBox = await pill.boundingBox();
    expect(heading && pillBox && overlaps(heading, pillBox)).toBe(false);
    const shot = screenshotPath('card-narrow.png');
    if (shot) await page.screenshot({ path: shot });
    await pill.click();
    await expect.poll(() => backstory().cardText(page)).toContain('News agency');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

type Box = { x: number; y: number; width: number; height: number };
