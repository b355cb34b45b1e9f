import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { FIXTURES_DIR } from './serve';

/** The pages `npm start` and the e2e tests open, as paths under the fixture server. */

/** A fixture article, its address on the web and what a correct annotation says (its `.expected.json`). */
export interface FixtureArticle {
  /** Path under the fixture server, e.g. `/pages/anadolu-armenia-2021-02-25.html`. */
  path: string;
  /** The page's real address, e.g. `https://www.aa.com.tr/en/world/…`. */
  realUrl: string;
  expected: ExpectedAnnotation;
}

/** The parts of `NAME.expected.json` (see test/fixtures/pages/README.md) the e2e tests check. */
export interface ExpectedAnnotation {
  url: string;
  headline: string;
  publisher: { name: string };
  agencies: string[];
  published: string;
  modified: string | null;
  canonicalUrl?: string | null;
}

/** Reads a fixture article and its expectations. */
export function fixtureArticle(path: string): FixtureArticle {
  const file = join(FIXTURES_DIR, path.replace(/\.html$/, '.expected.json'));
  const expected = JSON.parse(readFileSync(file, 'utf8')) as ExpectedAnnotation;
  return { path, realUrl: expected.url, expected };
}

/** The seed article: Anadolu Agency, 25 February 2021. */
export const SEED_ARTICLE_PATH = '/pages/anadolu-armenia-2021-02-25.html';

/** A news front page: no card, no article badge. */
export const HOME_PAGE_PATH = '/demo/home.html';

/**
 * Makes `article.realUrl` load the fixture file in this browser context, with no network. On its real
 * host the page meets the same host-dependent logic as on the web (aa.com.tr is the agency's own site,
 * so its printed times are Istanbul time); the content script runs on it like on any https page.
 */
export async function serveAtRealUrl(context: BrowserContext, article: FixtureArticle): Promise<void> {
  const file = join(FIXTURES_DIR, article.path);
  await context.route(article.realUrl, (route) => route.fulfill({ path: file, contentType: 'text/html; charset=utf-8' }));
}
