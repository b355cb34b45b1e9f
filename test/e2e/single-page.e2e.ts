import { describe, expect, it } from 'vitest';
import { useBackstory } from './support/backstory';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory();

describe('single-page sites and late content', () => {
  it('reads the new story after a pushState navigation, and again after going back', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url('/demo/spa.html'));
    const tabId = await browser.tabIdFor(url('/demo/spa.html'));
    const partiesOf = async () => (await browser.tabState(tabId))?.annotation.parties.map((p) => p.name) ?? [];
    await expect.poll(partiesOf, { timeout: 10_000 }).toContain('Teodor Vasquez');

    await page.click('#next');
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.headline, { timeout: 10_000 }).toBe('Engineers close Westbrook bridge after cracks found in main span');
    await expect.poll(partiesOf, { timeout: 10_000 }).toContain('Helena Ostrova');
    expect(await partiesOf()).not.toContain('Teodor Vasquez');
    expect((await browser.tabState(tabId))?.annotation.url).toBe(url('/demo/spa.html?story=2'));
    // One card, for the new story.
    expect(await page.locator(CARD_TAG).count()).toBe(1);

    await page.goBack();
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.headline, { timeout: 10_000 }).toBe('Harbour authority approves new container terminal');
    await page.close();
  });

  it('reads an article whose body arrives after load', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url('/demo/late-body.html'));
    const tabId = await browser.tabIdFor(url('/demo/late-body.html'));
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.map((p) => p.name) ?? [], { timeout: 15_000 }).toContain('Miriam Oduya');
    expect((await browser.tabState(tabId))?.annotation.isArticle).toBe(true);
    await page.locator(CARD_TAG).waitFor({ state: 'attached' });
    await page.close();
  });
});
