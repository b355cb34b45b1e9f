/** Why the page should be read again. */
export type PageChange = 'navigated' | 'content-arrived';

/** How long after load or a navigation late content is watched for. */
const LATE_CONTENT_WINDOW_MS = 30_000;
/** Quiet time after the last change before reading again: single-page sites render in bursts. */
const SETTLE_MS = 700;
/** Text growth that counts as new content (a body arriving), not a widget or an ad. */
const MIN_NEW_TEXT = 600;
const URL_POLL_MS = 1_000;
/** At most one decision per this interval: pages mutate constantly (ads, tickers). */
const TEXT_CHECK_MS = 300;

/**
 * Calls `onChange` when a single-page site moves to another address (pushState, back/forward, a
 * "#/route") or when a large amount of text arrives after load (an article body rendered late).
 * Debounced; the mutation observer runs only for a while after each load or navigation and is
 * disconnected after; everything stops when `signal` aborts, so long sessions do not leak.
 */
export function watchPageChanges(onChange: (change: PageChange) => void, signal: AbortSignal): void {
  let lastUrl = routeOf(location.href);
  let settleTimer = 0;
  let pending: PageChange | null = null;
  let observer: MutationObserver | null = null;
  let windowTimer = 0;
  /**
   * Text added to the page since the last reading, net of text removed, counted from the mutations
   * themselves: measuring the whole body's text instead cost a 10 MB string per check on big pages.
   */
  let grown = 0;

  const fire = (change: PageChange) => {
    // A navigation outranks late content: both mean "read again", but say why.
    pending = pending === 'navigated' ? pending : change;
    clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      const why = pending!;
      pending = null;
      grown = 0;
      onChange(why);
    }, SETTLE_MS);
  };

  const watchLateContent = () => {
    observer?.disconnect();
    clearTimeout(windowTimer);
    grown = 0;
    let checkTimer = 0;
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) grown += node.textContent?.length ?? 0;
        for (const node of record.removedNodes) grown -= node.textContent?.length ?? 0;
      }
      if (checkTimer) return;
      checkTimer = window.setTimeout(() => {
        checkTimer = 0;
        if (grown >= MIN_NEW_TEXT) fire('content-arrived');
      }, TEXT_CHECK_MS);
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true });
    windowTimer = window.setTimeout(() => observer?.disconnect(), LATE_CONTENT_WINDOW_MS);
  };

  const checkUrl = () => {
    const now = routeOf(location.href);
    if (now === lastUrl) return;
    lastUrl = now;
    watchLateContent();
    fire('navigated');
  };

  // The Navigation API reports the page's own pushState calls to this isolated world too; where it
  // is missing, popstate/hashchange and a cheap poll catch the rest.
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', checkUrl, { signal });
  window.addEventListener('popstate', checkUrl, { signal });
  window.addEventListener('hashchange', checkUrl, { signal });
  const poll = nav ? 0 : window.setInterval(checkUrl, URL_POLL_MS);

  watchLateContent();
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearTimeout(settleTimer);
    clearTimeout(windowTimer);
    clearInterval(poll);
  });
}

/**
 * The part of an address that names a page: a plain "#section" anchor is the same page, a
 * "#/route" or "#!route" of a hash-routed site is not.
 */
export function routeOf(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  const fragment = url.slice(hash + 1);
  return /^[/!]/.test(fragment) ? url : url.slice(0, hash);
}
