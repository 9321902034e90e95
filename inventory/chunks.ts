/**
 * Long work as generators that yield their progress (0…1) every so often:
 * `runAtOnce` drives one straight through (tests, benchmarks); `runInChunks`
 * gives the browser a turn between chunks so the panel stays responsive.
 */
export function runAtOnce<T>(steps: Generator<number, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Gives the page a turn: `scheduler.yield()` where it exists, a macrotask elsewhere. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runInChunks<T>(
  steps: Generator<number, T>,
  onProgress: (fraction: number) => void,
  pause: () => Promise<void> = yieldToMain,
): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) {
      onProgress(1);
      return next.value;
    }
    onProgress(next.value);
    await pause();
  }
}
