import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../test/unit/fresh-db';
import { client, member, need } from './reconcile/fixtures';
import { snapshotFromInventory } from './reconcile/mirror';
import {
  decideItem,
  latestSnapshot,
  loadInventory,
  readFirm,
  reconcileLatest,
  removeMember,
  saveClient,
  saveFirm,
  saveMember,
  saveSnapshot,
  setNeeds,
} from './repository';

const freshDb = freshDatabases('repo');

describe('editing the inventory', () => {
  it('saves a member with its keys and refuses invalid values, naming the fields', async () => {
    const db = await freshDb();
    expect(await saveMember(db, member('a', 'Éloïse', 'Bérubé'), 5)).toEqual({ ok: true });
    expect(await db.members.get('a')).toMatchObject({ nameKey: 'berube eloise', updatedAt: 5 });
    expect(await saveMember(db, { ...member('b', 'X', 'Y'), email: 'pas un courriel', phone: '555' })).toEqual({
      ok: false,
      problem: { code: 'invalid', fields: ['email', 'phone'] },
    });
  });

  it('refuses a second member with the same email, or the same name when an email is missing', async () => {
    const db = await freshDb();
    await saveMember(db, member('a', 'Jean', 'Tremblay', { email: 'jean@x.example' }));
    expect(await saveMember(db, member('b', 'Autre', 'Nom', { email: 'JEAN@x.example' }))).toMatchObject({ ok: false, problem: { code: 'duplicateEmail', otherId: 'a' } });
    expect(await saveMember(db, member('c', 'JEAN', 'TREMBLAY', { email: '' }))).toMatchObject({ ok: false, problem: { code: 'duplicateName' } });
    // A homonym with another email is another person.
    expect(await saveMember(db, member('d', 'Jean', 'Tremblay', { email: 'jean2@x.example' }))).toEqual({ ok: true });
    // Saving a member again is not a duplicate of itself.
    expect(await saveMember(db, member('a', 'Jean', 'Tremblay', { email: 'jean@x.example', notes: 'x' }))).toEqual({ ok: true });
  });

  it('removes a member with their needs', async () => {
    const db = await freshDb();
    await saveMember(db, member('a', 'Jean', 'Tremblay'));
    expect(await setNeeds(db, 'a', [need('a', 'c', [{ subject: 'Profil', right: 'Lecture' }])])).toEqual({ ok: true });
    await removeMember(db, 'a');
    expect([await db.members.count(), await db.needs.count()]).toEqual([0, 0]);
  });

  it('saves a member and their needs together, or neither', async () => {
    const db = await freshDb();
    const needs = [need('a', 'c', [{ subject: 'Profil', right: 'Lecture' }])];
    expect(await saveMember(db, member('a', 'Jean', 'Tremblay'), 1, needs)).toEqual({ ok: true });
    expect(await db.needs.toArray()).toEqual(needs);
    expect(await saveMember(db, member('a', 'Jean', 'Tremblay', { notes: 'changé' }), 2, [need('b', 'c', [])])).toMatchObject({ ok: false });
    expect((await db.members.get('a'))!.notes).toBe('');
  });

  it('refuses needs that belong to another member or name unknown subjects', async () => {
    const db = await freshDb();
    expect(await setNeeds(db, 'a', [need('b', 'c', [])])).toMatchObject({ ok: false });
    expect(await setNeeds(db, 'a', [{ ...need('a', 'c', []), subjects: [{ subject: 'Comptabilité', right: 'Lecture' }] }])).toMatchObject({ ok: false });
  });

  it('saves clients, refusing a duplicate number', async () => {
    const db = await freshDb();
    expect(await saveClient(db, client('a', 'SHW inc.', '123456'))).toEqual({ ok: true });
    expect(await saveClient(db, client('b', 'Autre', '00123456'))).toMatchObject({ ok: false, problem: { code: 'duplicateNumber' } });
  });

  it('remembers the firm', async () => {
    const db = await freshDb();
    expect(await readFirm(db)).toEqual({ name: '', number: '' });
    await saveFirm(db, { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    expect(await readFirm(db)).toEqual({ name: 'LAFORCE COMPTABLE INC.', number: '1001' });
  });
});

describe('snapshots and the worklist', () => {
  async function firmWithPortal() {
    const db = await freshDb();
    await saveFirm(db, { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    await saveMember(db, member('a', 'Jean', 'Tremblay'));
    await saveMember(db, member('b', 'Marie', 'Roy', { status: 'codeToSend' }));
    await saveClient(db, client('c', 'ENTREPRISE SHW INC.', '123456'));
    await setNeeds(db, 'a', [need('a', 'c', [{ subject: 'Profil', right: 'Lecture' }])]);
    return db;
  }

  it('validates a snapshot from the portal reader and keeps the latest complete one', async () => {
    const db = await freshDb();
    await saveSnapshot(db, { takenAt: 1, complete: true, contacts: [{ name: 'X' }], relations: [], authorizations: [] });
    await saveSnapshot(db, { takenAt: 2, complete: false, contacts: [], relations: [], authorizations: [] });
    expect((await latestSnapshot(db))!.takenAt).toBe(1);
    expect((await latestSnapshot(db))!.contacts[0]).toMatchObject({ name: 'X', email: '' });
    await expect(saveSnapshot(db, { takenAt: 3, complete: true, contacts: [{ name: 42 as unknown as string }], relations: [], authorizations: [] })).rejects.toThrow();
  });

  it('says what is missing before reconciling', async () => {
    const db = await freshDb();
    expect(await reconcileLatest(db)).toEqual({ ok: false, reason: 'noSnapshot' });
    await saveSnapshot(db, { takenAt: 1, complete: true, contacts: [], relations: [], authorizations: [] });
    expect(await reconcileLatest(db)).toEqual({ ok: false, reason: 'noFirm' });
  });

  it('opens items, keeps decisions, and lets a later snapshot close what it proves fixed', async () => {
    const db = await firmWithPortal();
    const inventory = await loadInventory(db);
    const fixed = snapshotFromInventory(inventory, 1000, 'fixed');
    const broken = { ...fixed, id: 'broken', takenAt: 10, contacts: fixed.contacts.slice(1), authorizations: [] };
    await saveSnapshot(db, broken);
    const first = await reconcileLatest(db, () => {}, 20);
    expect(first).toMatchObject({ ok: true, opened: 3 });
    expect((await db.worklist.toArray()).map((i) => [i.kind, i.stepId]).sort()).toEqual([
      ['authorizationMissing', 'delegate'],
      ['linkingCodeNotSent', 'sendLinkingCodes'],
      ['memberMissing', 'addMember'],
    ]);
    await decideItem(db, 'linkingCodeNotSent:b', { state: 'dismissed', reason: 'Envoyé par courriel' }, 30);

    await saveSnapshot(db, fixed);
    const second = await reconcileLatest(db, () => {}, 2000);
    expect(second).toMatchObject({ ok: true, closed: 2, opened: 0 });
    const items = new Map((await db.worklist.toArray()).map((i) => [i.id, i]));
    expect(items.get('memberMissing:a')).toMatchObject({ state: 'done', closedBy: 'snapshot' });
    expect(items.get('linkingCodeNotSent:b')).toMatchObject({ state: 'dismissed', dismissReason: 'Envoyé par courriel' });
  });

  it('records snooze and reopen decisions', async () => {
    const db = await firmWithPortal();
    await saveSnapshot(db, { takenAt: 1, complete: true, contacts: [], relations: [], authorizations: [] });
    await reconcileLatest(db);
    await decideItem(db, 'memberMissing:a', { state: 'snoozed', until: 99 });
    expect(await db.worklist.get('memberMissing:a')).toMatchObject({ state: 'snoozed', snoozedUntil: 99 });
    await decideItem(db, 'memberMissing:a', { state: 'open' });
    expect(await db.worklist.get('memberMissing:a')).toMatchObject({ state: 'open', snoozedUntil: undefined });
  });
});
