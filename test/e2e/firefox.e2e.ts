/**
 * Firefox smoke test: Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core, with
 * dist-firefox/ installed as a temporary add-on (`npm run build:firefox` first; `npm test` does). Checks
 * the paths that differ from Chrome: the content script's loader and chunks, the tagger's weights
 * (web-accessible), the background as an event page (badge), and the popup reading its state.
 *
 * Skipped with a warning when /usr/bin/firefox-esr is missing outside CI; .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve';
import { SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { GECKO_ID } from '../../scripts/packaging/firefox-manifest';
import { CARD_TAG } from '../../content-scripts/card/tag';

const FIREFOX = '/usr/bin/firefox-esr';
const DIST = resolve(import.meta.dirname, '..', '..', 'dist-firefox');
/** Fixed moz-extension:// host for the add-on (Firefox otherwise picks a random one per profile). */
const UUID = '6f1c2b3a-8d4e-4f5a-9b6c-7d8e9f0a1b2c';
const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;
const SLOW = { timeout: 30_000, interval: 200 };

const haveFirefox = existsSync(FIREFOX);
if (!haveFirefox) {
  if (process.env.CI) throw new Error(`${FIREFOX} is missing: .ci/run installs firefox-esr`);
  console.warn(`Skipping the Firefox e2e test: ${FIREFOX} is missing (apt-get install -y firefox-esr)`);
}

let browser: Browser | null = null;
let server: FixtureServer | null = null;
let article: Page;

/** Text of the card's shadow root without its stylesheet, or null when there is no card. */
function cardText(page: Page): Promise<string | null> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return null;
    const copy = document.createElement('div');
    for (const n of root.childNodes) if (n.nodeName !== 'STYLE') copy.append(n.cloneNode(true));
    return copy.textContent;
  }, CARD_TAG);
}

/**
 * Opens an extension page in `page`. Firefox's BiDi never reports the load of a moz-extension:// page
 * to puppeteer, so goto() would time out: start it, then wait until the page is there.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await expect
    .poll(() => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => ''), SLOW)
    .toBe(url);
}

describe.skipIf(!haveFirefox)('Firefox', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets BiDi open moz-extension:// pages (the popup) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    expect(await browser.installExtension(DIST)).toBe(GECKO_ID);
    article = await browser.newPage();
    await article.goto(`${server.origin}${SEED_ARTICLE_PATH}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the card on the seed article, with parties from the tagger', async () => {
    await expect.poll(() => cardText(article), SLOW).toMatch(/AA.*\b\d+ parties/);
  });

  it('badges the tab from the background event page, and the popup shows the annotation', async () => {
    const popup = await browser!.newPage();
    await openExtensionPage(popup, extensionUrl('popup/index.html'));
    const articleUrl = `${server!.origin}${SEED_ARTICLE_PATH}`;
    const tab = () =>
      popup.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
        // Firefox filters tabs.query by url only with the tabs permission; the page's host permission shows it.
        const t = (await api.tabs.query({})).find((x) => x.url === url);
        return t?.id === undefined ? null : { id: t.id, badge: await api.action.getBadgeText({ tabId: t.id }), title: await api.action.getTitle({ tabId: t.id }) };
      }, articleUrl);
    await expect.poll(tab, SLOW).toMatchObject({ badge: 'AA', title: 'Backstory: Anadolu Agency article' });

    await openExtensionPage(popup, extensionUrl(`popup/index.html?tab=${(await tab())!.id}`));
    await expect.poll(() => popup.evaluate(() => document.body.innerText), SLOW).toContain('Armenian military maintains call for premier to resign');
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Anadolu Agency (AA)');
    await popup.close();
  });
});
