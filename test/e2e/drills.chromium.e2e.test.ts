/**
 * Fault drills in Chromium, on the built extension:
 * - the panel closed in the middle of an import, reopened: the inventory has
 *   every row or none (one transaction), and importing again gives exactly
 *   the file's rows, no duplicates;
 * - the background worker stopped in the middle of an import (the import
 *   runs in the panel): the row count is exact;
 * - two windows with the panel: a language switch, a journey step and an
 *   inventory change in one appear in the other; two answers at once end in
 *   one journey shown in both;
 * - storage full during an import: nothing written, the message says so in
 *   the person's language and offers a backup copy, which downloads;
 * - an older build opening a database a newer build saved: every row still
 *   there, the inventory usable (Dexie 4 opens a higher version whose stores
 *   it knows; otherwise the panel says to update the extension).
 * (A schema upgrade that throws is drilled in inventory/db.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { CURRENT_VERSION } from '../../inventory/db';
import fr from '../../locales/fr.json';
import { clickReply, freshPanel, lastKey } from './journey-helpers';
import { importFile, openInventory, startImport } from './support/inventory-import';

const FIXTURES = join(__dirname, '../fixtures');
const ROWS = 8_000;
let h: Harness;
let tmp: string;
let bigCsv: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'passerelle-drills-'));
  const lines = ['Prénom;Nom;Courriel;Clients'];
  for (let i = 0; i < ROWS; i++) lines.push(`Zoé${i};Bérubé ${i};membre.${i}@firme.example;CONSTRUCTION ${i % 500} INC. (${100000 + (i % 500)})`);
  bigCsv = join(tmp, 'grand.csv');
  writeFileSync(bigCsv, `${lines.join('\r\n')}\r\n`);
  h = await startHarness({ browser: 'chromium' });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Row counts read straight from IndexedDB, not through the panel. */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('passerelle');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const out: Record<string, number> = {};
    for (const name of ['members', 'clients', 'needs', 'journal'].filter((n) => db.objectStoreNames.contains(n))) {
      out[name] = await new Promise<number>((ok) => {
        const r = db.transaction(name).objectStore(name).count();
        r.onsuccess = () => ok(r.result);
      });
    }
    db.close();
    return out;
  });
}

