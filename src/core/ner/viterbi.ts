import { allowedTransition, TAG_COUNT } from './labels';

const T = TAG_COUNT;

/** For each tag, the tags allowed right before it (-1: it may start a sentence), from the IOB2 rules. */
const PREVIOUS: readonly Int8Array[] = Array.from({ length: T }, (_, next) =>
  Int8Array.from(Array.from({ length: T }, (_, prev) => prev).filter((prev) => allowedTransition(prev, next))),
);

/**
 * Best tag sequence under emission scores (`n × T`) and transition scores (`(T + 1) × T`, row 0 the
 * sentence start, row p + 1 after tag p), restricted to valid IOB2: an I- tag only continues its own
 * label, whatever the weights say.
 */
export function viterbi(emissions: Float32Array | Float64Array, transitions: Float32Array | Float64Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowedTransition(-1, t) ? transitions[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let t = 0; t < T; t++) {
      const previous = PREVIOUS[t];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < previous.length; k++) {
        const p = previous[k];
        const s = score[prevRow + p] + transitions[(p + 1) * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emissions[row + t];
      back[row + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
