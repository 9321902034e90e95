/**
 * Portal integration benches, in the shape of test/bench/run.ts's cases
 * ({ name, floorName, run, floor, target }), each beside its floor:
 * - prefill of « Ajouter… » (delegating an employer) vs a puppeteer script
 *   driving the same widgets directly (the least any driver must wait for);
 * - reading all three lists vs the replica's own render time for those pages;
 * - the content script's gzipped size vs its 8 KB budget (bytes, not ms).
 * Runs the built extension in Chromium against the replica at https://sel.ccq.org.
 * Also runnable alone: `npx tsx test/bench/portal.bench.ts`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { planFill } from '../../content/plans';
import type { PortalHook } from '../../portal/hook';
import { converse, fill, openScreen, startSession, type Session } from '../e2e/support/portal-actions';

export interface BenchCase {
  name: string;
  floorName: string;
  run(): Promise<number>;
  floor(): Promise<number>;
  target: number;
}

declare const __portal: PortalHook;
const OUT = process.env.PASSERELLE_OUT ?? '.output/bench';

let session: Promise<Session> | undefined;
/** One browser shared by the calls of a case, started on first use. */
function browser(): Promise<Session> {
  session ??= (async () => {
    if (!existsSync(resolve(OUT, 'chrome-mv3/training.html'))) execSync('npx wxt build', { env: { ...process.env, PASSERELLE_OUT: OUT }, stdio: 'ignore' });
    const s = await startSession(OUT);
    process.on('exit', () => s.h.browser.process()?.kill('SIGKILL'));
    return s;
  })();
  return session;
}

/**
 * The runner has no teardown hook; it calls floor() and run() BENCH_RUNS + 1
 * times each (one warm-up). After a case's last call the browser is closed, so
 * the process can end; a later case starts a fresh one.
 */
function closingAfterLastCall(c: BenchCase): BenchCase {
  const calls = 2 * (Number(process.env.BENCH_RUNS ?? 5) + 1);
  let made = 0;
  const counted = (f: () => Promise<number>) => async () => {
    try {
      return await f();
    } finally {
      if (++made === calls && session) {
        const s = session;
        session = undefined;
        await (await s).close();
      }
    }
  };
  return { ...c, run: counted(c.run), floor: counted(c.floor) };
}

const today = new Date().toISOString().slice(0, 10);
const plan = planFill('delegateEmployer', {
  member: { firstName: 'Éric', lastName: 'Tremblay' },
  employer: { name: 'ENTREPRISE SHW INC.', number: '1002345' },
  subjects: ['Rapport mensuel', 'Paiements et relevés'],
}, { today });

/** The same widgets, driven straight from puppeteer: type, wait for the option, click it. */
async function driveDirectly(s: Session) {
  const p = s.portal;
  const pick = async (input: string, text: string, option: string) => {
    await p.type(input, text);
    const el = await p.waitForSelector(`xpath///li[@role="option" and normalize-space(.)=${JSON.stringify(option)}]`);
    await el!.click();
  };
  await pick('#f-contact', 'Tremblay', 'TREMBLAY, Éric');
  await p.click('#f-who');
  (await p.waitForSelector('xpath///li[@role="option" and .="Une autre organisation"]'))!.click();
  await p.waitForSelector('#f-organisation', { visible: true });
  await pick('#f-organisation', 'ENTREPRISE SHW', 'ENTREPRISE SHW INC. (1002345)');
  await pick('#f-subjects', 'Rapport', 'Rapport mensuel');
  await pick('#f-subjects', 'Paiements', 'Paiements et relevés');
  await p.waitForFunction(() => (__portal.committed().subjects as string[]).length === 2, { polling: 10 });
}

const LISTS = ['contacts', 'relations', 'authorizations'] as const;
const TABS = { contacts: "Contacts de l'organisation", relations: "Relations de l'organisation", authorizations: 'Autorisations' };

/** Shows every page of the three lists with puppeteer and sums the replica's own render times. */
async function renderAllPages(s: Session): Promise<number> {
  const p = s.portal;
  await p.evaluate(() => void (__portal.renders.length = 0));
  for (const list of LISTS) {
    const count = await p.evaluate(() => __portal.renders.length);
    await p.evaluate((t) => [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((b) => b.textContent === t)!.click(), TABS[list]);
    await p.waitForFunction((n) => __portal.renders.length > n, { polling: 10 }, count);
    for (;;) {
      const next = await p.$('button[aria-label="Page suivante"]:not([disabled])');
      if (!next) break;
      const n = await p.evaluate(() => __portal.renders.length);
      await next.click();
      await p.waitForFunction((n) => __portal.renders.length > n, { polling: 10 }, n);
    }
  }
  return p.evaluate(() => __portal.renders.reduce((sum, r) => sum + r.ms, 0));
}

export const cases: BenchCase[] = ([
  {
    name: 'portal: prefill « Ajouter… » (delegate employer)',
    floorName: 'puppeteer driving the same widgets',
    target: 2,
    async run() {
      const s = await browser();
      await openScreen(s, 'add-relation');
      const start = performance.now();
      const report = await fill(s, plan);
      const ms = performance.now() - start;
      if (report.fields.some((f) => f.status !== 'filled' && f.status !== 'already')) throw new Error(`prefill incomplete: ${JSON.stringify(report)}`);
      return ms;
    },
    async floor() {
      const s = await browser();
      await openScreen(s, 'add-relation');
      const start = performance.now();
      await driveDirectly(s);
      return performance.now() - start;
    },
  },
  {
    name: 'portal: read all three lists (195 rows, 12 pages)',
    floorName: "replica's own render time for those pages",
    target: 2,
    async run() {
      const s = await browser();
      await openScreen(s, 'relations');
      const start = performance.now();
      const events = await converse(s, { type: 'lists.read', lists: [...LISTS] }, ['lists.done', 'lists.failed']);
      const ms = performance.now() - start;
      if (events[events.length - 1]?.type !== 'lists.done') throw new Error(`read failed: ${JSON.stringify(events.slice(-1))}`);
      return ms;
    },
    async floor() {
      const s = await browser();
      await openScreen(s, 'relations');
      return renderAllPages(s);
    },
  },
  {
    name: 'portal: content script gzipped (bytes)',
    floorName: 'budget 8 KB (bytes)',
    target: 1,
    async run() {
      await browser();
      return gzipSync(readFileSync(resolve(OUT, 'chrome-mv3/content-scripts/portal.js'))).length;
    },
    floor: async () => 8 * 1024,
  },
] satisfies BenchCase[]).map(closingAfterLastCall);

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  for (const c of cases.filter((x) => x.name.includes(process.argv[2] ?? ""))) {
    const runs: number[] = [];
    const floors: number[] = [];
    await c.floor();
    await c.run();
    for (let i = 0; i < Number(process.env.BENCH_RUNS ?? 5); i++) {
      floors.push(await c.floor());
      runs.push(await c.run());
    }
    const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
    const ratio = med(runs) / med(floors);
    console.log(`${c.name}: ${med(runs).toFixed(1)} vs ${c.floorName}: ${med(floors).toFixed(1)} → ${ratio.toFixed(2)}× (target ≤ ${c.target}×) ${ratio <= c.target ? 'ok' : 'OVER'}`);
  }
}
