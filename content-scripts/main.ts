import type { Runtime } from 'webextension-polyfill';
import { extensionApi } from '../src/extension-api';
import type { DetailedAnnotation } from '../src/core/add-story-parties';
import { detectArticleSteps } from '../src/core/detect/detect';
import { detectionOnly } from '../src/core/detection-only';
import { errorText, isFromOurExtension, sendToBackground, type HighlightState, type Result } from '../src/messages';
import type { CardHandle } from './card/mount';
import { CARD_TAG } from './card/tag';
import type { Highlighter } from './highlights/highlighter';
import type { HoverCard } from './highlights/hover-card';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSite, type Settings } from '../src/settings/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../src/settings/storage';
import { isPageDismissed, rememberDismissed } from '../src/settings/dismissed-pages';
import { watchPageChanges } from './page-changes';
import { nextTask, runInTasks, timed } from './timing';

/**
 * Runs in every http(s) page at document idle. `annotate` rejects non-articles cheaply before any
 * extraction, so most pages cost one detector pass; the card is built and the tagger loaded only
 * for articles (or when the reader asks).
 */

let card: CardHandle | null = null;
let current: { detailed: DetailedAnnotation; forced: boolean } | null = null;
let highlights: { highlighter: Highlighter; hover: AbortController; card: HoverCard } | null = null;
/** The article-only chunk, once loaded (after the first article annotation). */
let features: typeof import('./article-features') | null = null;
/** The reader asked for highlights before the parties were ready: apply them on arrival. */
let highlightsWanted = false;
let settings: Settings = DEFAULT_SETTINGS;
let settingsReady: Promise<void> | null = null;
/** Never aborted: the watchers live as long as the page (a new document runs a new script). */
const pageLifetime = new AbortController();

/** The readings of the page, one after another (see annotateAndReport). */
let readings: Promise<unknown> = Promise.resolve();

/**
 * Reads the page and reports it. A reading spans several tasks (it pauses between its steps), so a
 * second request (the reader's "annotate anyway", late content, an in-page navigation) waits for the
 * one in progress instead of interleaving with it: the last request is the last to report.
 */
function annotateAndReport(forced: boolean): Promise<Result<null>> {
  const reading = readings.then(() => readPage(forced));
  readings = reading.catch(() => undefined);
  return reading;
}

async function readPage(forced: boolean): Promise<Result<null>> {
  let detailed: DetailedAnnotation;
  try {
    const detection = await runInTasks('detect', detectArticleSteps(document, location.href));
    if (detection.isArticle || forced) {
      const [loaded] = await Promise.all([import('./article-features'), ensureSettings()]);
      features ??= loaded;
      await nextTask();
      const index = await features.indexedPage(document);
      const annotation = await runInTasks('metadata', features.annotateMetadataSteps(document, location.href, forced, detection, index));
      detailed = { annotation, blocks: [], mentions: [] };
    } else {
      detailed = { annotation: detectionOnly(location.href, detection), blocks: [], mentions: [] };
    }
  } catch (e) {
    // An extractor bug on one odd page must not surface as the page's error; the popup will say we did not read it.
    console.debug('Backstory could not read this page:', e);
    return { ok: false, error: `Backstory could not read this page: ${errorText(e)}` };
  }
  const { annotation } = detailed;
  card?.remove();
  card = null;
  if (features && (forced || (annotation.isArticle && (await wantsCard())))) {
    const mount = features.mountCard;
    card = timed('card', () => mount(annotation, cardOptions()));
  }
  clearHighlights();
  current = { detailed, forced };
  const reported = report();
  // Metadata is shown at once; parties and quotes follow when the tagger has loaded (articles only).
  if (annotation.isArticle || forced) void addParties(detailed, forced);
  return reported;
}

async function addParties(from: DetailedAnnotation, forced: boolean): Promise<void> {
  try {
    await nextTask();
    // A newer report (annotate anyway, a new article in a single-page site) supersedes this one.
    if (current?.detailed !== from || !features) return;
    const index = await features.indexedPage(document);
    if (current?.detailed !== from) return;
    const blocks = await runInTasks('blocks', features.articleBlocksSteps(document, from.annotation.headline, undefined, index));
    features.forgetIndexedPage();
    if (current?.detailed !== from) return;
    const asked = performance.now();
    const story = await sendToBackground('read-story', { annotation: from.annotation, blocks: blocks.map(({ kind, text }) => ({ kind, text })) });
    performance.measure('backstory:background-parties', { start: asked, end: performance.now() });
    if (!story.ok) throw new Error(story.error);
    if (current?.detailed !== from) return;
    current = { detailed: { annotation: story.value.annotation, blocks, mentions: story.value.mentions }, forced };
    card?.update(current.detailed.annotation);
    if (highlightsWanted) setHighlights(true, false);
    await report();
  } catch (e) {
    console.debug('Backstory could not read the parties of this page:', e);
  }
}

/** The card shows on articles unless the reader turned it off, hid the site, or dismissed it on this page. */
async function wantsCard(): Promise<boolean> {
  if (!settings.autoShowCard || isSiteDisabled(settings, location.href)) return false;
  return !(await isPageDismissed(location.href).catch(() => false));
}

