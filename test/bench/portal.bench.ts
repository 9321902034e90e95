/**
 * Portal integration benches, in the shape of test/bench/run.ts's cases
 * ({ name, floorName, run, floor, target }), each beside its floor:
 * - prefill of « Ajouter… » (delegating an employer) vs a puppeteer script
 *   driving the same widgets directly (the least any driver must wait for);
 * - reading all three lists vs the replica's own render time for those pages;
 * (the content script's size against its budget is in size.bench.ts).
 * Runs the built extension in Chromium against the replica at https://sel.ccq.org.
 */
import { planFill } from '../../content/plans';
import type { PortalHook } from '../../portal/hook';
import { converse, fill, openScreen, portalTabId, startSession, type Session } from '../e2e/support/portal-actions';
import { summonAgentInPage } from '../harness/agent';
import { outDir } from '../harness/paths';
import type { BenchCase } from './case';


declare const __portal: PortalHook;
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let session: Promise<Session> | undefined;
/** One browser shared by the calls of a case, started on first use. */
function browser(): Promise<Session> {
  session ??= (async () => {
    // The build `npm run bench` has just made, the one browser.bench.ts measures too.
    const s = await startSession(outDir());
    process.on('exit', () => s.h.browser.process()?.kill('SIGKILL'));
    return s;
  })();
  return session;
}

/**
 * The runner has no teardown hook and its warm-up length varies: the browser
 * is closed once no call has come for a moment, so the process can end; a
 * later case starts a fresh one.
 */
let idle: ReturnType<typeof setTimeout> | undefined;
function closingWhenIdle(c: BenchCase): BenchCase {
  const held = (f: () => Promise<number>) => async () => {
    clearTimeout(idle);
    try {
      return await f();
    } finally {
      idle = setTimeout(() => {
        const s = session;
        session = undefined;
        void s?.then((x) => x.close());
      }, 1500);
    }
  };
  return { ...c, run: held(c.run), floor: held(c.floor) };
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
    // The agent is injected on the panel's first request after a page load
    // (panel/portal/summon.ts): what that first request costs the person.
    name: 'portal: first request after a page load (agent injected)',
    floorName: 'the same request, agent already there',
    target: Number.POSITIVE_INFINITY,
    async run() {
      const s = await browser();
      await s.portal.goto('https://sel.ccq.org/?id=relations', { waitUntil: 'load' });
      const tabId = await portalTabId(s);
      const start = performance.now();
      await s.panel.evaluate(summonAgentInPage, tabId);
      await ping(s, tabId);
      return performance.now() - start;
    },
    async floor() {
      const s = await browser();
      const tabId = await portalTabId(s);
      await s.panel.evaluate(summonAgentInPage, tabId);
      const start = performance.now();
      await ping(s, tabId);
      return performance.now() - start;
    },
  },
] satisfies BenchCase[]).map(closingWhenIdle);

const ping = (s: Session, tabId: number) =>
  s.panel.evaluate(async (id: number) => {
    const pong = await chrome.tabs.sendMessage(id, { type: 'portal.ping' }, { frameId: 0 });
    if (pong?.type !== 'portal.pong') throw new Error('no pong');
  }, tabId);

