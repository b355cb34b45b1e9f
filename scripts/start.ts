/**
 * `npm start` (after the build): serves test/fixtures/ and opens the seed article in Chromium with
 * Backstory loaded, at its real address (answered from the fixture file, no network; see demo-pages.ts).
 *
 *   npm start                                   headed; close the window or Ctrl+C to stop
 *   npm start -- --headless --screenshot card.png [--popup-screenshot popup.png] [--dark]
 *                                               takes the screenshot(s) and exits
 *   npm start -- --page /demo/home.html         opens another fixture page from the local server
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './launch-chromium';
import { startFixtureServer } from './serve';
import { fixtureArticle, SEED_ARTICLE_PATH, serveAtRealUrl } from './demo-pages';
import { CARD_TAG } from '../content-scripts/card/tag';

const { values: args } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'popup-screenshot': { type: 'string' },
    page: { type: 'string' },
    dark: { type: 'boolean', default: false },
  },
});

const headless = args.headless || !!args.screenshot || !!args['popup-screenshot'];
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display for a headed browser. Try: npm start -- --headless --screenshot card.png');
  process.exit(1);
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ headless, colorScheme: args.dark ? 'dark' : 'light' });
let url: string;
if (args.page) {
  url = `${server.origin}${args.page}`;
} else {
  const seed = fixtureArticle(SEED_ARTICLE_PATH);
  await serveAtRealUrl(browser.context, seed);
  url = seed.realUrl;
}
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);
console.log(`Backstory ${browser.extensionId} loaded; showing ${url}; fixtures at ${server.origin}/`);

const stop = async () => {
  await browser.close().catch(() => undefined);
  await server.close();
};

if (!headless) {
  // Headed: run until the reader closes the browser.
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void stop().then(() => process.exit(0)));
} else {
  try {
    const hasCard = await page
      .locator(CARD_TAG)
      .waitFor({ state: 'attached', timeout: 10_000 })
      .then(() => true, () => false);
    if (!hasCard) console.warn('No Backstory card on this page (not detected as an article).');
    if (args.screenshot) {
      await page.waitForTimeout(300); // let the card's entrance animation finish
      await save(args.screenshot, (path) => page.screenshot({ path }));
    }
    if (args['popup-screenshot']) {
      const tabId = await browser.tabIdFor(page.url());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(browser.extensionUrl(`popup/index.html?tab=${tabId}`));
      await popup.locator('main :is(h1, .notice)').first().waitFor();
      await save(args['popup-screenshot'], (path) => popup.locator('body').screenshot({ path }));
    }
  } finally {
    await stop();
  }
}

async function save(file: string, shoot: (path: string) => Promise<unknown>) {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  await shoot(path);
  console.log(`wrote ${path}`);
}
