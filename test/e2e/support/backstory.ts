import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/launch-chromium';
import { startFixtureServer, type FixtureServer } from '../../../scripts/serve';
import { CARD_TAG } from '../../../content-scripts/card/tag';

/**
 * The reader's zone and locale in the e2e browser: a zone far from the seed article's (Istanbul),
 * so a time shown without conversion would be visibly wrong.
 */
export const READER = { timeZone: 'America/New_York', locale: 'en-GB' } as const;

/** A running fixture server and a browser with Backstory, for one test file. */
export interface Backstory {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** Absolute URL of a fixture path such as `/demo/home.html`. */
  url(path: string): string;
  /** The card's visible text (shadow root included), or null when there is no card. */
  cardText(page: Page): Promise<string | null>;
  /** Opens the popup page in a tab, describing tab `tabId`. */
  openPopup(tabId: number): Promise<Page>;
}

/** Registers beforeAll/afterAll that start the fixture server and Chromium; call at the top of a file. */
export function useBackstory(options: LaunchOptions = {}): () => Backstory {
  let env: Backstory | null = null;
  beforeAll(async () => {
    const server = await startFixtureServer();
    const browser = await launchWithExtension({ timeZone: READER.timeZone, ...options }).catch(async (e) => {
      await server.close();
      throw e;
    });
    env = {
      browser,
      server,
      url: (path) => `${server.origin}${path}`,
      cardText: async (page) => {
        const card = page.locator(CARD_TAG);
        return (await card.count()) ? card.evaluate((host) => host.shadowRoot?.textContent ?? '') : null;
      },
      openPopup: async (tabId) => {
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 360, height: 640 });
        await popup.goto(browser.extensionUrl(`popup/index.html?tab=${tabId}`));
        return popup;
      },
    };
  });
  afterAll(async () => {
    await env?.browser.close();
    await env?.server.close();
  });
  return () => {
    if (!env) throw new Error('useBackstory(): the browser is not up (did beforeAll fail?)');
    return env;
  };
}

/** Where README screenshots go when `BACKSTORY_SCREENSHOTS=1`; null otherwise. */
export function screenshotPath(name: string): string | null {
  if (process.env.BACKSTORY_SCREENSHOTS !== '1') return null;
  const dir = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
