/**
 * The inventory in Chromium, through the panel a person uses: import the
 * firm's spreadsheet through the file input, read what was detected and the
 * row messages, confirm, see the counts, undo; hostile cells stay text; a
 * large XLSX is read under the extension's CSP; the worklist opens the
 * conversation at the right step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { makeXlsx } from '../fixtures/xlsx';
import fr from '../../locales/fr.json';
import { clickReply, MESSAGES } from './journey-helpers';

const FIXTURES = join(__dirname, '../fixtures');
let h: Harness;
let panel: Page;
let tmp: string;
const dialogs: string[] = [];

const text = (selector: string) => panel.$eval(selector, (el) => el.textContent ?? '');
const click = async (selector: string) => (await panel.waitForSelector(selector, { visible: true }))!.click();

async function openInventory() {
  await click('nav.tabs button[data-view="inventory"]');
  await panel.waitForSelector('[data-testid="inventory-counts"]');
}

async function chooseFile(path: string) {
  if (!(await panel.$('[data-testid="import-flow"]'))) await click('[data-testid="import-open"]');
  const input = (await panel.waitForSelector('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

async function counts(): Promise<string> {
  return text('[data-testid="inventory-counts"]');
}

async function waitForCounts(members: number) {
  await panel.waitForFunction(
    (n) => document.querySelector('[data-testid="inventory-counts"]')?.textContent?.includes(`Membres : ${n} `),
    {},
    members,
  );
}

/** Serious or critical axe-core findings in the panel's main area. */
async function axeViolations(): Promise<string[]> {
  if (!(await panel.evaluate(() => 'axe' in globalThis))) {
    await panel.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return panel.evaluate(async () => {
    const result = await (globalThis as any).axe.run('main', { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function closeImport() {
  const buttons = await panel.$$('[data-testid="import-flow"] .actions button');
  await buttons.at(-1)!.click();
  await panel.waitForSelector('[data-testid="import-flow"]', { hidden: true });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'passerelle-inventory-'));
  h = await startHarness({ browser: 'chromium', languages: ['fr-CA', 'fr'] });
  panel = await h.openPanel();
  panel.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openInventory();
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('importing the firm’s spreadsheet (Chromium)', () => {
  it('says how a Windows-1252 « ; » file was read, previews it, checks it, imports on confirmation, and undoes', async () => {
    expect(await counts()).toContain('Membres : 0 ');
    await chooseFile(join(FIXTURES, 'members-windows-1252-semicolon.csv'));
    await panel.waitForSelector('[data-testid="import-detected"]');
    const detected = await text('[data-testid="import-detected"]');
    expect(detected).toContain('Windows-1252');
    expect(detected).toContain('point-virgule');
    expect(await panel.$('[data-testid="import-encoding-note"]')).not.toBeNull();
    const preview = await text('[data-testid="import-preview"]');
    expect(preview).toContain('Rébecca');
    expect(preview).toContain('Cœurdelion');
    // Nothing is written before the person confirms.
    expect(await counts()).toContain('Membres : 0 ');

    await click('[data-testid="import-check"]');
    await panel.waitForSelector('[data-testid="import-summary"]');
    expect(await text('[data-testid="import-summary"]')).toContain('3 nouveaux membres');
    expect(await text('[data-testid="import-issues"]')).toContain('poste');
    expect(await counts()).toContain('Membres : 0 ');

    await click('[data-testid="import-confirm"]');
    await panel.waitForSelector('[data-testid="import-done"]');
    await waitForCounts(3);
    expect(await counts()).toContain('Clients : 3 ');
    // Data that exists and was never backed up: the panel says so.
    expect(await text('[data-testid="backup-reminder"]')).toContain('copie de sauvegarde');
    const names = await panel.$$eval('tr[data-member] td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(names.join('|')).toContain('Descotteaux-Laforce, Rébecca');

    await click('[data-testid="import-undo"]');
    await panel.waitForSelector('[data-testid="import-undone"]');
    await waitForCounts(0);
    expect(await counts()).toContain('Clients : 0 ');
    await closeImport();
  });

  it('lists each broken row, blocks the import until the person leaves them out, then imports the rest', async () => {
    await chooseFile(join(FIXTURES, 'members-broken.csv'));
    await panel.waitForSelector('[data-testid="import-unknown-columns"]');
    expect(await text('[data-testid="import-unknown-columns"]')).toContain('Colonne mystère');
    await click('[data-testid="import-check"]');
    await panel.waitForSelector('[data-testid="import-issues"]');
    const codes = await panel.$$eval('[data-testid="import-issues"] li', (lis) => lis.map((li) => li.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['emailInvalid', 'phoneInvalid', 'duplicateMember', 'statusUnknown', 'nameMissing', 'subjectUnknown', 'rowUnreadable']));
    const messages = await text('[data-testid="import-issues"]');
    expect(messages).toContain('Ligne 3');
    expect(messages).toContain('marie@@laforce');
    expect(messages).toContain('ligne 2');
    expect(await panel.$eval('[data-testid="import-confirm"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await click('[data-testid="import-skip-invalid"]');
    expect(await panel.$eval('[data-testid="import-confirm"]', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await click('[data-testid="import-confirm"]');
    await panel.waitForSelector('[data-testid="import-done"]');
    await waitForCounts(1);
    await click('[data-testid="import-undo"]');
    await waitForCounts(0);
    await closeImport();
  });

  it('keeps formulas, HTML and prototype headers as text', async () => {
    await chooseFile(join(FIXTURES, 'members-formulas.csv'));
    await click('[data-testid="import-check"]');
    await click('[data-testid="import-confirm"]');
    await panel.waitForSelector('[data-testid="import-done"]');
    await waitForCounts(3);
    const cells = await panel.$$eval('tr[data-member] td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(cells.join('|')).toContain('<script>alert(1)</script>');
    expect(cells.join('|')).toContain('=HYPERLINK');
    expect(await panel.$$('main img, main script')).toHaveLength(0);
    expect(await panel.evaluate(() => ({} as Record<string, unknown>).admin)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await click('[data-testid="import-undo"]');
    await waitForCounts(0);
    await closeImport();
  });

  it('reads a large XLSX under the extension’s content security policy', async () => {
    const rows: (string | number)[][] = [['Prénom', 'Nom', 'Courriel', 'Téléphone', 'Clients']];
    for (let i = 0; i < 6000; i++) rows.push([`Zoé${i}`, `Bérubé-Côté ${i}`, `membre.${i}@firme.example`, 5145550000 + (i % 9000), `CONSTRUCTION ${i % 300} INC. (${100000 + (i % 300)})`]);
    const path = join(tmp, 'grand.xlsx');
    writeFileSync(path, makeXlsx(rows));
    await chooseFile(path);
    await panel.waitForSelector('[data-testid="import-detected"]', { timeout: 20_000 });
    expect(await text('[data-testid="import-detected"]')).toContain('6000');
    await click('[data-testid="import-check"]');
    await panel.waitForSelector('[data-testid="import-summary"]', { timeout: 20_000 });
    expect(await text('[data-testid="import-summary"]')).toContain('6000 nouveaux membres');
    await click('[data-testid="import-confirm"]');
    await panel.waitForSelector('[data-testid="import-done"]', { timeout: 20_000 });
    await waitForCounts(6000);
    // A page at a time: the table does not render 6000 rows.
    expect((await panel.$$('tr[data-member]')).length).toBe(50);
    await click('[data-testid="import-undo"]');
    await waitForCounts(0);
    await closeImport();
  });

  it('refuses a file over 20 MB with a message', async () => {
    const path = join(tmp, 'enorme.csv');
    const line = 'Jean;Tremblay;jean@laforce.example\r\n';
    writeFileSync(path, `Prénom;Nom;Courriel\r\n${line.repeat(Math.ceil((20 * 1024 * 1024) / line.length) + 10)}`);
    await chooseFile(path);
    await panel.waitForSelector('[data-testid="import-refused"]');
    expect(await text('[data-testid="import-refused"]')).toContain('20 Mo');
    await closeImport();
  });

  it('has no serious accessibility problem (axe-core)', async () => {
    await chooseFile(join(FIXTURES, 'members-utf8-bom-comma.csv'));
    await panel.waitForSelector('[data-testid="import-preview"]');
    expect(await axeViolations()).toEqual([]);
    await closeImport();
  });
});

describe('worklist (Chromium)', () => {
  it('compares with a portal snapshot and opens the conversation at the item’s step', async () => {
    // The firm, one member, and a portal read where that member is missing.
    await chooseFile(join(FIXTURES, 'members-utf8-bom-comma.csv'));
    await click('[data-testid="import-check"]');
    await click('[data-testid="import-confirm"]');
    await waitForCounts(3);
    await closeImport();
    await panel.evaluate(async () => {
      const open = indexedDB.open('passerelle');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['settings', 'snapshots'], 'readwrite');
      tx.objectStore('settings').put({ key: 'firm', value: { name: 'LAFORCE COMPTABLE INC.', number: '1001' } });
      tx.objectStore('snapshots').put({
        id: 'e2e',
        takenAt: Date.now(),
        complete: true,
        contacts: [{ name: 'LEVESQUE, ZOE', firstName: '', lastName: '', email: 'zoe@laforce.example', phoneType: '', phone: '', language: '', clientNumber: '', function: '', active: 'Vrai' }],
        relations: [],
        authorizations: [],
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    // Written behind Dexie's back (the portal reader will use saveSnapshot): reopen the panel to see it.
    await panel.reload();
    await click('nav.tabs button[data-view="worklist"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="snapshot-info"]')?.textContent?.includes('1 contacts'));
    await click('[data-testid="compare"]');
    await panel.waitForSelector('[data-group="memberMissing"] [data-item]');
    const missing = await panel.$$eval('[data-group="memberMissing"] .item-title', (els) => els.map((e) => e.textContent));
    expect(missing).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
    await click('[data-group="memberMissing"] [data-testid="open-step"]');
    await panel.waitForSelector('main[data-view-active="conversation"]');
    // The conversation first asks who is speaking; once the responsable answers, it is at step 4.
    await clickReply(panel, 'role.responsable');
    await panel.waitForFunction(
      (selector, title) => [...document.querySelectorAll(selector)].some((m) => m.textContent?.includes(title)),
      {},
      MESSAGES,
      fr.guide.steps.addMember.title,
    );
  });

  it('shows the dashboard', async () => {
    await click('nav.tabs button[data-view="dashboard"]');
    await panel.waitForSelector('[data-testid="dashboard-linked"]');
    expect(await text('[data-testid="dashboard-linked"]')).toContain('1 membres sur 3');
    expect(await panel.$$('figure.chart svg')).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
  });
});