function cardOptions() {
  return {
    collapsed: settings.cardCollapsed,
    onCollapsedChange: (collapsed: boolean) => void updateSettings({ cardCollapsed: collapsed }).catch(() => undefined),
    onDismiss: () => void rememberDismissed(location.href).catch(() => undefined),
    onShowParty: (name: string) => void showParty(name),
    // Keyboard users reach a highlighted mention's small card by focusing the party's name in the card.
    onFocusParty: (name: string) => {
      const index = current?.detailed.annotation.parties.findIndex((p) => p.name === name) ?? -1;
      if (index >= 0) highlights?.card.showFor(index);
    },
    onHideSite: () => {
      const site = normalizeSite(location.href);
      setHighlights(false);
      if (site) void updateSettings((s) => ({ disabledSites: [...s.disabledSites.filter((x) => x !== site), site] })).catch(() => undefined);
    },
  };
}

/**
 * Reads the reader's settings once, on the first article: a page that is not an article never waits
 * for (or touches) storage before the detector has decided.
 */
function ensureSettings(): Promise<void> {
  settingsReady ??= loadSettings()
    .catch(() => DEFAULT_SETTINGS)
    .then((loaded) => {
      settings = loaded;
      highlightsWanted = loaded.alwaysHighlight && !isSiteDisabled(loaded, location.href);
      onSettingsChanged(applySettings);
    });
  return settingsReady;
}

/** Settings changed in the options page or another tab: hide what the reader turned off. */
function applySettings(next: Settings): void {
  settings = next;
  if (isSiteDisabled(settings, location.href) || !settings.autoShowCard) {
    card?.remove();
    card = null;
  }
  if (isSiteDisabled(settings, location.href)) setHighlights(false);
}

function report(): Promise<Result<null>> {
  if (!current) return Promise.resolve({ ok: true, value: null });
  return sendToBackground('page-annotated', { annotation: current.detailed.annotation, forced: current.forced, highlighted: highlights !== null });
}

/** Turns the party highlights on or off; `notify` reports the new state to the background. */
function setHighlights(on: boolean, notify = true): HighlightState {
  clearHighlights();
  highlightsWanted = on;
  const detailed = current?.detailed;
  // Mentions exist only once the article chunk has loaded; before that the wish is kept for later.
  if (on && detailed && detailed.mentions.length && features) {
    const { mentionRanges, highlightMentions } = features;
    const ranges = timed('highlight-ranges', () => mentionRanges(detailed.blocks, detailed.mentions));
    const hover = new AbortController();
    const highlighter = timed('highlights', () => highlightMentions(ranges, detailed.annotation.parties));
    highlights = { highlighter, hover, card: features.watchHover(ranges, detailed.annotation.parties, hover.signal) };
  }
  if (notify) void report();
  return { on: highlightsWanted, count: highlights?.highlighter.ranges.length ?? 0 };
}

function clearHighlights(): void {
  highlights?.highlighter.clear();
  highlights?.hover.abort();
  highlights = null;
}

/** Scrolls the party's first mention into view. */
function showParty(name: string): boolean {
  const detailed = current?.detailed;
  const index = detailed?.annotation.parties.findIndex((p) => p.name === name) ?? -1;
  if (!detailed || index < 0) return false;
  const first = features?.mentionRanges(detailed.blocks, detailed.mentions.filter((m) => m.party === index))[0];
  const target = first?.range.startContainer.parentElement;
  if (!target) return false;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  return true;
}

// A card left by an earlier copy of this script (the extension was reloaded) would be a duplicate.
document.querySelector(CARD_TAG)?.remove();
void (async () => {
  await annotateAndReport(false);
  // Single-page sites change article without a new document; some render the body after load.
  watchPageChanges((change) => {
    // Late content on a page already read as an article with parties changes nothing worth a re-read.
    if (change === 'content-arrived' && current?.detailed.annotation.isArticle && current.detailed.mentions.length) return;
    void annotateAndReport(change === 'content-arrived' ? (current?.forced ?? false) : false);
  }, pageLifetime.signal);
})();

// Back/forward cache: the background forgot this tab when it navigated away, and this script does
// not run again on restore, so tell it once more.
window.addEventListener('pageshow', (e) => {
  if (e.persisted && current) void report();
});

// The browser's own API here (see extension-api.ts): an asynchronous reply goes through
// `sendResponse` with `true` returned, which Chromium and Firefox both honour.
// (The typings allow only `true` from such a listener; `undefined` says "not for us" to both browsers.)
extensionApi().runtime.onMessage.addListener(((msg: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
  const reply = answer(msg, sender);
  if (!reply) return undefined;
  reply.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: errorText(e) }));
  return true;
}) as Runtime.OnMessageListenerCallback);

/** The reply to a message from our extension, or undefined when the message is not for us. */
function answer(msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  if (!isFromOurExtension(sender)) return undefined;
  if (typeof msg !== 'object' || msg === null) return undefined;
  const m = msg as { type?: unknown; on?: unknown; name?: unknown };
  switch (m.type) {
    case 'annotate-anyway':
      return annotateAndReport(true);
    case 'set-highlights':
      return Promise.resolve(ok(setHighlights(m.on === true)));
    case 'toggle-highlights':
      return Promise.resolve(ok(setHighlights(!highlightsWanted)));
    case 'show-party':
      return Promise.resolve(ok(typeof m.name === 'string' && showParty(m.name)));
    default:
      return undefined;
  }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
