import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toMemberRow } from '../db';
import { freshDatabases } from '../../test/unit/fresh-db';
import { member } from '../reconcile/fixtures';
import { FIRM_CLIENT_ID } from '../schema';
import { ImportBlockedError, applyImport, lastChange, latestUpdate, undoLast } from './apply';
import { guessMapping, mappingProblems } from './columns';
import { detectDelimiter, parseCsv } from './csv';
import { decodeText } from './decode';
import { MAX_IMPORT_BYTES, readImportFile, type ImportSource, type PickedFile } from './file';
import { planImport, type ExistingInventory, type ImportPlan } from './plan';

const FIXTURES = join(__dirname, '../../test/fixtures');

function fixture(name: string): PickedFile {
  const bytes = readFileSync(join(FIXTURES, name));
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

async function source(name: string): Promise<ImportSource> {
  const read = await readImportFile(fixture(name));
  if (!read.ok) throw new Error(`unexpected ${read.problem.code}`);
  return read.source;
}

const NONE: ExistingInventory = { members: [], clients: [] };

async function plan(name: string, existing = NONE): Promise<{ src: ImportSource; plan: ImportPlan; unknown: string[] }> {
  const src = await source(name);
  const guessed = guessMapping(src.table[0]!);
  const unreadableRows = src.rowProblems.map((r) => r.row);
  return { src, plan: planImport(src.table, guessed.mapping, existing, { unreadableRows }), unknown: guessed.unknown.map((i) => src.table[0]![i]!) };
}

const issuesOf = (p: ImportPlan) => p.rows.flatMap((r) => r.issues.map((i) => [i.row, i.code]));

describe('decodeText', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9], 'cé', 'utf-8-bom'],
    [[0x63, 0xc3, 0xa9], 'cé', 'utf-8'],
    [[0x63, 0xe9, 0x9c], 'céœ', 'windows-1252'],
    [[0xff, 0xfe, 0x63, 0x00, 0xe9, 0x00], 'cé', 'utf-16le'],
    [[0x61, 0x62], 'ab', 'utf-8'],
  ])('%j → %j (%s)', (bytes, text, encoding) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Prénom;Nom;Courriel\r\n', ';'],
    ['First,Last,Email\n', ','],
    ['Prénom\tNom\n', '\t'],
    ['"Nom, prénom";Courriel\n', ';'],
    ['Nom\n', ';'],
  ])('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('import fixtures', () => {
  it('reads a Windows-1252 « ; » file with accents and says which encoding it used', async () => {
    const { src, plan: p, unknown } = await plan('members-windows-1252-semicolon.csv');
    expect(src).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(unknown).toEqual([]);
    expect(p.counts).toMatchObject({ rows: 3, valid: 3, invalid: 0, create: 3, newClients: 3 });
    const [rebecca, eloise, francois] = p.rows.map((r) => r.member);
    expect(rebecca).toMatchObject({ firstName: 'Rébecca', phone: '514 555-0100', phoneType: 'cell', status: 'codeSent', codeSentOn: '2026-01-15', notes: 'Clé du bureau: nº 12' });
    expect(eloise).toMatchObject({ phone: '418 555-0199', phoneType: 'work', language: 'en', status: 'inPortal', notes: 'Préfère l’anglais' });
    expect(francois).toMatchObject({ lastName: 'Cœurdelion', phone: '819 555-0123', notes: '« Œuvre » à revoir' });
    expect(p.rows[1]!.issues.map((i) => i.code)).toEqual(['phoneExtensionDropped']);
    // « ; » inside quotes separates clients, not columns; the same client by number, by name with or without accents.
    expect(p.rows[0]!.needs!.map((n) => n.subjects)).toEqual([
      [{ subject: 'Paiements et relevés', right: 'Écriture' }, { subject: 'Profil', right: 'Lecture' }],
      [{ subject: 'Paiements et relevés', right: 'Écriture' }, { subject: 'Profil', right: 'Lecture' }],
    ]);
    const clientNames = p.newClients.map((c) => [c.name, c.number]);
    expect(clientNames).toEqual([
      ['ENTREPRISE SHW INC.', '123456'],
      ['PLUMBERIE RICHARD BÉLANGER', ''],
      ['Toitures Gaël ltée', '456789'],
    ]);
    expect(p.rows[1]!.needs![0]!.clientId).toBe(p.rows[0]!.needs![0]!.clientId);
    expect(p.rows[2]!.needs![0]!.clientId).toBe(p.rows[0]!.needs![1]!.clientId);
  });

  it('reads a UTF-8 « , » file with a BOM and English headers', async () => {
    const { src, plan: p, unknown } = await plan('members-utf8-bom-comma.csv');
    expect(src).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' });
    expect(src.table[0]![0]).toBe('First name');
    expect(unknown).toEqual([]);
    expect(p.counts).toMatchObject({ rows: 3, valid: 3 });
    expect(p.rows[0]!.member).toMatchObject({ firstName: 'Zoë', phoneType: 'cell', language: 'en', status: 'linked', role: 'Payroll clerk' });
    // Rights listed one per subject, in order.
    expect(p.rows[0]!.needs![0]!.subjects).toEqual([
      { subject: 'Profil', right: 'Lecture' },
      { subject: 'Paiements et relevés', right: 'Écriture' },
    ]);
    expect(p.rows[0]!.issues.map((i) => i.code)).toEqual(['clientOnlyNumber']);
    expect(p.rows[1]!.member).toMatchObject({ phone: '438 555-0177', status: 'codeToSend', language: 'fr' });
    expect(p.rows[2]!.member).toMatchObject({ firstName: 'Luc', lastName: 'Gagnon, fils', phone: '' });
  });

  it('reads an XLSX file, phone numbers stored as numbers included', async () => {
    const { src, plan: p } = await plan('members.xlsx');
    expect(src.kind).toBe('xlsx');
    expect(p.counts).toMatchObject({ rows: 2, valid: 2, newClients: 2 });
    expect(p.rows[0]!.member.phone).toBe('514 555-0100');
    expect(p.rows[1]!.needs!.map((n) => n.clientId)).toEqual([p.rows[0]!.needs![0]!.clientId, expect.any(String)]);
  });

  it('keeps formulas, HTML and prototype-polluting headers as plain text', async () => {
    const { plan: p, unknown } = await plan('members-formulas.csv');
    expect(unknown).toEqual(['__proto__', 'constructor']);
    expect(p.rows.map((r) => [r.member.firstName, r.member.lastName, r.member.notes, r.member.role])).toEqual([
      ['=HYPERLINK("http://evil.example";"clic")', 'Tremblay', '<img src=x onerror=alert(1)>', "+cmd|' /C calc'!A0"],
      // Surrounding spaces, tabs and line breaks are trimmed like any cell's.
      ['Marie', '-2+3', '@SUM(A1:A9)', 'TAB'],
      ['Luc', '<script>alert(1)</script>', '=1+1', 'CR'],
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('admin');
    for (const r of p.rows) expect(Object.getPrototypeOf(r.member)).toBe(Object.prototype);
  });

  it('reports each broken row with its row number, and an unknown column', async () => {
    const { src, plan: p, unknown } = await plan('members-broken.csv');
    expect(unknown).toEqual(['Colonne mystère']);
    expect(src.rowProblems).toEqual([{ row: 9, code: 'unclosedQuote' }]);
    expect(issuesOf(p)).toEqual([
      [3, 'emailInvalid'],
      [4, 'phoneInvalid'],
      [5, 'duplicateMember'],
      [6, 'statusUnknown'],
      [7, 'nameMissing'],
      [8, 'subjectUnknown'],
      [9, 'rowUnreadable'],
    ]);
    expect(p.rows.find((r) => r.row === 5)!.issues[0]).toMatchObject({ firstRow: 2 });
    expect(p.rows.find((r) => r.row === 3)!.issues[0]).toMatchObject({ column: 'Courriel', value: 'marie@@laforce' });
    expect(p.counts).toMatchObject({ valid: 1, invalid: 7 });
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const read = await readImportFile({ name: 'huge.csv', size: MAX_IMPORT_BYTES + 1, arrayBuffer });
    expect(read).toEqual({ ok: false, problem: { code: 'fileTooLarge', megabytes: 21 } });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses a real 20 MB + 1 byte file generated here', async () => {
    const line = 'Jean;Tremblay;jean@laforce.example\r\n';
    const big = new Blob([`Prénom;Nom;Courriel\r\n${line.repeat(Math.ceil(MAX_IMPORT_BYTES / line.length))}`]);
    expect(big.size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const read = await readImportFile({ name: 'big.csv', size: big.size, arrayBuffer: () => big.arrayBuffer() });
    expect(read.ok).toBe(false);
  });

  it.each([
    [[0xd0, 0xcf, 0x11, 0xe0, 0, 0], 'xlsNotSupported'],
    [[0x50, 0x4b, 0x03, 0x04, 0, 0], 'xlsxUnreadable'],
    [[0x20, 0x0a], 'fileEmpty'],
  ])('explains an unusable file %j', async (bytes, code) => {
    const b = new Uint8Array(bytes);
    const read = await readImportFile({ name: 'x', size: b.length, arrayBuffer: async () => b.buffer });
    expect(read).toEqual({ ok: false, problem: { code } });
  });
});

describe('mapping', () => {
  it.each([
    [['Prénom', 'Nom', 'Courriel'], ['firstName', 'lastName', 'email']],
    [['FIRST NAME', 'last_name', 'E-mail'], ['firstName', 'lastName', 'email']],
    [['Nom complet', 'N° client CCQ', 'Type du numéro de téléphone principal'], ['fullName', 'clientNumber', 'phoneType']],
    [['Nom', 'Nom'], ['lastName', null]],
  ])('%j → %j', (headers, fields) => expect(guessMapping(headers).mapping).toEqual(fields));

  it('needs a name column and each field once', () => {
    expect(mappingProblems(['email'])).toEqual([{ code: 'noNameColumn' }]);
    expect(mappingProblems(['lastName', 'email', 'email'])).toEqual([{ code: 'columnMappedTwice', field: 'email', columns: [1, 2] }]);
    expect(mappingProblems(['fullName'])).toEqual([]);
  });

  it('splits a full name written « NOM, Prénom » or « Prénom Nom », and says when it guessed', () => {
    const p = planImport([['Nom complet'], ['TREMBLAY, Jean'], ['Marie Roy'], ['Marie Claude Roy']], ['fullName'], NONE);
    expect(p.rows.map((r) => [r.member.firstName, r.member.lastName, r.issues.map((i) => i.code)])).toEqual([
      ['Jean', 'TREMBLAY', []],
      ['Marie', 'Roy', []],
      ['Marie', 'Claude Roy', ['nameSplitGuessed']],
    ]);
  });

  it('creates no client that only rows with errors name', () => {
    const table = [
      ['Nom', 'Courriel', 'Clients'],
      ['Roy', 'roy@laforce.example', 'SHW INC. (123456); TOITURES GAËL'],
      ['Côté', 'pas un courriel', 'TOITURES GAËL; PLOMBERIE X (345678)'],
    ];
    const p = planImport(table, guessMapping(table[0]!).mapping, NONE);
    expect(p.counts).toMatchObject({ valid: 1, invalid: 1, newClients: 2 });
    expect(p.newClients.map((c) => c.name)).toEqual(['SHW INC.', 'TOITURES GAËL']);
  });

  it('reads the firm’s own subjects', () => {
    const p = planImport([['Nom', 'Sujets de la firme'], ['Roy', 'Rapport mensuel (Écriture)']], ['lastName', 'firmSubjects'], NONE);
    expect(p.rows[0]!.needs).toEqual([
      expect.objectContaining({ clientId: FIRM_CLIENT_ID, subjects: [{ subject: 'Rapport mensuel', right: 'Écriture' }] }),
    ]);
  });
});

describe('applying an import', () => {
  const freshDb = freshDatabases('import');
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes nothing while rows have errors, unless the person chose to leave them out', async () => {
    const db = await freshDb();
    const { plan: p } = await plan('members-broken.csv');
    await expect(applyImport(db, p, { skipInvalid: false, label: 'x' })).rejects.toBeInstanceOf(ImportBlockedError);
    expect(await db.members.count()).toBe(0);
    await applyImport(db, p, { skipInvalid: true, label: 'x' });
    expect(await db.members.count()).toBe(1);
  });

  it('is all or nothing when a write fails midway', async () => {
    const db = await freshDb();
    const { plan: p } = await plan('members-windows-1252-semicolon.csv');
    vi.spyOn(db.needs, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(applyImport(db, p, { skipInvalid: false, label: 'x' })).rejects.toThrow(/Quota/);
    expect([await db.members.count(), await db.clients.count(), await db.needs.count(), await db.journal.count()]).toEqual([0, 0, 0, 0]);
  });

  it('writes members, clients and needs, updates on a second import, and undoes the last import', async () => {
    const db = await freshDb();
    const existing = member('old', 'Rébecca', 'Descotteaux-Laforce', { email: 'rebecca@laforce.example', role: 'Ancienne fonction', notes: 'à garder', updatedAt: 1 });
    await db.members.put(toMemberRow(existing));
    await db.needs.put({ id: 'old|x', memberId: 'old', clientId: 'x', subjects: [] });

    const first = await plan('members-windows-1252-semicolon.csv', { members: [existing], clients: [] });
    expect(first.plan.counts).toMatchObject({ create: 2, update: 1 });
    const result = await applyImport(db, first.plan, { skipInvalid: false, label: 'membres.csv', now: 10 });
    expect(result).toEqual({ created: 2, updated: 1, clients: 3, needs: 5 });
    expect(await db.members.get('old')).toMatchObject({ role: 'Responsable', notes: 'Clé du bureau: nº 12', nameKey: 'descotteaux laforce rebecca' });
    expect(await db.needs.where('memberId').equals('old').count()).toBe(2);
    expect((await lastChange(db))!.label).toBe('membres.csv');

    // The same file again: the same members, updated, no duplicates.
    const again = await plan('members-windows-1252-semicolon.csv', {
      members: await db.members.toArray(),
      clients: await db.clients.toArray(),
    });
    expect(again.plan.counts).toMatchObject({ create: 0, update: 3, newClients: 0 });

    expect(await undoLast(db)).toMatchObject({ ok: true });
    expect(await db.members.toArray()).toEqual([toMemberRow(existing)]);
    expect(await db.needs.toArray()).toEqual([{ id: 'old|x', memberId: 'old', clientId: 'x', subjects: [] }]);
    expect(await db.clients.count()).toBe(0);
    expect(await undoLast(db)).toEqual({ ok: false, reason: 'nothingToUndo' });
  });

  it('refuses to undo an import whose members were edited since', async () => {
    const db = await freshDb();
    const { plan: p } = await plan('members-utf8-bom-comma.csv');
    await applyImport(db, p, { skipInvalid: false, label: 'x', now: 10 });
    const one = (await db.members.toArray())[0]!;
    await db.members.put({ ...one, notes: 'edited', updatedAt: Date.now() + 1000 });
    expect(await undoLast(db)).toMatchObject({ ok: false, reason: 'changedSince', count: 1 });
    expect(await db.members.count()).toBe(3);
  });

  it('reports progress up to 1', async () => {
    const db = await freshDb();
    const table = [['Prénom', 'Nom', 'Courriel'], ...Array.from({ length: 4500 }, (_, i) => ['P', `N${i}`, `m${i}@x.example`])];
    const p = planImport(table, guessMapping(table[0]!).mapping, NONE);
    const seen: number[] = [];
    await applyImport(db, p, { skipInvalid: false, label: 'x', onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(await db.members.count()).toBe(4500);
  });
});

describe('parseCsv', () => {
  it('keeps quoted separators and line breaks inside cells', () => {
    expect(parseCsv('a;b\r\n"x;y";"1\n2"\r\n').rows).toEqual([
      ['a', 'b'],
      ['x;y', '1\n2'],
    ]);
  });
});

describe('latestUpdate', () => {
  it('takes the latest time however many rows a file has (no argument spread)', () => {
    const times = Array.from({ length: 300_000 }, (_, i) => i);
    expect(latestUpdate(times, 5)).toBe(299_999);
    expect(latestUpdate([1, 2], 10)).toBe(10);
  });
});
