/**
 * The benchmark case API (see run.ts). Kept apart from the runner so bench
 * modules can import it without importing the runner itself.
 */
export interface BenchCase {
  name: string;
  floorName: string;
  run(): Promise<number>;
  floor(): Promise<number>;
  /** Largest acceptable run/floor ratio; Infinity for a figure reported without a target. */
  target: number;
}

export interface BenchResult {
  name: string;
  ms: number;
  floorName: string;
  floorMs: number;
  ratio: number;
  target: number;
  pass: boolean;
  runs: number;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Times `fn` in milliseconds; for cases whose work is a synchronous or async call. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

