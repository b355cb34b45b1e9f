import { MONTH_NAMES } from './month-names.data';
import { foldDateText } from './date-parts';
import { escapeRegExp } from '../metadata/credit-patterns';

let monthByName: Map<string, number> | null = null;
let monthAlternation = '';

function build() {
  monthByName = new Map();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((names, i) => {
      for (const n of names) {
        const f = foldDateText(n);
        if (!monthByName!.has(f)) monthByName!.set(f, i + 1);
      }
    });
  }
  monthAlternation = [...monthByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** The month (1–12) a folded month name or abbreviation stands for, in any supported language. */
export function monthFromName(folded: string): number | null {
  if (!monthByName) build();
  return monthByName!.get(folded.replace(/\.$/, '')) ?? null;
}

/** A regex alternation of every folded month name, longest first (built once, on first use). */
export function monthPattern(): string {
  if (!monthByName) build();
  return monthAlternation;
}
