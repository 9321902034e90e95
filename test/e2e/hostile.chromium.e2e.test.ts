/**
 * Hostile conditions in Chromium, over one browser session:
 * - a network recorder (DevTools `Network` on every target: portal pages,
 *   extension pages, the real side panel, the service worker) while a person
 *   opens the panel, answers the guide, imports a file, visits every view:
 *   the extension starts no request; the only requests are the portal pages
 *   the test opens (and what those pages load themselves);
 * - messages forged by the portal page (window.postMessage, CustomEvent,
 *   runtime.sendMessage to our id) get no answer and change nothing stored;
 * - markup and formulas in imported names stay text in every view, open no
 *   dialog (and, as in every e2e test, raise no CSP violation).
 */
import { join } from 'node:path';
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PORTAL_ORIGIN, startHarness, type Harness } from '../harness';
import { clickReply, freshPanel } from './journey-helpers';
import { importFile } from './support/inventory-import';

interface Recorded {
  target: string;
  targetType: string;
  url: string;
  /** The script that started it, when DevTools knows (a content script's fetch names its chunk). */
  initiator: string;
}

const FIXTURES = join(__dirname, '../fixtures');
let h: Harness;
const requests: Recorded[] = [];
const sessions: CDPSession[] = [];
const dialogs: string[] = [];
/** The real side panel, opened once by the toolbar button in the first test. */
let sidePanel: Page | undefined;

async function record(target: Target) {
  if (!['page', 'service_worker', 'background_page', 'other', 'worker', 'shared_worker'].includes(target.type())) return;
  let session: CDPSession;
  try {
    session = await target.createCDPSession();
  } catch {
    return; // closed before we could attach
  }
  sessions.push(session);
  session.on('Network.requestWillBeSent', (e) => {
    const frames = e.initiator.stack?.callFrames ?? [];
    requests.push({ target: target.url(), targetType: target.type(), url: e.request.url, initiator: frames[0]?.url ?? e.initiator.url ?? e.initiator.type });
  });
  await session.send('Network.enable').catch(() => {});
  await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
}

const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);

beforeAll(async () => {
  h = await startHarness({ browser: 'chromium' });
  h.browser.on('targetcreated', (t: Target) => void record(t));
  await Promise.all(h.browser.targets().map(record));
});
beforeEach(async () => {
  // A session attached to the worker while the extension was being installed
  // stays connected but reports nothing once the worker runs (seen in Chromium
  // 156): attach to the running worker afresh before each test.
  await Promise.all(h.browser.targets().filter((t) => t.type() === 'service_worker').map(record));
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
  await h?.close();
});

async function stored(panel: Page) {
  return panel.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as { storage: { local: { get(k: null): Promise<unknown> } } };
    const local = await api.storage.local.get(null);
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('passerelle');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((ok) => {
        const r = db.transaction(name).objectStore(name).count();
        r.onsuccess = () => ok(r.result);
      });
    }
    db.close();
    return JSON.stringify({ local, counts });
  });
}

