/**
 * Fault drills in Firefox ESR (WebDriver BiDi), on the built extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backgroundStoppedMidImport, olderBuildNewerDatabase, panelClosedMidImport, storageFullMidImport, twoPanels, writeMembersCsv } from './support/drills';
import { panelClosedMidStep } from './journey-helpers';
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
