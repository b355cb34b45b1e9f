/**
 * The first implementation of `weightedLength` (a loop over the characters), kept as the reference
 * the faster one must agree with.
 */
export function weightedLengthOracle(raw: string, maxChars = 5000): number {
  const s = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
  let n = 0;
  let cjk = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) n++;
      space = true;
      continue;
    }
    space = false;
    n++;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
  }
  if (space && n > 0) n--;
  return n + cjk * 1.5;
}
