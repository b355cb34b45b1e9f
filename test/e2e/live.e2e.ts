import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackstory } from './support/backstory';
import { startApiStandIn, type ApiStandIn } from './support/api-stand-in';
import { SEED_ARTICLE_PATH } from '../../scripts/demo-pages';

/** The service worker's storage, used to set what the options page would (its permission prompt cannot be driven headless). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> }; sync: { set(items: object): Promise<void> } };
};

const backstory = useBackstory();
let api: ApiStandIn;
beforeAll(async () => {
  api = await startApiStandIn();
});
afterAll(async () => {
  await api.close();
});

async function openSeedPopup() {
  const { browser, url } = backstory();
  const page = await browser.context.newPage();
  await page.goto(url(SEED_ARTICLE_PATH));
  const tabId = await browser.tabIdFor(url(SEED_ARTICLE_PATH));
  await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  return { page, popup: await backstory().openPopup(tabId) };
}

describe('live results', () => {
  it('are off by default: the popup asks nothing and no request leaves', async () => {
    const { page, popup } = await openSeedPopup();
    await popup.locator('section.parties').waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.locator('section.live').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'summary' }).count()).toBe(0);
    expect(api.requests).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('when turned on: GDELT coverage in the popup (http links only), a party summary on request, both cached', async () => {
    await backstory().browser.worker.evaluate(async (origin) => {
      await chrome.storage.local.set({ liveEndpoints: { gdelt: `${origin}/gdelt`, wikipedia: `${origin}/wiki/{lang}/` } });
      await chrome.storage.sync.set({ settings: { networkFeatures: true } });
    }, api.origin);
    const { page, popup } = await openSeedPopup();
    const live = popup.locator('section.live');
    await expect.poll(() => live.innerText().catch(() => ''), { timeout: 10_000 }).toContain('Armenian army demands prime minister quit');
    expect(await live.locator('a').count()).toBe(1);
    expect(await live.locator('img').count()).toBe(0);
    const gdeltCall = new URL(api.origin + api.requests.find((r) => r.startsWith('/gdelt'))!);
    expect(gdeltCall.searchParams.get('startdatetime')).toBe('20210223000000');

    const pashinyan = popup.locator('li.party', { hasText: 'Nikol Pashinyan' });
    await pashinyan.getByRole('button', { name: 'summary' }).click();
    await expect.poll(() => pashinyan.innerText(), { timeout: 10_000 }).toContain('stand-in text for tests');
    expect(await pashinyan.locator('.summary-text').innerText()).toContain('From Wikipedia, the free encyclopedia (CC BY-SA 4.0)');
    expect(await pashinyan.locator('.summary-text img').count()).toBe(0);
    // A party the encyclopedia does not have (the stand-in answers 404) says so.
    const staff = popup.locator('li.party', { hasText: 'General Staff' });
    await staff.getByRole('button', { name: 'summary' }).click();
    await expect.poll(() => staff.innerText(), { timeout: 10_000 }).toContain('Nothing found in Wikipedia.');
    await popup.close();

    // Opening the popup again is served from the cache: no second GDELT request.
    const before = api.requests.filter((r) => r.startsWith('/gdelt')).length;
    const again = await backstory().openPopup(await backstory().browser.tabIdFor(backstory().url(SEED_ARTICLE_PATH)));
    await expect.poll(() => again.locator('section.live').innerText().catch(() => '')).toContain('Armenian army demands');
    expect(api.requests.filter((r) => r.startsWith('/gdelt')).length).toBe(before);
    await again.close();
    await page.close();
  });

  it('says so when GDELT rate-limits or answers with an error text', async () => {
    for (const [mode, words] of [
      ['rate-limited', 'GDELT asks to wait a moment'],
      ['text-error', 'GDELT said: The specified phrase is too short.'],
      ['empty', 'Nothing found in GDELT.'],
    ] as const) {
      api.gdeltMode = mode;
      // A new story each time (the cache holds the first one): the follow-up article.
      const { browser, url } = backstory();
      const page = await browser.context.newPage();
      const path = `/demo/armenia-follow-up.html?v=${mode}`;
      await page.goto(url(path));
      const tabId = await browser.tabIdFor(url(path));
      await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
      const popup = await backstory().openPopup(tabId);
      await expect.poll(() => popup.locator('section.live').innerText().catch(() => ''), { timeout: 15_000 }).toContain(words);
      await popup.close();
      await page.close();
    }
  });
});
