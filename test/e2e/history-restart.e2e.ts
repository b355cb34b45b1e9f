import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve';
import { fixtureArticle, SEED_ARTICLE_PATH } from '../../scripts/demo-pages';
import { READER } from './support/backstory';
import { HISTORY_VERSION } from '../../src/history/history-migrations';

/**
 * The reading history in a real browser profile that is closed and opened again: the browser is
 * launched twice on one user-data directory, so this file does not use `useBackstory()` (one launch).
 */
const FOLLOW_UP = '/demo/armenia-follow-up.html';
const seed = fixtureArticle(SEED_ARTICLE_PATH);
/** An entry the version 1 code wrote, before this profile ever ran the current code. */
const V1_ENTRY = {
  url: 'https://www.example-news.com/2021/02/armenia-earlier',
  headline: 'An article read with the old version',
  publisher: 'Example News',
  agencies: [],
  published: null,
  readAt: 1_600_000_000_000,
  keyParties: [{ name: 'Nikol Pashinyan', type: 'person' }],
};

let server: FixtureServer;
let profile: string;
let browser: ExtensionBrowser | null = null;

const launch = async () => (browser = await launchWithExtension({ timeZone: READER.timeZone, profile }));
const url = (path: string) => `${server.origin}${path}`;

/** Opens `path` and waits until the background has handled the report (the history is written before the tab state). */
async function read(b: ExtensionBrowser, path: string): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(url(path));
  const tabId = await b.tabIdFor(url(path));
  await expect.poll(async () => (await b.tabState(tabId))?.annotation.parties.length ?? 0).toBeGreaterThan(0);
  return tabId;
}

beforeAll(async () => {
  server = await startFixtureServer();
  profile = mkdtempSync(join(tmpdir(), 'backstory-restart-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the reading history across a browser restart', () => {
  it('keeps the articles read before the restart, including those stored by the version 1 schema', async () => {
    const first = await launch();
    // A version 1 database, made with raw IndexedDB in the extension's origin exactly as the old code did.
    await first.worker.evaluate(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('backstory-history', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('articles', { keyPath: 'url' }).createIndex('readAt', 'readAt');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('articles', 'readwrite');
            tx.objectStore('articles').put(old);
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      V1_ENTRY,
    );
    // Reading the seed article upgrades the database (in Chromium's IndexedDB) and adds the article.
    await read(first, SEED_ARTICLE_PATH);
    await first.close();
    browser = null;

    const second = await launch();
    // Upgraded on disk by the first run: the restarted browser finds the current version.
    const version = await second.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('backstory-history');
          req.onsuccess = () => (resolve(req.result.version), req.result.close());
          req.onerror = () => reject(req.error);
        }),
    );
    expect(version).toBe(HISTORY_VERSION);
    const options = await second.context.newPage();
    await options.goto(second.extensionUrl('options/index.html'));
    await expect.poll(() => options.getByText(/articles? in your history/).innerText().catch(() => '')).toMatch(/^2 articles in your history/);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export as JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('backstory-history');
    expect(exported.articles.map((a: { headline: string }) => a.headline)).toEqual([V1_ENTRY.headline, seed.expected.headline]);
    expect(exported.articles[0]).toEqual(V1_ENTRY);

    // The earlier-reading list of a new article about the same party, after the restart.
    const tabId = await read(second, FOLLOW_UP);
    const related = (await second.tabState(tabId))!.annotation.related.filter((l) => l.kind === 'history').map((l) => l.title);
    expect(related).toEqual(expect.arrayContaining([expect.stringContaining(seed.expected.headline), expect.stringContaining(V1_ENTRY.headline)]));
    const popup = await second.context.newPage();
    await popup.goto(second.extensionUrl(`popup/index.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('section.earlier').innerText().catch(() => '')).toContain(seed.expected.headline);
  });
});
