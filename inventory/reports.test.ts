import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../test/unit/fresh-db';
import { member, worklistItem } from './reconcile/fixtures';
import { applyCodeSent, applyReport, codeItemId, helpItemId, membersNeedingCode } from './reports';
import { recordCodeSent, recordReport, saveMember, reconcileLatest, saveSnapshot, saveFirm } from './repository';
import { Member, type MemberStatus } from './schema';
import { mergeWorklist, type WorklistItem } from './worklist';

const luc = member('luc', 'Luc', 'Tremblay', { status: 'codeSent' });
const codeItem = worklistItem({ kind: 'linkingCodeNotSent', key: codeItemId('luc'), memberId: 'luc' });
const byId = (...items: WorklistItem[]) => new Map(items.map((i) => [i.id, i]));

describe('applyReport: what a member reports', () => {
  it.each<[Parameters<typeof applyReport>[2]['report'], MemberStatus]>([
    ['accountCreated', 'accountCreated'],
    ['linked', 'linked'],
    ['stuck', 'needsHelp'],
  ])('%s puts the member in status %s with the date and note', (report, status) => {
    const r = applyReport(luc, new Map(), { report, on: '2026-02-03', note: '  courriel introuvable ' }, 9);
    expect(r.member).toMatchObject({ status, reportedOn: '2026-02-03', reportNote: 'courriel introuvable', updatedAt: 9 });
    expect(Member.safeParse(r.member).success).toBe(true);
  });

  it('stuck opens a « help this member » item tied to the after-launch step, with the note', () => {
    const r = applyReport(luc, new Map(), { report: 'stuck', on: '2026-02-03', note: 'Pas reçu le courriel' }, 5);
    expect(r.put).toEqual([
      expect.objectContaining({
        id: helpItemId('luc'),
        kind: 'memberNeedsHelp',
        stepId: 'afterLaunch',
        state: 'open',
        finding: { kind: 'memberNeedsHelp', key: helpItemId('luc'), memberId: 'luc', note: 'Pas reçu le courriel', reportedOn: '2026-02-03' },
      }),
    ]);
  });

  it('stuck again reopens a closed help item and keeps when it was first opened', () => {
    const help = worklistItem({ kind: 'memberNeedsHelp', key: helpItemId('luc'), memberId: 'luc', note: '', reportedOn: '' }, { state: 'done', closedBy: 'report', createdAt: 1 });
    const r = applyReport(luc, byId(help), { report: 'stuck', on: '2026-02-05' }, 7);
    expect(r.put[0]).toMatchObject({ state: 'open', closedBy: undefined, createdAt: 1, updatedAt: 7 });
  });

  it('linked closes the help item and the step-6 item', () => {
    const help = worklistItem({ kind: 'memberNeedsHelp', key: helpItemId('luc'), memberId: 'luc', note: '', reportedOn: '' });
    const r = applyReport(luc, byId(help, codeItem), { report: 'linked', on: '2026-02-06' }, 8);
    expect(r.put.map((i) => [i.id, i.state, i.closedBy])).toEqual([
      [helpItemId('luc'), 'done', 'report'],
      [codeItemId('luc'), 'done', 'report'],
    ]);
  });

  it('leaves items the person already closed or dismissed as they are', () => {
    const dismissed = { ...codeItem, state: 'dismissed' as const, dismissReason: 'Parti' };
    expect(applyReport(luc, byId(dismissed), { report: 'linked', on: '2026-02-06' }, 8).put).toEqual([]);
  });
});

describe('applyCodeSent: step 6 for one member', () => {
  it('sets « code sent » with the date and closes the step-6 item', () => {
    const r = applyCodeSent({ ...luc, status: 'codeToSend', codeSentOn: '' }, byId(codeItem), '2026-02-01', 3);
    expect(r.member).toMatchObject({ status: 'codeSent', codeSentOn: '2026-02-01' });
    expect(r.put).toEqual([expect.objectContaining({ id: codeItemId('luc'), state: 'done', closedBy: 'person' })]);
  });
});

describe('membersNeedingCode', () => {
  it('lists members whose code has not gone out, by last name', () => {
    const list = membersNeedingCode([
      member('a', 'Zoé', 'Roy', { status: 'codeToSend' }),
      member('b', 'Luc', 'Tremblay', { status: 'linked' }),
      member('c', 'Éloïse', 'Côté', { status: 'notInPortal' }),
      member('d', 'Jean', 'Bédard', { status: 'needsHelp' }),
      member('e', 'Anne', 'Arsenault', { status: 'codeSent' }),
    ]);
    expect(list.map((m) => m.id)).toEqual(['c', 'a']);
  });
});

describe('a snapshot does not touch reported items', () => {
  it('keeps a « help this member » item open when a later comparison does not show it', () => {
    const help = worklistItem({ kind: 'memberNeedsHelp', key: helpItemId('luc'), memberId: 'luc', note: '', reportedOn: '' });
    expect(mergeWorklist([help], [], { id: 's', takenAt: 1 }, 1).put).toEqual([]);
  });
});

describe('recordReport / recordCodeSent (stored)', () => {
  const fresh = freshDatabases('reports');

  it('stores the report and its worklist item in one go, and a comparison keeps the item', async () => {
    const db = await fresh();
    expect(await saveMember(db, { ...luc, status: 'codeSent' })).toEqual({ ok: true });
    expect(await recordReport(db, 'luc', { report: 'stuck', on: '2026-02-03', note: 'Code refusé' }, 10)).toBe(true);
    expect(await db.members.get('luc')).toMatchObject({ status: 'needsHelp', reportedOn: '2026-02-03', reportNote: 'Code refusé' });
    expect(await db.worklist.get(helpItemId('luc'))).toMatchObject({ state: 'open', stepId: 'afterLaunch' });

    await saveFirm(db, { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    await saveSnapshot(db, { takenAt: 20, complete: true, contacts: [], relations: [], authorizations: [] });
    expect((await reconcileLatest(db, () => {}, 20)).ok).toBe(true);
    expect(await db.worklist.get(helpItemId('luc'))).toMatchObject({ state: 'open' });

    expect(await recordReport(db, 'luc', { report: 'linked', on: '2026-02-04' }, 30)).toBe(true);
    expect(await db.worklist.get(helpItemId('luc'))).toMatchObject({ state: 'done', closedBy: 'report' });
    expect((await db.members.get('luc'))!.status).toBe('linked');
  });

  it('refuses a bad date or an unknown member, writing nothing', async () => {
    const db = await fresh();
    await saveMember(db, luc);
    expect(await recordReport(db, 'luc', { report: 'linked', on: '3 février' })).toBe(false);
    expect(await recordReport(db, 'nobody', { report: 'linked', on: '2026-02-04' })).toBe(false);
    expect(await recordCodeSent(db, 'luc', 'hier')).toBe(false);
    expect((await db.members.get('luc'))!.status).toBe('codeSent');
    expect(await db.worklist.count()).toBe(0);
  });

  it('records a code sent on a date', async () => {
    const db = await fresh();
    await saveMember(db, { ...luc, status: 'codeToSend', codeSentOn: '' });
    expect(await recordCodeSent(db, 'luc', '2026-02-01')).toBe(true);
    expect(await db.members.get('luc')).toMatchObject({ status: 'codeSent', codeSentOn: '2026-02-01' });
  });
});
