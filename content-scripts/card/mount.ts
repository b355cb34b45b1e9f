import type { Annotation } from '../../src/core/types';
import css from './card.css?inline';
import { renderCard, renderPill } from './card-view';
import { CARD_TAG } from './tag';

/** Below this width the card starts as a pill, so it does not cover the article's heading. */
const NARROW = '(max-width: 720px)';

/** A mounted card. */
export interface CardHandle {
  /** Removes the card and every listener it added to the page. */
  remove(): void;
  /** Shows a newer annotation of the same page (parties arrive after metadata), keeping collapsed state. */
  update(annotation: Annotation): void;
}

/**
 * Shows the card for `annotation` in a shadow root at the top right of the page. The page's CSS
 * cannot reach inside; `:host` rules in card.css defend the host element itself. The element is
 * not registered with customElements (which content scripts cannot use in Chrome); a valid custom
 * element name is all `attachShadow` needs.
 */
/** How the card starts and what it tells its owner. */
export interface CardOptions {
  /** Start collapsed (the reader's remembered choice); narrow windows always start collapsed. */
  collapsed?: boolean;
  /** The reader collapsed or expanded the card (remembered for the next article). */
  onCollapsedChange?(collapsed: boolean): void;
  /** The reader dismissed the card (remembered for this page). */
  onDismiss?(): void;
  /** The reader chose "Hide on this site". */
  onHideSite?(): void;
  /** The reader clicked a party's name. */
  onShowParty?(name: string): void;
  /** A party's name got keyboard focus. */
  onFocusParty?(name: string): void;
}

export function mountCard(initial: Annotation, options: CardOptions = {}): CardHandle {
  let annotation = initial;
  const host = document.createElement(CARD_TAG);
  // Open so tests and assistive tools can read it; it shows only what the page itself says.
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const slot = document.createElement('div');
  root.append(style, slot);

  const aborter = new AbortController();
  const { signal } = aborter;
  const narrow = window.matchMedia(NARROW);
  let collapsed = narrow.matches || options.collapsed === true;

  const remove = () => {
    aborter.abort();
    host.remove();
  };
  const actions = {
    dismiss: () => {
      remove();
      options.onDismiss?.();
    },
    collapse: () => {
      show(true, '.pill');
      options.onCollapsedChange?.(true);
    },
    expand: () => {
      show(false, '.close');
      options.onCollapsedChange?.(false);
    },
    hideSite: () => {
      remove();
      options.onHideSite?.();
    },
    showParty: (name: string) => options.onShowParty?.(name),
    focusParty: (name: string) => options.onFocusParty?.(name),
  };
  /** Re-renders; relative times ("3 h ago") are recomputed each time. */
  function show(nextCollapsed: boolean, focusSelector?: string) {
    collapsed = nextCollapsed;
    slot.replaceChildren(collapsed ? renderPill(annotation, actions) : renderCard(annotation, actions));
    if (focusSelector) root.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  narrow.addEventListener('change', () => show(narrow.matches), { signal });
  document.addEventListener(
    'keydown',
    (e) => {
      // Leave Esc to the page when something there (a dialog, a menu) already handled it.
      if (e.key === 'Escape' && !e.defaultPrevented) actions.dismiss();
    },
    { signal },
  );
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && show(collapsed), { signal });

  show(collapsed);
  document.documentElement.append(host);
  return {
    remove,
    update(next) {
      annotation = next;
      // Keep focus where the reader had it: re-render without moving it.
      show(collapsed);
    },
  };
}
