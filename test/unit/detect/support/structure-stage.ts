import { bodySignals } from '../../../../src/core/detect/body-signals';
import { scanPage } from '../../../../src/core/detect/page-scan';
import { structureSignals, type Signal } from '../../../../src/core/detect/signals';
import { analyzeText, siteOf } from '../../../../src/core/detect/text-blocks';

/**
 * What the detector's structure and text stage really adds to a page's score, run in full whatever the
 * metadata says: its signals' weights, with the teaser group's (all negative, only ever scaled
 * towards 0 by the group cap) counted as 0, and the "no article marks" penalty left out, so the
 * figure is the most the stage can add on this page.
 */
export function structureStageSum(doc: Document, url: string): { sum: number; signals: Signal[] } {
  const scan = scanPage(doc, siteOf(url));
  const signals: Signal[] = [];
  structureSignals(scan, signals);
  bodySignals(doc, url, scan, analyzeText(doc, url, scan), { articleMarks: true }, signals);
  const sum = signals.filter((s) => s.group !== 'teasers').reduce((a, s) => a + s.weight, 0);
  return { sum, signals };
}
