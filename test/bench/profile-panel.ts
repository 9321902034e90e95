/**
 * Where the side panel's first assistant message spends its time: loads the
 * page in Chromium under a DevTools trace, several times (after two unmeasured
 * loads), and prints for each load the resources requested and received, the
 * page's main-thread work and its performance marks, up to the message, then
 * one summary line (HTML parsed, last resource in, first module evaluated,
 * message). With CPU=1, also the main thread's sampled self time by function.
 *
 *   PASSERELLE_OUT=.output/x npx tsx test/bench/profile-panel.ts [runs] [page]
 *
 * `page` is sidepanel.html (default) or blank.html, the floor (measured to its
 * load event end). Tracing slows the page: compare loads with each other, and
 * builds with compare-panel.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../harness/paths';
import { FLOOR_PAGE, copyBuildWithFloor, firstMessageAt, launchBenchChromium, navigationTiming, watchFirstMessage } from './panel-page';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: any;
}

const runs = Number(process.argv[2] ?? 5);
const path = process.argv[3] ?? 'sidepanel.html';
const floorPage = path === FLOOR_PAGE;
const cpu = process.env.CPU === '1';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing', 'v8', 'v8.execute', 'toplevel'];
/** Main-thread events worth a line (when they last 0.3 ms or more). */
const WORK = /^(ParseHTML|ParseAuthorStyleSheet|EvaluateScript|v8\.(compile|compileModule|evaluateModule|run)|RunMicrotasks|FunctionCall|TimerFire|UpdateLayoutTree|Layout|MinorGC|MajorGC)$/;

const tmp = mkdtempSync(join(tmpdir(), 'passerelle-profile-'));
const root = join(tmp, 'chrome-mv3');
copyBuildWithFloor(extensionDir('chromium'), root);
const browser = await launchBenchChromium(tmp, { extensions: true });
const file = (url: unknown) => String(url ?? '').split('/').pop();

try {
  const id = await browser.installExtension(root);
  for (let i = -2; i < runs; i++) {
    const page = await browser.newPage();
    if (!floorPage) await watchFirstMessage(page);
    if (i >= 0) await page.tracing.start({ categories: [...CATEGORIES, ...(cpu ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
    await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load' });
    const nav = await navigationTiming(page);
    const end = floorPage ? nav.loadEventEnd : await firstMessageAt(page);
    if (i < 0) {
      await page.close();
      continue;
    }
    const events = (JSON.parse(Buffer.from((await page.tracing.stop())!).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    await page.close();

    // The page's renderer main thread, and its time origin (navigation start).
    const origin = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith(path));
    if (!origin) throw new Error('No navigationStart for the page in the trace');
    const main = events.find((e) => e.name === 'thread_name' && e.pid === origin.pid && e.args?.name === 'CrRendererMain');
    const t0 = origin.ts;
    const stop = t0 + end * 1000;
    const at = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(6);
    const inPage = events.filter((e) => e.pid === origin.pid && e.ts >= t0 && e.ts <= stop);

    const lines: [number, string][] = [];
    for (const e of inPage) {
      const data = e.args?.data ?? {};
      if (e.name === 'ResourceSendRequest') lines.push([e.ts, `${at(e.ts)}          request ${file(data.url)}`]);
      else if (e.name === 'ResourceFinish') lines.push([e.ts, `${at(e.ts)}          received (${data.requestId})`]);
      else if (e.cat === 'blink.user_timing' && e.ph !== 'X') lines.push([e.ts, `${at(e.ts)}          mark ${e.name}`]);
      else if (e.tid === main?.tid && e.ph === 'X' && (e.dur ?? 0) >= 300 && WORK.test(e.name)) {
        lines.push([e.ts, `${at(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms ${e.name} ${file(data.url ?? data.functionName ?? e.args?.fileName)}`]);
      }
    }
    console.log(`\nload ${i + 1}: ${floorPage ? 'load event end' : 'first message'} at ${end.toFixed(1)} ms`);
    for (const [, line] of lines.sort((a, b) => a[0] - b[0])) console.log(line);

    const received = inPage.filter((e) => e.name === 'ResourceFinish').map((e) => e.ts);
    const evaluated = inPage.filter((e) => e.name === 'v8.evaluateModule' && e.tid === main?.tid).map((e) => e.ts);
    const first = (xs: number[], pick: (...n: number[]) => number) => (xs.length ? at(pick(...xs)).trim() : '-');
    console.log(
      `  summary: parsed ${nav.domInteractive.toFixed(1)}, last resource in ${first(received, Math.max)}, first module evaluated ${first(evaluated, Math.min)}, end ${end.toFixed(1)}`,
    );
    if (cpu) printSelfTime(inPage, main?.tid, evaluated.length ? Math.min(...evaluated) : t0, stop);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}

/** The sampled self time of the main thread's functions between `from` and `to` (trace clock), top 15. */
function printSelfTime(events: TraceEvent[], tid: number | undefined, from: number, to: number) {
  const nodes = new Map<number, string>();
  const self = new Map<string, number>();
  let ts = 0;
  for (const e of events) {
    if (e.tid !== tid && e.name !== 'ProfileChunk') continue;
    if (e.name === 'Profile') ts = e.args.data.startTime;
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args.data.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(n.id, `${n.callFrame.functionName || '(anonymous)'} ${file(n.callFrame.url)}`);
    const deltas: number[] = e.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node: number, k: number) => {
      const dt = deltas[k] ?? 0;
      ts += dt;
      const name = nodes.get(node);
      if (name && ts >= from && ts <= to) self.set(name, (self.get(name) ?? 0) + dt);
    });
  }
  console.log('  self time (ms):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(us / 1000).toFixed(2).padStart(7)} ${name}`);
}
