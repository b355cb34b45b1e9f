import nlp from 'compromise';

interface Match {
  offset: { start: number; length: number };
}

/**
 * compromise 14.17.0 as a CoNLL tagger, for comparison: each document's tokens are joined by spaces (one
 * line per sentence), and its people(), organizations() and places() become PER, ORG and LOC spans over
 * the tokens they overlap. compromise has no MISC, so it never predicts MISC. Earlier types win overlaps.
 */
export function compromiseTags(sentences: string[][]): string[][] {
  const starts: number[] = [];
  const owner: [sentence: number, token: number][] = [];
  let text = '';
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      starts.push(text.length);
      owner.push([s, i]);
      text += word + (i + 1 < words.length ? ' ' : '\n');
    });
  });
  const tags = sentences.map((words) => words.map(() => 'O'));
  const doc = nlp(text);
  const views: [string, { json(options: object): Match[] }][] = [
    ['PER', doc.people()],
    ['ORG', doc.organizations()],
    ['LOC', doc.places()],
  ];
  for (const [label, view] of views) {
    for (const { offset } of view.json({ offset: true })) {
      const first = tokenAt(starts, offset.start);
      const last = tokenAt(starts, offset.start + Math.max(offset.length, 1) - 1);
      if (owner[first][0] !== owner[last][0]) continue;
      const covered = owner.slice(first, last + 1);
      if (covered.some(([s, i]) => tags[s][i] !== 'O')) continue;
      covered.forEach(([s, i], k) => (tags[s][i] = `${k === 0 ? 'B' : 'I'}-${label}`));
    }
  }
  return tags;
}

/** Index of the token whose text contains character `char`. */
function tokenAt(starts: number[], char: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= char) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
