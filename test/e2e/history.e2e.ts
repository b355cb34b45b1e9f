import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, useBackstory } from './support/backstory';
import { fixtureArticle, SEED_ARTICLE_PATH } from '../../scripts/demo-pages';

const backstory = useBackstory();
const FOLLOW_UP = '/demo/armenia-follow-up.html';
const seed = fixtureArticle(SEED_ARTICLE_PATH);

async function read(path: string): Promise<{ page: Page; tabId: number }> {
  const { browser, url } = backstory();
  const page = await browser.context.newPage();
  await page.goto(url(path));
  const tabId = await browser.tabIdFor(url(path));
  await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  return { page, tabId };
}

describe("the reader's own history", () => {
  it('lists the earlier article about the same parties in the popup', async () => {
    const first = await read(SEED_ARTICLE_PATH);
    await first.page.close();
    const second = await read(FOLLOW_UP);
    const popup = await backstory().openPopup(second.tabId);
    const earlier = popup.locator('section.earlier');
    await expect.poll(() => earlier.innerText().catch(() => ''), { timeout: 10_000 }).toContain(seed.expected.headline);
    expect(await earlier.innerText()).toMatch(/shares .*Nikol Pashinyan/);
    // The same, as the annotation's `history` links (the CLI contract's shape).
    const related = (await backstory().browser.tabState(second.tabId))!.annotation.related.filter((l) => l.kind === 'history');
    expect(related).toHaveLength(1);
    expect(related[0].title).toMatch(new RegExp(`^${seed.expected.headline} \\(Anadolu Agency\\): also about .*Nikol Pashinyan`));
    // The party's own small timeline of the reader's articles about it.
    const pashinyan = popup.locator('li.party', { hasText: 'Nikol Pashinyan' });
    await pashinyan.getByText('In your reading: 1 earlier article').click();
    expect(await pashinyan.locator('.timeline li').innerText()).toContain(seed.expected.headline);
    const shot = screenshotPath('popup-earlier-reading.png');
    if (shot) await earlier.screenshot({ path: shot });
    await popup.close();
    await second.page.close();
  });

  it('is deleted from the options page, and not kept while turned off', async () => {
    const { browser } = backstory();
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options/index.html'));
    await expect.poll(() => options.getByText(/articles? in your history/).innerText()).toMatch(/^2 articles in your history/);
    await options.getByRole('checkbox', { name: /Keep a history/ }).uncheck();
    await expect.poll(() => options.getByText(/in your history/).innerText()).toMatch(/^0 articles in your history\. History turned off and deleted\./);

    const again = await read(FOLLOW_UP);
    await again.page.close();
    await options.reload();
    await expect.poll(() => options.getByText(/in your history/).innerText()).toMatch(/^0 articles/);
    await options.close();
  });
});