describe('fault drills (Chromium)', () => {
  it('the panel closed in the middle of an import: every row or none; importing again gives exactly the file’s rows', async () => {
    const panel = await h.openPanel();
    await openInventory(panel);
    await startImport(panel, bigCsv);
    // Closed while the rows are being written (the import's only transaction is open).
    await panel.waitForFunction((writing) => document.querySelector('[data-testid="import-flow"]')?.textContent?.includes(writing), { timeout: 30_000, polling: 5 }, fr.inventory.import.writing.replace(/\{\{.*$/, '').trim());
    await panel.close();
    const again = await h.openPanel();
    const after = await counts(again);
    expect([0, ROWS]).toContain(after.members);
    expect(after.journal).toBe(after.members === 0 ? 0 : 1);
    await openInventory(again);
    await importFile(again, bigCsv);
    expect((await counts(again)).members).toBe(ROWS);
    await again.close();
  });

  it('the background worker stopped in the middle of an import: the count is exact', async () => {
    const panel = await h.openPanel();
    await openInventory(panel);
    const before = (await counts(panel)).members!;
    // A file of new people: ROWS more members once written.
    const other = join(tmp, 'autres.csv');
    writeFileSync(other, readFileSync(bigCsv, 'utf8').replace(/membre\./g, 'autre.').replace(/Zoé/g, 'Léa'));
    await startImport(panel, other);
    const cdp = await panel.createCDPSession();
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => states.push(...versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Stopped while the import was still going.
    expect(await panel.$('[data-testid="import-done"]')).toBeNull();
    await panel.waitForSelector('[data-testid="import-done"]', { timeout: 60_000 });
    expect(states).toContain('stopped');
    expect((await counts(panel)).members).toBe(before + ROWS);
    await cdp.detach();
    await panel.close();
  });

  it('two windows: language, journey and inventory follow each other; two answers at once end in one journey', { timeout: 60_000 }, async () => {
    const a = await h.openPanel();
    await freshPanel(a);
    const b = await h.openPanel();
    await b.waitForSelector('[data-testid=quick-replies] [data-event="role.responsable"]');

    // The other window is in the background: poll its page (animation frames are paused there).
    const inB = (what: string, fn: (...args: any[]) => unknown, ...args: unknown[]) =>
      b.waitForFunction(fn as never, { polling: 100, timeout: 15_000 }, ...(args as never[])).catch((e: Error) => {
        throw new Error(`the other window never showed ${what}: ${e.message}`);
      });
    await a.bringToFront();
    await a.click('[data-testid=lang-switch]');
    await inB('English', () => document.documentElement.lang === 'en-CA');
    await a.click('[data-testid=lang-switch]');
    await inB('French', () => document.documentElement.lang === 'fr-CA');

    await clickReply(a, 'role.responsable');
    await inB('the journey step', (key: string) => ([...document.querySelectorAll('.messages li.message')].at(-1) as HTMLElement | undefined)?.dataset.key === key, await lastKey(a));

    // Both answer the next question at the same moment.
    const offered = await a.$$eval('[data-testid=quick-replies] button', (bs) => bs.map((x) => (x as HTMLElement).dataset.event!));
    await Promise.all([
      a.$eval(`[data-testid=quick-replies] [data-event="${offered[0]}"]`, (x) => (x as HTMLElement).click()),
      b.$eval(`[data-testid=quick-replies] [data-event="${offered.at(-1)}"]`, (x) => (x as HTMLElement).click()),
    ]);
    // Both windows settle on the journey that was saved, the same one.
    const shown = (p: Page) => p.$$eval('.messages li.message', (ls) => ls.map((l) => (l as HTMLElement).dataset.key ?? l.textContent).join('|'));
    const saved = async () =>
      a.evaluate(async () => {
        const api = (globalThis as any).chrome as { storage: { local: { get(k: string): Promise<Record<string, { transcript: { key?: string }[] }>> } } };
        return (await api.storage.local.get('passerelle.journey'))['passerelle.journey']!.transcript.length;
      });
    for (let i = 0; i < 50 && ((await shown(a)) !== (await shown(b)) || (await a.$$('.messages li.message')).length !== (await saved()) + 1); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(await shown(a)).toBe(await shown(b));
    expect((await a.$$('.messages li.message')).length).toBe((await saved()) + 1);

    await b.bringToFront();
    await openInventory(b);
    await a.bringToFront();
    await openInventory(a);
    const members = (await counts(a)).members!;
    await importFile(a, join(FIXTURES, 'members-utf8-bom-comma.csv'));
    const grown = (await counts(a)).members!;
    expect(grown).toBeGreaterThan(members);
    await inB('the new member count', (n: number) => document.querySelector('[data-testid="inventory-counts"]')?.textContent?.includes(`Membres : ${n} `), grown);
    await a.close();
    await b.close();
  });

  it('storage full during an import: nothing written, a clear message, a backup copy offered and saved', async () => {
    const panel = await h.openPanel();
    await openInventory(panel);
    const before = await counts(panel);
    // The browser refuses the needs' rows for lack of space, as a full disk would.
    await panel.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'needs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const other = join(tmp, 'plein.csv');
    writeFileSync(other, readFileSync(bigCsv, 'utf8').replace(/membre\./g, 'plein.'));
    await startImport(panel, other);
    const message = await (await panel.waitForSelector('[data-testid="import-failed"]', { timeout: 60_000 }))!.evaluate((e) => e.textContent);
    expect(message).toBe(fr.inventory.import.quota);
    expect(await counts(panel)).toEqual(before);

    const downloads = mkdtempSync(join(tmp, 'downloads-'));
    const cdp = await h.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await panel.click('[data-testid="import-failed-backup"]');
    await panel.waitForFunction(() => true);
    for (let i = 0; i < 100 && !readdirSync(downloads).some((f) => f.endsWith('.json')); i++) await new Promise((ok) => setTimeout(ok, 100));
    const file = readdirSync(downloads).find((f) => f.endsWith('.json'));
    expect(file).toBeDefined();
    const backup = JSON.parse(readFileSync(join(downloads, file!), 'utf8')) as { members: unknown[] };
    expect(backup.members).toHaveLength(before.members!);
    await cdp.detach();
    await panel.close();
  });

  it('an older build opening a database a newer build saved: it keeps working with every row (or says to update)', async () => {
    const panel = await h.openPanel();
    await openInventory(panel);
    await importFile(panel, join(FIXTURES, 'members-windows-1252-semicolon.csv'));
    const before = await counts(panel);
    expect(before.members).toBeGreaterThan(0);
    await panel.close();
    // A newer build: one version up (Dexie stores version × 10), with a store this build does not know.
    const page = await h.openExtensionPage('training.html');
    await page.evaluate(
      (version) =>
        new Promise<void>((ok, ko) => {
          const r = indexedDB.open('passerelle', version);
          r.onupgradeneeded = () => r.result.createObjectStore('fromTheFuture');
          r.onsuccess = () => {
            r.result.close();
            ok();
          };
          r.onerror = () => ko(r.error);
          r.onblocked = () => ko(new Error('blocked'));
        }),
      (CURRENT_VERSION + 1) * 10,
    );
    const older = await h.openPanel();
    await (await older.waitForSelector('nav.tabs button[data-view="inventory"]'))!.click();
    // Dexie 4 opens a database at a higher version when the stores it knows are there: the
    // older build goes on working with every row; were the schema incompatible, it would say to update.
    const shown = await (await older.waitForSelector('[data-testid="inventory-counts"], [data-testid="db-error"]'))!.evaluate((e) => [e.getAttribute('data-testid'), e.textContent]);
    if (shown[0] === 'db-error') expect(shown[1]).toContain(fr.inventory.dbNewer.slice(0, 40));
    else expect(shown[1]).toContain(`Membres : ${before.members} `);
    expect(await counts(older)).toEqual(before);
    // The newer build's own store is still there.
    expect(await older.evaluate(() => new Promise<boolean>((ok) => {
      const r = indexedDB.open('passerelle');
      r.onsuccess = () => { ok(r.result.objectStoreNames.contains('fromTheFuture')); r.result.close(); };
    }))).toBe(true);
    // The conversation still works.
    await older.click('nav.tabs button[data-view="conversation"]');
    await older.waitForSelector('[data-testid=greeting]');
    await page.close();
    await older.close();
  });
});
