import { foldWord } from './fold-text';
import { MONTH_NAMES } from './month-names.data';

/** Folded month name → month number, built once from the table on first use. */
let byName: Map<string, number> | null = null;

function monthsByName(): Map<string, number> {
  if (byName) return byName;
  byName = new Map();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((forms, index) => {
      for (const form of forms) {
        const key = foldWord(form);
        // First language wins; the table test guarantees every language agrees anyway.
        if (!byName!.has(key)) byName!.set(key, index + 1);
      }
    });
  }
  return byName;
}

/**
 * The month (1–12) a folded word names in any supported language ("feb", "subat", "февраля",
 * "كانون الثاني"), or null. A trailing dot is ignored, so "févr." and "Feb." match.
 */
export function lookupMonth(foldedWord: string): number | null {
  const word = foldedWord.endsWith('.') ? foldedWord.slice(0, -1) : foldedWord;
  return monthsByName().get(word) ?? null;
}
