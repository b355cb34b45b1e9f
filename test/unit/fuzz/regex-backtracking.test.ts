import { describe, expect, it } from 'vitest';
import { findRegexLiterals } from './regex-literals';
import { probeRegex } from './redos-probe';

/**
 * Every regular-expression literal in the shipped code is run against adversarial inputs built from its own
 * characters. Page text reaches most of them unbounded (a 1 MB paragraph, a run of 100,000 spaces), so a
 * pattern that backtracks super-linearly is a freeze waiting for the wrong page.
 */

const ROOT = process.cwd();
const SHIPPED = ['src', 'content-scripts', 'popup', 'options'];

/** A literal blows the budget on 8,192 characters only when it backtracks; linear patterns take well under 1 ms there. */
const BUDGET_MS = 15;

/**
 * Patterns that are super-linear in theory but only ever see short strings: the bound is the reason they are
 * safe, so each entry names it. Checked by hand; a new entry needs the same.
 */
const BOUNDED_INPUT: { file: string; source: string; bound: string }[] = [
  {
    file: 'src/core/parties/mentions.ts',
    source: String.raw`(?:\p{Lu}[\p{L}-]*\s+){1,2}$`,
    bound: 'runs on text.slice(start - 40, start): at most 40 characters',
  },
];

describe('regular expressions in shipped code', () => {
  const literals = findRegexLiterals(ROOT, SHIPPED);

  it('finds the literals (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(300);
    const datePatterns = literals.filter((l) => l.file.startsWith('src/core/dates/'));
    expect(datePatterns.length).toBeGreaterThan(10);
  });

  it('none backtracks catastrophically or quadratically on adversarial input', () => {
    const slow: string[] = [];
    for (const lit of literals) {
      if (BOUNDED_INPUT.some((b) => b.file === lit.file && b.source === lit.source)) continue;
      const found = probeRegex(new RegExp(lit.source, lit.flags), BUDGET_MS);
      if (found) {
        slow.push(`${lit.file}:${lit.line} /${lit.source}/${lit.flags} — ${JSON.stringify(found.prefix)} + ${JSON.stringify(found.pump)} × ${found.length}: ${found.ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('every bounded-input exception still exists (stale entries hide nothing)', () => {
    for (const b of BOUNDED_INPUT) {
      expect(literals.some((l) => l.file === b.file && l.source === b.source), `${b.file}: ${b.source}`).toBe(true);
    }
  });
});

describe('the backtracking probe', () => {
  it('catches exponential patterns', () => {
    expect(probeRegex(/^(a+)+$/, BUDGET_MS)).not.toBeNull();
    expect(probeRegex(/(\w|\d)+\s*:/, BUDGET_MS)).not.toBeNull();
  });

  it('catches quadratic trailing-run patterns', () => {
    expect(probeRegex(/\s+$/, BUDGET_MS)).not.toBeNull();
    expect(probeRegex(/[\s,.;:]+$/, BUDGET_MS)).not.toBeNull();
  });

  it('passes linear patterns, including the anchored fix for a trailing run', () => {
    expect(probeRegex(/(?<!\s)\s+$/, BUDGET_MS)).toBeNull();
    expect(probeRegex(/\b\d{1,2}\s+(?:Jan|Feb|Mar)\w*\s+\d{4}\b/i, BUDGET_MS)).toBeNull();
  });
});
