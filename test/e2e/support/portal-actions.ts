/**
 * What the e2e tests do through the extension: messages sent from an extension
 * page exactly as panel/portal/client.ts sends them, and reads of the replica's
 * page-world hook (what the portal would receive).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FillStep, PortCommand, PortEvent, PrefillReport } from '../../../content/protocol';
import type { FillPlan } from '../../../content/plans';
import type { PortalHook } from '../../../portal/hook';
import { PORTAL_ORIGIN, startHarness, summonAgentInPage, type BrowserName, type Harness } from '../../harness';

export interface Session {
  h: Harness;
  /** The portal tab (the active one, as when the person looks at it). */
  portal: Page;
  /** An extension page (the side panel in a tab) to call extension APIs from. */
  panel: Page;
  close(): Promise<void>;
}

// Under tsx (the bench), esbuild's keepNames wraps functions given to evaluate() in __name().
const SHIM = 'globalThis.__name ??= (f) => f;';

/** One Chromium with the built extension (the shared harness), a portal tab and a panel tab. */
export async function startSession(outDir?: string, browser: BrowserName = 'chromium'): Promise<Session> {
  const h = await startHarness({ browser, ...(outDir ? { outDir } : {}) });
  const panel = await h.openPanel();
  const portal = await h.openPortal('?id=login');
  if (!process.env.VITEST) {
    for (const p of [panel, portal]) {
      await p.evaluateOnNewDocument(SHIM);
      await p.evaluate(SHIM);
    }
  }
  await portal.bringToFront();
  return { h, portal, panel, close: () => h.close() };
}

/** The WebExtension API in an extension page: `browser` in Firefox, `chrome` in Chromium. */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const __portal: PortalHook;

/**
 * One session for the test file: started before its tests, checked for
 * extension errors after each, closed after all. Use its fields inside tests.
 */
export function sessionForFile(browser: BrowserName = 'chromium'): Session {
  let s: Session | undefined;
  const get = () => {
    if (!s) throw new Error('The session starts in beforeAll');
    return s;
  };
  beforeAll(async () => {
    s = await startSession(undefined, browser);
  });
  afterEach(async () => {
    await s?.h.assertNoErrors();
  });
  afterAll(async () => {
    await s?.close();
  });
  return {
    get h() { return get().h; },
    get portal() { return get().portal; },
    get panel() { return get().panel; },
    close: () => get().close(),
  };
}

/** The portal tab's id, as the panel's extension APIs see it. */
export const portalTabId = (s: Session): Promise<number> =>
  s.panel.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const [tab] = await api.tabs.query({ url: 'https://sel.ccq.org/*' });
    return tab.id as number;
  });

/** Opens a replica screen, summons the agent as the panel does, and waits until it answers there. */
export async function openScreen(s: Session, id: string): Promise<void> {
  await s.portal.goto(`${PORTAL_ORIGIN}/?id=${id}`);
  const tabId = await portalTabId(s);
  await s.panel.evaluate(summonAgentInPage, tabId);
  await s.panel.waitForFunction(
    async (tabId: number) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const [tab] = await api.tabs.query({ url: 'https://sel.ccq.org/*' });
      try {
        const pong = await api.tabs.sendMessage(tabId, { type: 'portal.ping' }, { frameId: 0 });
        return pong?.type === 'portal.pong' && pong.url === tab.url;
      } catch {
        return false;
      }
    },
    { polling: 50, timeout: 10_000 },
    tabId,
  );
}

/** Sends a fill to the portal tab, with the URL the panel sees (or `url` to pretend otherwise). */
export function fill(s: Session, plan: FillPlan | { formTitle: string[]; steps: FillStep[] }, url?: string): Promise<PrefillReport> {
  return s.panel.evaluate(
    async (formTitle, steps, url) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const [tab] = await api.tabs.query({ url: 'https://sel.ccq.org/*' });
      return api.tabs.sendMessage(tab.id, { type: 'prefill.run', url: url ?? tab.url, formTitle, steps }, { frameId: 0 });
    },
    plan.formTitle,
    plan.steps,
    url,
  );
}

/** Opens a port to the portal tab, sends `command`, collects events until `until` says stop. */
export function converse(s: Session, command: PortCommand, until: string[], timeoutMs = 30_000): Promise<PortEvent[]> {
  return s.panel.evaluate(
    (command, until, timeoutMs) =>
      new Promise<PortEvent[]>((resolve, reject) => {
        const events: PortEvent[] = [];
        let port: { disconnect(): void } | undefined;
        const end = () => (port?.disconnect(), resolve(events));
        setTimeout(end, timeoutMs);
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        api.tabs.query({ url: 'https://sel.ccq.org/*' }).then((tabs: { id: number }[]) => {
          const tab = tabs[0]!;
          const p = api.tabs.connect(tab.id, { name: 'passerelle.portal', frameId: 0 });
          port = p;
          p.onMessage.addListener((e: PortEvent) => {
            events.push(e);
            if (until.includes(e.type)) end();
          });
          p.postMessage(command);
        }, reject);
      }),
    command,
    until,
    timeoutMs,
  );
}

export const committed = (p: Page) => p.evaluate(() => __portal.committed());
export const clicks = (p: Page) => p.evaluate(() => ({ ...__portal.clicks }));
export const submissions = (p: Page) => p.evaluate(() => __portal.submissions.length);
export const statuses = (r: PrefillReport) => Object.fromEntries(r.fields.map((f) => [f.key, f.reason ? `${f.status}:${f.reason}` : f.status]));
