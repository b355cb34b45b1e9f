/**
 * Long extractions are written as generators that `yield` between their steps, so the content script
 * can give the page its main thread back in between (see content-scripts/timing.ts `runInTasks`),
 * while the CLI and tests run the same steps in one go.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
