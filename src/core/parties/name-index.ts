/**
 * Names filed under their shorter forms, so finding the longer names a short one may stand for reads
 * one list instead of comparing every pair of names: a page with thousands of distinct names would
 * otherwise take seconds (see `mergeMentions`).
 */
export class ShorterFormIndex {
  private readonly byForm = new Map<string, number[]>();

  /** Files item `i` (0 … count-1) under each form `formsOf(i)` gives. */
  constructor(count: number, formsOf: (i: number) => Iterable<string>) {
    for (let i = 0; i < count; i++) {
      for (const form of formsOf(i)) {
        const list = this.byForm.get(form);
        if (!list) this.byForm.set(form, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  /** The items filed under `form`, in ascending order. */
  itemsFor(form: string): readonly number[] {
    return this.byForm.get(form) ?? [];
  }
}

/** Every run of words at the start or the end of a name, shorter than the name ("UN Security Council" → "UN", "UN Security", "Council", "Security Council"). */
export function* leadingAndTrailingRuns(tokens: readonly string[]): Generator<string> {
  for (let k = 1; k < tokens.length; k++) {
    yield tokens.slice(0, k).join(' ');
    yield tokens.slice(tokens.length - k).join(' ');
  }
}
