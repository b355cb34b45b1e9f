import type { Party } from '../../src/core/types';
import { el, pageText } from '../card/dom';
import css from './hover-card.css?inline';
import type { MentionRange } from './mention-ranges';

export const HOVER_CARD_TAG = 'backstory-hovercard';

const TYPE_LABELS = { person: 'Person', organization: 'Organisation', place: 'Place' } as const;
const HIDE_DELAY_MS = 250;

/** Shows the small card on request: keyboard users reach a mention through the party's name in the card. */
export interface HoverCard {
  /** Shows the card at the party's first highlighted mention (scrolled into view); false when it has none. */
  showFor(party: number): boolean;
}

/**
 * Shows a small card (name, type, role, mentions, a link to read about the party) while the pointer
 * rests on a highlighted mention, and while it is over the card itself so its link can be clicked.
 * Listeners are tied to `signal`: aborting it removes them and the card.
 */
export function watchHover(ranges: readonly MentionRange[], parties: readonly Party[], signal: AbortSignal): HoverCard {
  const host = document.createElement(HOVER_CARD_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  let shown: number | null = null;
  let hideTimer = 0;
  let frame = 0;
  let overCard = false;

  const hide = () => {
    shown = null;
    host.remove();
  };
  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => !overCard && hide(), HIDE_DELAY_MS);
  };
  host.addEventListener('pointerenter', () => (overCard = true));
  host.addEventListener('pointerleave', () => {
    overCard = false;
    scheduleHide();
  });

  /** A card shown on request survives the scroll that brought its mention into view. */
  let keepUntil = 0;
  const place = (party: number, rect: DOMRect) => {
    shown = party;
    root.replaceChildren(style, renderHover(parties[party]));
    host.style.setProperty('left', `${Math.max(4, Math.min(rect.left, innerWidth - 270))}px`, 'important');
    host.style.setProperty('top', `${rect.bottom + 6 + 120 > innerHeight ? Math.max(4, rect.top - 126) : rect.bottom + 6}px`, 'important');
    document.documentElement.append(host);
  };
  const onMove = (x: number, y: number) => {
    const hit = rangeAt(ranges, x, y);
    if (!hit) {
      if (shown !== null && performance.now() > keepUntil) scheduleHide();
      return;
    }
    clearTimeout(hideTimer);
    if (shown === hit.party && host.isConnected) return;
    place(hit.party, hit.rect);
  };
  document.addEventListener(
    'mousemove',
    (e) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onMove(e.clientX, e.clientY));
    },
    { passive: true, signal },
  );
  document.addEventListener('scroll', () => performance.now() > keepUntil && hide(), { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(hideTimer);
    hide();
  });
  return {
    showFor(party) {
      const first = ranges.find((r) => r.party === party);
      if (!first || signal.aborted) return false;
      keepUntil = performance.now() + 600;
      first.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
      clearTimeout(hideTimer);
      place(party, first.range.getBoundingClientRect());
      return true;
    },
  };
}

/** The mention under the point, by its client rectangles (a caret position alone would match nearby text). */
function rangeAt(ranges: readonly MentionRange[], x: number, y: number): { party: number; rect: DOMRect } | null {
  for (const r of ranges) {
    for (const rect of r.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { party: r.party, rect };
    }
  }
  return null;
}

function renderHover(p: Party): HTMLElement {
  const wiki = `https://en.wikipedia.org/wiki/Special:Search?search=${encodeURIComponent(p.name)}`;
  return el(
    'div',
    { class: 'hover', role: 'tooltip' },
    el('p', { class: 'name' }, pageText(p.name)),
    el('p', { class: 'type' }, TYPE_LABELS[p.type] + (p.parent ? ` · part of ${p.parent}` : '')),
    p.role ? el('p', { class: 'role' }, p.role) : null,
    el('p', { class: 'meta' }, `${p.mentions} ${p.mentions === 1 ? 'mention' : 'mentions'} in this article`),
    el('a', { href: wiki, target: '_blank', rel: 'noreferrer noopener' }, 'Look up on Wikipedia'),
  );
}
