/**
 * Fault drills in Firefox ESR (WebDriver BiDi), on the built extension, the
 * same bodies as in Chromium (support/drills.ts, support/portal-drills.ts,
 * journey-helpers.ts). "The panel" is the sidebar page in a tab: the real
 * sidebar cannot be driven (bug 1755014, test/harness/README.md), so closing
 * the panel is closing that tab.
 * - the panel closed in the middle of a step (a form half typed), of an
 *   import, of a fill: reopened where it was, nothing done twice;
 * - the background page stopped in the middle of an import: the count is
 *   exact. Firefox MV2 keeps a persistent background page that nothing but a
 *   crash stops; the harness stops it with Firefox's own hook
 *   (`extension.terminateBackground()`, behind about:debugging's « Terminate
 *   background script »), run in the browser window over BiDi;
 * - two panel pages: language, journey and inventory follow; two answers at
 *   once end in one journey;
 * - storage full during an import: the same fault as in Chromium, injected in
 *   the panel's own IndexedDB calls (a real quota would need a small
 *   `dom.quotaManager` limit for the whole browser, which the other drills' imports would hit);
 * - an older build opening a database a newer build saved: no loss;
 * - the portal's DOM drifted: reported, nothing filled wrongly.
 * Not here (nor in Chromium):
 * - a schema upgrade that throws: no API makes the built extension's own Dexie upgrade throw (its
 *   pages load no code but their own); drilled with Dexie on fake-indexeddb in inventory/db.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { panelClosedMidStep } from './journey-helpers';
import { backgroundStoppedMidImport, olderBuildNewerDatabase, panelClosedMidImport, storageFullMidImport, twoPanels, writeMembersCsv } from './support/drills';
import { clicks, sessionForFile, submissions } from './support/portal-actions';
import { panelClosedMidFill, portalDrifted } from './support/portal-drills';

const ROWS = 8_000;
const s = sessionForFile('firefox');
let tmp: string;
let bigCsv: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'passerelle-drills-'));
  bigCsv = writeMembersCsv(tmp, ROWS);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('fault drills (Firefox)', () => {
  it('the panel closed in the middle of a step, a form half typed: reopened where it was, draft kept, nothing said twice', () => panelClosedMidStep(s.h));
  it('the panel closed in the middle of an import: every row or none; importing again gives exactly the file’s rows', () => panelClosedMidImport(s.h, bigCsv, ROWS));
  it('the background page stopped in the middle of an import: the count is exact', () => backgroundStoppedMidImport(s.h, bigCsv, ROWS));
  it('two panels: language, journey and inventory follow each other; two answers at once end in one journey', { timeout: 60_000 }, () => twoPanels(s.h));
  it('storage full during an import: nothing written, a clear message, a backup copy offered and saved', () => storageFullMidImport(s.h, bigCsv));
  it('an older build opening a database a newer build saved: it keeps working with every row (or says to update)', () => olderBuildNewerDatabase(s.h));
});

describe('portal drills (Firefox)', () => {
  afterEach(async () => {
    // Whatever the page did, the person's clicks stay the person's.
    expect(await clicks(s.portal)).toEqual({ attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 });
    expect(await submissions(s.portal)).toBe(0);
  });
  it('the portal’s DOM drifted (a label renamed, a field removed, two fields with one label): reported, said in French, nothing filled wrongly', () => portalDrifted(s));
  it('the panel closed in the middle of a fill; reopened: nothing filled twice, the form consistent, nothing submitted, a new request works', () => panelClosedMidFill(s));
});