describe('hostile conditions (Chromium)', () => {
  it('a whole session: the extension starts no network request of its own', async () => {
    const portal = await h.openPortal('?id=login');
    const side = await h.openSidePanelFromToolbar(portal);
    const panel = side.page!;
    sidePanel = panel;
    await freshPanel(panel);
    await clickReply(panel, 'role.responsable');
    // The inventory: import a file with hostile names; every view visited.
    await importFile(panel, join(FIXTURES, 'members-formulas.csv'));
    for (const view of ['worklist', 'dashboard', 'kit', 'conversation', 'inventory']) {
      await panel.click(`nav.tabs button[data-view="${view}"]`);
      await panel.waitForSelector(`main[data-view-active="${view}"]`);
    }
    // The portal's other screens, as a person browses them with the panel open.
    for (const id of ['relations', 'contacts']) await portal.goto(`${PORTAL_ORIGIN}/?id=${id}`, { waitUntil: 'load' });
    const pong = await h.sendToPortal(portal, { type: 'portal.ping' }, { from: panel });
    expect(pong).toMatchObject({ type: 'portal.pong' });

    const network = requests.filter((r) => isNetwork(r.url));
    // Something was recorded on the portal pages, or the recorder proves nothing.
    expect(network.some((r) => r.url.startsWith(`${PORTAL_ORIGIN}/?id=relations`))).toBe(true);
    const fromExtension = network.filter(
      (r) => r.target.startsWith(h.extensionOrigin) || r.targetType === 'service_worker' || r.initiator.startsWith(h.extensionOrigin),
    );
    expect(fromExtension).toEqual([]);
    expect(network.filter((r) => !r.url.startsWith(`${PORTAL_ORIGIN}/`))).toEqual([]);
  });

  it('the recorder does see a request started by an extension page, the side panel or the service worker (control)', async () => {
    const before = requests.length;
    const page = await h.openPanel();
    await page.evaluate(() => fetch('https://sel.ccq.org/recorder-control-page').then((r) => r.text()));
    await sidePanel!.evaluate(() => fetch('https://sel.ccq.org/recorder-control-panel').then((r) => r.text()));
    const worker = await (await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(h.extensionOrigin))).worker();
    await worker!.evaluate(() => fetch('https://sel.ccq.org/recorder-control-worker').then((r) => r.text()));
    await page.waitForNetworkIdle({ idleTime: 100 }).catch(() => {});
    const seen = requests.slice(before).filter((r) => r.url.includes('recorder-control'));
    expect(seen.map((r) => [r.url.split('/').pop(), r.target.startsWith(h.extensionOrigin) || r.targetType === 'service_worker'])).toEqual(
      expect.arrayContaining([['recorder-control-page', true], ['recorder-control-panel', true], ['recorder-control-worker', true]]),
    );
    await page.close();
  });

  it('messages forged by the portal page get no answer and change nothing', async () => {
    const panel = await h.openPanel();
    await panel.waitForSelector('[data-testid=greeting]');
    const before = await stored(panel);
    const portal = await h.openPortal('?id=relations');
    const heard = await portal.evaluate(async (extensionId: string) => {
      const got: string[] = [];
      addEventListener('message', (e) => got.push(`message:${JSON.stringify(e.data)}`));
      addEventListener('passerelle', (e) => got.push(`event:${JSON.stringify((e as CustomEvent).detail)}`));
      const forged = [
        { type: 'portal.ping' },
        { type: 'portal.pong', url: 'https://evil.example', title: '<img src=x onerror=alert(1)>' },
        { type: 'journey.reset' },
        { __proto__: { type: 'portal.ping' } },
      ];
      for (const m of forged) {
        postMessage(m, '*');
        dispatchEvent(new CustomEvent('passerelle', { detail: m }));
        dispatchEvent(new CustomEvent('portal.ping', { detail: m }));
      }
      // A web page may not message the extension (externally_connectable lists nobody).
      const runtime = (globalThis as any).chrome?.runtime;
      let sendable = 'no runtime.sendMessage in the page';
      if (runtime?.sendMessage) {
        sendable = await new Promise<string>((ok) => {
          try {
            runtime.sendMessage(extensionId, { type: 'portal.ping' }, (answer: unknown) => ok(`answered:${JSON.stringify(answer)}:${runtime.lastError?.message ?? ''}`));
          } catch (error) {
            ok(`refused:${(error as Error).message}`);
          }
        });
      }
      await new Promise((ok) => setTimeout(ok, 300));
      return { got, sendable };
    }, h.extensionId);
    // The page hears only its own posts: nothing answers them.
    expect(heard.got.filter((g) => !g.startsWith('message:') && !g.startsWith('event:'))).toEqual([]);
    expect(heard.got).toHaveLength(4 * 2);
    // Chromium gives the page no way to reach our extension: no runtime API at all, or a refusal.
    expect(heard.sendable).toMatch(/^(no runtime|refused|answered:undefined:.+)/);
    expect(await stored(panel)).toBe(before);
    await portal.close();
    await panel.close();
  });

  it('markup and formulas in imported names stay text in every view and open no dialog', async () => {
    const panel = await h.openPanel();
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const view of ['inventory', 'worklist', 'dashboard', 'kit']) {
      await panel.click(`nav.tabs button[data-view="${view}"]`);
      await panel.waitForSelector(`main[data-view-active="${view}"]`);
      await panel.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
      expect(await panel.$$('main img, main script, main iframe, main object')).toHaveLength(0);
      expect(await panel.evaluate(() => [...document.querySelectorAll('main *')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
    }
    await panel.click('nav.tabs button[data-view="inventory"]');
    await panel.waitForSelector('tr[data-member]');
    const names = await panel.$$eval('tr[data-member] td:first-child', (tds) => tds.map((td) => td.textContent ?? '').join('|'));
    expect(names).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    await panel.close();
  });
});
