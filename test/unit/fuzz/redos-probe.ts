/**
 * Catastrophic-backtracking probe for one regular expression: pumps strings built from the pattern's own
 * characters (a run of them, then a character that makes the match fail) at growing lengths and reports the
 * first input that takes longer than the budget. Linear patterns stay far below the budget even at 8,192
 * characters; exponential ones blow up within a few dozen, quadratic ones by a few thousand.
 */

/** Inputs that made a pattern slow. */
export interface SlowInput {
  pump: string;
  prefix: string;
  length: number;
  ms: number;
}

const GENERIC_UNITS = [' ', 'a', 'A', '1', '.', ',', '-', ':', '\u00a0', '\n', 'é'];
const FAILING_TAILS = ['\u0000', '!'];
const LENGTHS = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 128, 256, 512, 1024, 2048, 4096, 8192];

/** The first slow input for `re`, or null when none exceeded `budgetMs`. */
export function probeRegex(re: RegExp, budgetMs: number, maxUnits = 10): SlowInput | null {
  const units = pumpUnits(re.source, maxUnits);
  const prefixes = ['', leadingLiteral(re.source), ...innerWords(re.source)].filter((p, i, all) => all.indexOf(p) === i);
  const pumps = [...units];
  for (let i = 0; i < units.length; i++) for (let j = i + 1; j < units.length; j++) pumps.push(units[i] + units[j]);
  for (const prefix of prefixes) {
    for (const pump of pumps) {
      for (const tail of FAILING_TAILS) {
        const slow = pumpUntilSlow(re, prefix, pump, tail, budgetMs);
        if (slow) return slow;
      }
    }
  }
  return null;
}

function pumpUntilSlow(re: RegExp, prefix: string, pump: string, tail: string, budgetMs: number): SlowInput | null {
  for (const length of LENGTHS) {
    const input = prefix + pump.repeat(Math.ceil(length / pump.length)) + tail;
    const ms = timeExec(re, input);
    // A scheduler hiccup is not backtracking: confirm with the fastest of three runs.
    if (ms > budgetMs && Math.min(ms, timeExec(re, input), timeExec(re, input)) > budgetMs) {
      return { pump, prefix, length, ms };
    }
  }
  return null;
}

function timeExec(re: RegExp, input: string): number {
  re.lastIndex = 0;
  const t0 = performance.now();
  re.exec(input);
  return performance.now() - t0;
}

/** Characters the pattern can match: its literals, one member of each class and escape, and a few generic ones. */
export function pumpUnits(source: string, max: number): string[] {
  const units: string[] = [];
  const add = (c: string) => {
    if (c && !units.includes(c)) units.push(c);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i++;
      if (e === 's') add(' ');
      else if (e === 'd') add('1');
      else if (e === 'w' || e === 'S' || e === 'D') add('a');
      else if (e === 'W') add('.');
      else if (e === 'p' || e === 'P') {
        add('A');
        add('é');
        i = source.indexOf('}', i);
        if (i < 0) break;
      } else if (e === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i);
        add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16) || 0x61));
        i = close;
      } else if (e === 'u') {
        add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16) || 0x61));
        i += 4;
      } else if (e === 'x') {
        add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16) || 0x61));
        i += 2;
      } else if (e === 'n') add('\n');
      else if (e === 't') add('\t');
      else if (!/[bBkcr0-9]/.test(e)) add(e);
    } else if (!'()[]{}|^$?*+'.includes(c)) {
      add(c === '.' ? 'a' : c);
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      if (close > i && /^\{\d*,?\d*\}$/.test(source.slice(i, close + 1))) i = close;
    }
  }
  for (const g of GENERIC_UNITS) add(g);
  return units.slice(0, max + GENERIC_UNITS.length).filter((u, i) => i < max || GENERIC_UNITS.includes(u));
}

/** The literal text the pattern starts with (after `^`), so anchored patterns get past their opening. */
function leadingLiteral(source: string): string {
  const m = /^\^?((?:[^\\()[\]{}|^$?*+.]|\\[^bBdDsSwWpPuxkc0-9])*)/.exec(source);
  const lit = (m?.[1] ?? '').replace(/\\(.)/g, '$1');
  // The last literal may carry a quantifier (`ab?`); dropping it keeps the prefix matchable.
  return /[?*+{]/.test(source.charAt(m?.[0].length ?? 0)) ? lit.slice(0, -1) : lit;
}

/** A few words spelled out inside the pattern ("copyright", "source"), so the parts after a keyword get pumped too. */
function innerWords(source: string): string[] {
  const words = source.match(/(?<![\\\p{L}])\p{L}{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, 3).map((w) => w + ' ');
}
