import browser from 'webextension-polyfill';
import type { TabState } from '../messages';
import { leadOutlet } from '../ui/outlets';

/** What the toolbar button shows for one tab. */
export interface BadgeLook {
  text: string;
  title: string;
}

/** The default look, for tabs Backstory has nothing to say about. */
export const IDLE_BADGE: BadgeLook = { text: '', title: 'Backstory' };

const BADGE_COLOR = '#1d4f91';
/** Chrome shows about four characters; longer codes get the neutral mark instead. */
const MAX_CODE_LENGTH = 4;

/**
 * The badge for a tab: the lead agency's short code ("AA", "AFP") or "✓" on an article, nothing on
 * other pages. The title says in words what the badge abbreviates.
 */
export function badgeFor(state: TabState | null): BadgeLook {
  if (!state) return IDLE_BADGE;
  const a = state.annotation;
  if (!a.isArticle && !state.forced) return { text: '', title: 'Backstory: not a news article' };
  const lead = leadOutlet(a);
  const code = lead?.role === 'agency' ? (lead.outlet.shortName ?? lead.outlet.name) : '';
  const text = code && code.length <= MAX_CODE_LENGTH ? code : '✓';
  const title = !lead
    ? 'Backstory: news article'
    : lead.role === 'agency'
      ? `Backstory: ${lead.outlet.name} article`
      : `Backstory: article from ${lead.outlet.name}`;
  return { text, title: state.forced && !a.isArticle ? `${title} (annotated on request)` : title };
}

/** Applies the badge for `state` to tab `tabId`. */
export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const look = badgeFor(state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setTitle({ tabId, title: look.title }),
    look.text ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }) : undefined,
  ]);
}
