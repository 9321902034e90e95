/**
 * Runs every `test/bench/*.bench.ts` module's exported `cases`, each next to
 * its floor measured in the same run, after a warm-up, and reports the median of several runs
 * as JSON lines (stdout), a table (stderr) and test/bench/RESULTS.md.
 *
 * A case is tiny on purpose so every helper can add one (types in ./case.ts):
 *   export const cases: BenchCase[] = [{ name, floorName, run, floor, target }];
 * `run()` and `floor()` each time their own work and resolve to milliseconds;
 * `target` is the largest acceptable run/floor ratio (or `limit`, an absolute
 * ceiling); `unit` and `once` for figures that are not times. A module may
 * export `teardown()` to stop what its cases started (a browser).
 *
 *   npm run bench                 build (Chrome), then all cases
 *   (npx tsx test/bench/run.ts [filter] measures the build already in $PASSERELLE_OUT)
 *   npm run bench -- reconcile    cases whose name contains "reconcile"
 *   BENCH_RUNS=9 npm run bench    more runs per case (default 5)
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, type BenchCase, type BenchResult } from './case';

export async function measure(c: BenchCase, requestedRuns: number): Promise<BenchResult> {
  const runs = c.once ? 1 : requestedRuns;
  // Unmeasured rounds until both sides run warm (lazy setup, then the JIT's
  // optimising tiers, which take a few dozen calls): at least 3 rounds and
  // 1 s, at most 30 rounds.
  const warmStart = performance.now();
  for (let i = 0; !c.once && i < 30 && (i < 3 || performance.now() - warmStart < 1000); i++) {
    await c.floor();
    await c.run();
  }
  const ms: number[] = [];
  const floorMs: number[] = [];
  // Interleaved, so drift on a busy machine hits both sides alike.
  for (let i = 0; i < runs; i++) {
    floorMs.push(await c.floor());
    ms.push(await c.run());
  }
  const m = median(ms);
  const f = median(floorMs);
  const ratio = f > 0 ? m / f : m === 0 ? 0 : Number.POSITIVE_INFINITY;
  return {
    name: c.name,
    ms: round(m),
    floorName: c.floorName,
    floorMs: round(f),
    ratio: round(ratio),
    target: c.target,
    pass: c.limit !== undefined ? m <= c.limit : ratio <= c.target,
    runs,
    unit: c.unit ?? 'ms',
    ...(c.limit !== undefined ? { limit: c.limit } : {}),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

function table(results: BenchResult[]): string {
  const head = '| case | value | floor | floor value | ratio | target | |\n|---|---:|---|---:|---:|---:|---|';
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.ms} ${r.unit} | ${r.floorName} | ${r.floorMs} ${r.unit} | ${r.ratio}× | ${r.limit !== undefined ? `≤ ${r.limit} ${r.unit}` : Number.isFinite(r.target) ? `≤ ${r.target}×` : '—'} | ${r.pass ? 'ok' : 'OVER'} |`,
  );
  return [head, ...rows].join('\n');
}

async function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const filter = process.argv[2] ?? '';
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { cases?: BenchCase[]; teardown?: () => Promise<void> };
    try {
      for (const c of mod.cases ?? []) {
        if (filter && !c.name.includes(filter)) continue;
        const r = await measure(c, runs);
        results.push(r);
        // JSON has no Infinity: an informational case (no target) reports null.
        process.stdout.write(`${JSON.stringify({ file, ...r, target: Number.isFinite(r.target) ? r.target : null })}\n`);
      }
    } finally {
      // A module that started something (a browser) stops it here.
      await mod.teardown?.();
    }
  }
  // The load average says how busy the machine was: ratios hold up better than times on a busy machine.
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`;
  const md = `# Benchmark results\n\n${new Date().toISOString()} — ${machine}; median of ${runs} runs, each next to its floor measured in the same run.\n\n${table(results)}\n\nRun \`npm run bench\` to refresh this file.\n`;
  process.stderr.write(`\n${table(results)}\n`);
  if (!filter) writeFileSync(join(here, 'RESULTS.md'), md);
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
