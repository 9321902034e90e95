import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../test/unit/fresh-db';
import { createI18n } from '../../lib/i18n';
import { toClientRow, toMemberRow, type PasserelleDb } from '../db';
import { guessMapping } from '../import/columns';
import { readImportFile } from '../import/file';
import { needsOf, planImport } from '../import/plan';
import { client, member, need } from '../reconcile/fixtures';
import { FIRM_CLIENT_ID, type Member, type Need } from '../schema';
import { undoLast } from '../import/apply';
import {
  BACKUP_REMINDER_MS,
  backupReminderDue,
  makeBackup,
  parseBackup,
  restoreBackup,
} from './backup';
import { csvCell, toCsv, unescapeCell } from './csv';
import { memberExportLabels } from './labels';
import { memberRows } from './members';

describe('csvCell', () => {
  it.each([
    ['Tremblay', 'Tremblay'],
    ['=HYPERLINK("http://x";"y")', `"'=HYPERLINK(""http://x"";""y"")"`],
    ['+1 514 555-0100', "'+1 514 555-0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a;b', '"a;b"'],
    ['Gagnon, fils', '"Gagnon, fils"'],
    ['dit "Ti-Jean"', '"dit ""Ti-Jean"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    [' espace', '" espace"'],
    ['', ''],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it.each(['=1+1', '+x', '-x', '@x', '\tx', "'=déjà"])('unescapeCell reverses csvCell for %j', (value) => {
    expect(unescapeCell(csvCell(value).replace(/^"|"$/g, '').replace(/""/g, '"'))).toBe(value);
  });

  it('writes UTF-8 with a BOM, « ; » and CRLF for Québec Excel', () => {
    expect(toCsv([['Prénom', 'Nom'], ['Éloïse', 'Bérubé']])).toBe('\uFEFFPrénom;Nom\r\nÉloïse;Bérubé\r\n');
  });
});

describe('members CSV → import: the round trip', () => {
  const members: Member[] = [
    member('a', 'Rébecca', 'Descotteaux-Laforce', { status: 'codeSent', codeSentOn: '2026-01-15', role: 'Responsable', notes: 'Clé: « 12 »; voir' }),
    member('b', '=HYPERLINK("x")', '-Bérubé', { email: 'b@x.example', phoneType: 'work', language: 'en', status: 'needsHelp', codeSentOn: '', notes: '@SUM(A1)' }),
    member('c', 'Jean', 'Tremblay', { email: '', phone: '', phoneType: '', status: 'notInPortal', codeSentOn: '', clientNumber: '00123' }),
  ];
  const clients = [client('shw', 'ENTREPRISE SHW INC.', '123456'), client('pl', 'Plomberie Richard Bélanger', ''), client('t', 'Toitures, Gaël; et fils', '9')];
  const needs: Need[] = [
    need('a', 'shw', [{ subject: 'Profil', right: 'Écriture' }]),
    need('a', 'pl', [{ subject: 'Profil', right: 'Écriture' }]),
    need('a', FIRM_CLIENT_ID, [{ subject: 'Rapport mensuel', right: 'Lecture' }]),
    // Different subjects per client: written in brackets after each client.
    need('b', 'shw', [{ subject: 'Paiements et relevés', right: 'Lecture' }]),
    need('b', 't', [{ subject: "Main-d'œuvre", right: 'Écriture' }, { subject: 'Profil', right: 'Lecture' }]),
  ];

  it.each(['fr', 'en'] as const)('exports in %s and imports back the same members and needs', async (lang) => {
    const i18n = await createI18n(lang);
    const csv = toCsv(memberRows(members, clients, needs, memberExportLabels((k) => i18n.t(k))));
    const bytes = new TextEncoder().encode(csv);
    const read = await readImportFile({ name: 'export.csv', size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.source).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
    const guessed = guessMapping(read.source.table[0]!);
    expect(guessed.unknown).toEqual([]);
    const plan = planImport(read.source.table, guessed.mapping, { members: [], clients });
    expect(plan.rows.flatMap((r) => r.issues)).toEqual([]);
    const strip = ({ id: _id, updatedAt: _u, ...rest }: Member) => rest;
    expect(plan.rows.map((r) => strip(r.member))).toEqual(members.map(strip));
    const idOf = new Map(plan.rows.map((r, i) => [r.member.id, members[i]!.id]));
    const back = plan.rows.flatMap(needsOf).map((n) => ({ memberId: idOf.get(n.memberId), clientId: n.clientId, subjects: n.subjects }));
    const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(sorted(back)).toEqual(sorted(needs.map(({ memberId, clientId, subjects }) => ({ memberId, clientId, subjects }))));
    expect(plan.counts.newClients).toBe(0);
  });
});

describe('backup', () => {
  const freshDb = freshDatabases('backup');

  async function filled(): Promise<PasserelleDb> {
    const db = await freshDb();
    await db.settings.put({ key: 'firm', value: { name: 'LAFORCE COMPTABLE INC.', number: '1001' } });
    await db.members.bulkPut([toMemberRow(member('a', 'Rébecca', 'Descotteaux-Laforce')), toMemberRow(member('b', '<b>x</b>', '=1+1'))]);
    await db.clients.put(toClientRow(client('shw', 'ENTREPRISE SHW INC.', '123456')));
    await db.needs.put(need('a', 'shw', [{ subject: 'Profil', right: 'Lecture' }]));
    await db.snapshots.put({ id: 's', takenAt: 5, complete: true, contacts: [], relations: [], authorizations: [] });
    await db.worklist.put({
      id: 'memberMissing:a',
      kind: 'memberMissing',
      stepId: 'addMember',
      finding: { kind: 'memberMissing', key: 'memberMissing:a', memberId: 'a' },
      state: 'dismissed',
      dismissReason: 'Partie à la retraite',
      createdAt: 1,
      updatedAt: 2,
      snapshotId: 's',
    });
    return db;
  }

  it('round-trips through JSON into an empty database', async () => {
    const source = await filled();
    const backup = await makeBackup(source, 100);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.preview).toEqual({
      exportedAt: 100,
      firm: { name: 'LAFORCE COMPTABLE INC.', number: '1001' },
      members: 2,
      clients: 1,
      needs: 1,
      snapshots: 1,
      worklist: 1,
      danglingNeeds: 0,
    });
    const target = await freshDb();
    await restoreBackup(target, parsed.backup, 'sauvegarde', 200);
    expect(await makeBackup(target, 100)).toEqual(backup);
    expect(await target.members.get('a')).toEqual(await source.members.get('a'));
  });

  it('replaces the current inventory in one step that can be undone', async () => {
    const db = await filled();
    const before = await makeBackup(db, 1);
    const other = { ...before, members: [member('z', 'Zoé', 'Roy')], needs: [], worklist: [] };
    await restoreBackup(db, other, 'x', Date.now());
    expect((await db.members.toArray()).map((m) => m.id)).toEqual(['z']);
    expect(await undoLast(db)).toMatchObject({ ok: true });
    expect(await makeBackup(db, 1)).toEqual(before);
  });

  it.each([
    ['not json {', { ok: false, problem: 'notJson' }],
    ['{"hello":1}', { ok: false, problem: 'notBackup' }],
    ['{"format":"passerelle-backup","version":2}', { ok: false, problem: 'newerVersion' }],
  ])('refuses %j', (text, expected) => expect(parseBackup(text)).toEqual(expected));

  it('says where a damaged backup is wrong', async () => {
    const db = await filled();
    const backup = JSON.parse(JSON.stringify(await makeBackup(db, 1)));
    backup.members[1].email = 'pas un courriel';
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: false, problem: 'invalid', where: ['members.1.email'] });
  });

  it('keeps hostile keys as data and leaves needs without their member out', async () => {
    const db = await filled();
    const backup = JSON.parse(JSON.stringify(await makeBackup(db, 1)));
    backup.needs.push({ id: 'ghost|shw', memberId: 'ghost', clientId: 'shw', subjects: [] });
    const text = JSON.stringify(backup).replace('"format"', '"__proto__":{"polluted":true},"format"');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.preview.danglingNeeds).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const target = await freshDb();
    await restoreBackup(target, parsed.backup, 'x');
    expect(await target.needs.count()).toBe(1);
  });

  it.each([
    [undefined, 0, 0, false],
    [undefined, 3, 0, true],
    [0, 3, BACKUP_REMINDER_MS - 1, false],
    [0, 3, BACKUP_REMINDER_MS, true],
  ])('reminder: last backup %j, %i members, now %i → %j', (last, count, now, due) => {
    expect(backupReminderDue(last, count, now)).toBe(due);
  });
});
