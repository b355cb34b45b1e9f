import browser, { type Runtime } from 'webextension-polyfill';
import { annotate } from '../src/core/annotate';
import type { Annotation } from '../src/core/types';
import { errorText, isFromOurExtension, sendToBackground, type Result } from '../src/messages';
import { mountCard, type CardHandle } from './card/mount';
import { CARD_TAG } from './card/tag';

/**
 * Runs in every http(s) page at document idle. `annotate` rejects non-articles cheaply before any
 * extraction, so most pages cost one detector pass; the card is built only for articles.
 */

let card: CardHandle | null = null;
let lastReport: { annotation: Annotation; forced: boolean } | null = null;

async function annotateAndReport(forced: boolean): Promise<Result<null>> {
  let annotation: Annotation;
  try {
    annotation = annotate(document, location.href, { force: forced });
  } catch (e) {
    // An extractor bug on one odd page must not surface as the page's error; the popup will say we did not read it.
    console.debug('Backstory could not read this page:', e);
    return { ok: false, error: `Backstory could not read this page: ${errorText(e)}` };
  }
  if (annotation.isArticle || forced) {
    card?.remove();
    card = mountCard(annotation);
  }
  lastReport = { annotation, forced };
  return sendToBackground('page-annotated', lastReport);
}

// A card left by an earlier copy of this script (the extension was reloaded) would be a duplicate.
document.querySelector(CARD_TAG)?.remove();
void annotateAndReport(false);

// Back/forward cache: the background forgot this tab when it navigated away, and this script does
// not run again on restore, so tell it once more.
window.addEventListener('pageshow', (e) => {
  if (e.persisted && lastReport) void sendToBackground('page-annotated', lastReport);
});

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isFromOurExtension(sender)) return undefined;
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== 'annotate-anyway') return undefined;
  return annotateAndReport(true);
});
