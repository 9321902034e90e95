/**
 * The inventory and two-window fault drills, one body per drill, run by
 * drills.chromium and drills.firefox on their own harness: what the person
 * sees and what IndexedDB holds must be the same in both browsers.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Harness } from '../../harness';
import { CURRENT_VERSION } from '../../../inventory/db';
import fr from '../../../locales/fr.json';
import { clickReply, freshPanel, lastKey } from '../journey-helpers';
import { importFile, openInventory, startImport } from './inventory-import';

const FIXTURES = join(__dirname, '../../fixtures');

/** A firm's spreadsheet of `rows` members, big enough that an import takes a while. */
export function writeMembersCsv(dir: string, rows: number): string {
  const lines = ['Prénom;Nom;Courriel;Clients'];
  for (let i = 0; i < rows; i++) lines.push(`Zoé${i};Bérubé ${i};membre.${i}@firme.example;CONSTRUCTION ${i % 500} INC. (${100000 + (i % 500)})`);
  const path = join(dir, 'grand.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

/** The same file with other people in it (other e-mails, so every row is a new member). */
function otherPeople(csv: string, name: string, tag: string): string {
  const path = join(csv, '..', `${name}.csv`);
  writeFileSync(path, readFileSync(csv, 'utf8').replace(/membre\./g, `${tag}.`).replace(/Zoé/g, 'Léa'));
  return path;
}

/** Row counts read straight from IndexedDB, not through the panel. */
export async function counts(page: Page): Promise<Record<string, number>> {
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

/** The panel closed while the rows are written: every row or none; importing again gives exactly the file's rows. */
export async function panelClosedMidImport(h: Harness, csv: string, rows: number): Promise<void> {
  const panel = await h.openPanel();
  await openInventory(panel);
  await startImport(panel, csv);
  // Closed while the rows are being written (the import's only transaction is open).
  await panel.waitForFunction((writing) => document.querySelector('[data-testid="import-flow"]')?.textContent?.includes(writing), { timeout: 30_000, polling: 5 }, fr.inventory.import.writing.replace(/\{\{.*$/, '').trim());
  await panel.close();
  const again = await h.openPanel();
  const after = await counts(again);
  expect([0, rows]).toContain(after.members);
  expect(after.journal).toBe(after.members === 0 ? 0 : 1);
  await openInventory(again);
  await importFile(again, csv);
  expect((await counts(again)).members).toBe(rows);
  await again.close();
}

/** The background stopped while an import runs (the import runs in the panel): the count is exact. */
export async function backgroundStoppedMidImport(h: Harness, csv: string, rows: number): Promise<void> {
  const panel = await h.openPanel();
  await openInventory(panel);
  const before = (await counts(panel)).members!;
  await startImport(panel, otherPeople(csv, 'autres', 'autre'));
  await h.stopBackground({ from: panel });
  // Stopped while the import was still going.
  expect(await panel.$('[data-testid="import-done"]')).toBeNull();
  await panel.waitForSelector('[data-testid="import-done"]', { timeout: 60_000 });
  expect((await counts(panel)).members).toBe(before + rows);
  await panel.close();
}

/** Two panels open: language, journey and inventory follow each other; two answers at once end in one journey. */
export async function twoPanels(h: Harness): Promise<void> {
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

  // Both answer the next question at the same moment: one task clicks in both windows (an extension
  // page reaches the other's document through extension.getViews), so neither has heard of the other's answer.
  const offered = await a.$$eval('[data-testid=quick-replies] button', (bs) => bs.map((x) => (x as HTMLElement).dataset.event!));
  await inB('the same replies', (event: string) => !!document.querySelector(`[data-testid=quick-replies] [data-event="${event}"]`), offered.at(-1));
  await b.evaluate(() => void (window.name = 'drill-b'));
  expect(
    await a.evaluate((mine: string, theirs: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const other = (api.extension.getViews({ type: 'tab' }) as Window[]).find((w) => w.name === 'drill-b');
      const reply = (d: Document, event: string) => d.querySelector<HTMLElement>(`[data-testid=quick-replies] [data-event="${event}"]`);
      const both = [reply(document, mine), other && reply(other.document, theirs)];
      both.forEach((button) => button?.click());
      return both.map((button) => !!button);
    }, offered[0]!, offered.at(-1)!),
  ).toEqual([true, true]);
  // Both windows settle on the journey that was saved, the same one.
  const shown = (p: Page) => p.$$eval('.messages li.message', (ls) => ls.map((l) => (l as HTMLElement).dataset.key ?? l.textContent).join('|'));
  const saved = async () =>
    a.evaluate(async () => {
      const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as { storage: { local: { get(k: string): Promise<Record<string, { transcript: { key?: string }[] }>> } } };
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
}

/** Until a `.ext` file is whole in `dir` (browsers write it under another name, or empty, first); its text. */
export async function downloaded(dir: string, ext: string): Promise<string> {
  const busy = (f: string) => f.endsWith('.part') || f.endsWith('.crdownload');
  for (let i = 0; i < 100; i++) {
    const files = readdirSync(dir);
    const file = files.find((f) => f.endsWith(ext));
    if (file && !files.some(busy)) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (text) return text;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`No ${ext} file was downloaded into ${dir}: ${readdirSync(dir).join(', ')}`);
}

/** Storage full during an import: nothing written, a clear message, a backup copy offered and saved. */
export async function storageFullMidImport(h: Harness, csv: string): Promise<void> {
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
  await startImport(panel, otherPeople(csv, 'plein', 'plein'));
  const message = await (await panel.waitForSelector('[data-testid="import-failed"]', { timeout: 60_000 }))!.evaluate((e) => e.textContent);
  expect(message).toBe(fr.inventory.import.quota);
  expect(await counts(panel)).toEqual(before);

  const downloads = mkdtempSync(join(csv, '..', 'downloads-'));
  await h.allowDownloads(downloads);
  await panel.click('[data-testid="import-failed-backup"]');
  const backup = JSON.parse(await downloaded(downloads, '.json')) as { members: unknown[] };
  expect(backup.members).toHaveLength(before.members!);
  await panel.close();
}

/** An older build opening a database a newer build saved: it keeps working with every row (or says to update). */
export async function olderBuildNewerDatabase(h: Harness): Promise<void> {
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
}
