/**
 * Launches Debian's Chromium with the built extension loaded, for `npm start` and the e2e tests.
 * Flags per /work/shared/TOOLCHAIN.md: Playwright adds `--disable-extensions`, so the extension must
 * be named in `--disable-extensions-except` as well as `--load-extension`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { TabState } from '../src/messages';
import { TAB_STATE_PREFIX, tabStateKey } from '../src/background/tab-state-key';

/** The parts of the worker's `chrome` global that these helpers evaluate there. */
declare const chrome: {
  storage: { session: { get(keys: string | null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

/** The built extension. */
export const DIST_DIR = resolve(import.meta.dirname, '..', 'dist');
/** Debian's Chromium; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser with Backstory loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker; `evaluate` there reaches `chrome.action`, `chrome.storage`. */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://ID/path` */
  extensionUrl(path: string): string;
  /**
   * The id of the tab showing `url`, once Backstory's content script has reported it. Read from the
   * background's per-tab state, since `chrome.tabs` shows no URLs without the "tabs" permission.
   */
  tabIdFor(url: string, timeoutMs?: number): Promise<number>;
  /** What the background stored for a tab (read in the service worker), or null. */
  tabState(tabId: number): Promise<TabState | null>;
  /** The toolbar badge text and title for a tab, as the browser shows them. */
  badgeOf(tabId: number): Promise<{ text: string; title: string }>;
  close(): Promise<void>;
}

/** Options for {@link launchWithExtension}. */
export interface LaunchOptions {
  headless?: boolean;
  /** IANA zone the browser believes it is in (the reader's zone); default: the machine's. */
  timeZone?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  /**
   * A user-data directory to use and keep on close (a browser restart reuses it); default a fresh
   * temporary profile, deleted on close.
   */
  profile?: string;
  /** The built extension to load; default `dist/` (benchmarks compare two builds side by side). */
  dist?: string;
  /** More command-line switches for Chromium. */
  extraArgs?: string[];
}

/** Starts Chromium with the extension (in a fresh temporary profile unless `opts.profile`) and waits for Backstory's service worker. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? DIST_DIR;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run \`npm run build\` first.`);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const removeProfile = () => {
    if (!opts.profile) rmSync(profile, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    colorScheme: opts.colorScheme ?? 'light',
    timezoneId: opts.timeZone,
    locale: 'en-GB',
    env: { ...process.env, ...(opts.timeZone ? { TZ: opts.timeZone } : {}) },
    // Playwright turns the back/forward cache off; readers have it on, and the content script must cope.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(opts.extraArgs ?? []),
    ],
  });
  try {
    const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      tabIdFor: (url, timeoutMs = 10_000) => waitForTabId(worker, url, timeoutMs),
      tabState: (tabId) =>
        worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] ?? null) as TabState | null, tabStateKey(tabId)),
      badgeOf: (tabId) =>
        worker.evaluate(async (tabId) => ({
          text: await chrome.action.getBadgeText({ tabId }),
          title: await chrome.action.getTitle({ tabId }),
        }), tabId),
      close: async () => {
        await context.close();
        removeProfile();
      },
    };
  } catch (e) {
    await context.close();
    removeProfile();
    throw e;
  }
}

async function waitForTabId(worker: Worker, url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await worker.evaluate(
      async ([wanted, prefix]) => {
        const items = (await chrome.storage.session.get(null)) as Record<string, { annotation?: { url?: string } }>;
        const hit = Object.entries(items).find(([key, state]) => key.startsWith(prefix) && state.annotation?.url === wanted);
        return hit ? Number(hit[0].slice(prefix.length)) : null;
      },
      [url, TAB_STATE_PREFIX] as const,
    );
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`Backstory has no state for a tab showing ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isOurs(w: Worker): boolean {
  return w.url().startsWith('chrome-extension://') && w.url().endsWith('/service-worker-loader.js');
}
