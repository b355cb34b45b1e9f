/**
 * Stage timings and breaks for the content script. Each stage leaves a `backstory:<stage>` measure in
 * the page's performance timeline (DevTools shows it; `npm run bench:browser` reads it), and the work
 * between stages gives the page its main thread back, so no single task of ours runs long.
 */

/** Runs `fn` and records how long it took as the measure `backstory:<stage>`. */
export function timed<T>(stage: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`backstory:${stage}`, { start, end: performance.now() });
    } catch {
      // An old engine without measure options: the timing is for benchmarks only.
    }
  }
}

interface Yielding {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so input and rendering waiting on the page run first. `scheduler.yield()`
 * keeps our place at the front of the queue where the browser has it; elsewhere a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Yielding }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs an extraction written as steps (see src/core/steps.ts) one step per task, each step timed as
 * `backstory:<stage>`, and resolves to its result.
 */
export async function runInTasks<T>(stage: string, steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = timed(stage, () => steps.next());
    if (step.done) return step.value;
    await nextTask();
  }
}
