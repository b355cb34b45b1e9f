import { describe, expect, it } from 'vitest';
import { useBackstory } from './support/backstory';
import { CARD_TAG } from '../../content-scripts/card/tag';

const backstory = useBackstory();
const PAGE = '/demo/hostile-metadata.html';

/**
 * A page whose title, metas, JSON-LD, byline and body carry markup, script and javascript:/data: URLs in
 * every field Backstory reads. What reaches the card and the popup is text; links are http(s) only; no
 * handler of the page's runs (each one would count in window.__pwned).
 */
describe('a page with script and markup in every metadata field', () => {
  it('shows the markup as text in the card, with no element or link taken from the page', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    await page.goto(url(PAGE));
    const card = page.locator(CARD_TAG);
    await card.getByRole('button', { name: /^Backstory: / }).click();
    await card.locator('.party').first().waitFor();
    const text = await card.locator('.card').innerText();
    // The publisher's name came with an <svg onload> in og:site_name and JSON-LD: shown as characters.
    expect(text).toContain('<svg onload=pwn()>Evil Gazette');
    // The page's markup is shown as the characters it is made of, never parsed.
    const inside = await card.evaluate((host) => {
      const root = host.shadowRoot!;
      return {
        tags: [...new Set([...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))],
        hrefs: [...root.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
        handlers: [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      };
    });
    for (const tag of ['script', 'img', 'iframe', 'b']) expect(inside.tags, tag).not.toContain(tag);
    expect(inside.handlers).toEqual([]);
    for (const href of inside.hrefs) expect(href, href).toMatch(/^https?:\/\//);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    await page.close();
  });

  it('keeps the popup free of page markup and non-http links', async () => {
    const { browser, url } = backstory();
    const page = await browser.context.newPage();
    const address = url(PAGE);
    await page.goto(address);
    const tabId = await browser.tabIdFor(address);
    await expect.poll(async () => (await browser.tabState(tabId))?.annotation.parties.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await backstory().openPopup(tabId);
    try {
      await popup.getByText(/Minister/).first().waitFor();
      const found = await popup.evaluate(() => ({
        injected: [...document.querySelectorAll('img[onerror], script:not([src]), iframe, [onload], [onerror]')].map((e) => e.outerHTML.slice(0, 120)),
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        body: document.body.innerText,
      }));
      expect(found.injected).toEqual([]);
      for (const href of found.hrefs) expect(href, href).toMatch(/^https?:\/\//);
      // The markup in the headline is visible as text.
      expect(found.body).toContain('<b>resigns</b>');
      const state = await browser.tabState(tabId);
      expect(state?.annotation.canonicalUrl ?? null).not.toMatch(/^(?:javascript|data):/i);
    } finally {
      await popup.close();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    await page.close();
  });
});
