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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { backgroundStoppedMidImport, olderBuildNewerDatabase, panelClosedMidImport, storageFullMidImport, twoPanels, writeMembersCsv } from './support/drills';

const ROWS = 8_000;
let h: Harness;
let tmp: string;
let bigCsv: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'passerelle-drills-'));
  bigCsv = writeMembersCsv(tmp, ROWS);
  h = await startHarness({ browser: 'chromium' });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

// The bodies are shared with drills.firefox (support/drills.ts).
describe('fault drills (Chromium)', () => {
  it('the panel closed in the middle of an import: every row or none; importing again gives exactly the file’s rows', () => panelClosedMidImport(h, bigCsv, ROWS));
  it('the background worker stopped in the middle of an import: the count is exact', () => backgroundStoppedMidImport(h, bigCsv, ROWS));
  it('two windows: language, journey and inventory follow each other; two answers at once end in one journey', { timeout: 60_000 }, () => twoPanels(h));
  it('storage full during an import: nothing written, a clear message, a backup copy offered and saved', () => storageFullMidImport(h, bigCsv));
  it('an older build opening a database a newer build saved: it keeps working with every row (or says to update)', () => olderBuildNewerDatabase(h));
});
