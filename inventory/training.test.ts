import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PasserelleDb, toMemberRow } from './db';
import { blankMember } from './schema';
import { REAL_DATABASE, TRAINING_DATABASE, eraseTrainingDatabase, isTrainingMode, loadDemoFirm, setTrainingMode } from './training';

async function realFirmRow(): Promise<void> {
  const db = new PasserelleDb(REAL_DATABASE);
  await db.members.put(toMemberRow({ ...blankMember('real-1', 1), firstName: 'Vraie', lastName: 'Personne', email: 'vraie@firme.example' }));
  db.close();
}

async function rows(name: string) {
  const db = new PasserelleDb(name);
  const out = { members: await db.members.toArray(), clients: await db.clients.count(), firm: await db.settings.get('firm') };
  db.close();
  return out;
}

describe('training mode keeps the demo apart', () => {
  it('loads the demo into its own database, reloads it fresh, erases it, and never touches the real inventory', async () => {
    await Dexie.delete(REAL_DATABASE);
    await realFirmRow();
    const before = await rows(REAL_DATABASE);

    const loaded = await loadDemoFirm(5, '2026-12-01');
    const demo = await rows(TRAINING_DATABASE);
    expect(demo.members.length).toBe(loaded.members);
    expect(demo.clients).toBe(loaded.clients);
    expect(demo.firm?.value).toEqual({ name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    expect(demo.members.some((m) => m.id === 'real-1')).toBe(false);

    // A trainer's edit, then loading again: the demo comes back as it was.
    const t = new PasserelleDb(TRAINING_DATABASE);
    await t.members.put(toMemberRow({ ...blankMember('edited', 1), firstName: 'Ajout', lastName: 'Démo' }));
    t.close();
    await loadDemoFirm(6, '2026-12-01');
    expect((await rows(TRAINING_DATABASE)).members.some((m) => m.id === 'edited')).toBe(false);

    await eraseTrainingDatabase();
    expect((await Dexie.getDatabaseNames()).includes(TRAINING_DATABASE)).toBe(false);
    expect(await rows(REAL_DATABASE)).toEqual(before);
  });

  it('the switch is off unless set, and follows what is set', async () => {
    expect(await isTrainingMode()).toBe(false);
    await setTrainingMode(true);
    expect(await isTrainingMode()).toBe(true);
    await setTrainingMode(false);
    expect(await isTrainingMode()).toBe(false);
  });
});

describe('reads from the training copy', () => {
  it('go into the inventory only in training mode (the demo database); the real portal’s always', async () => {
    const { storesRead } = await import('../panel/portal/client');
    expect([storesRead(true, false), storesRead(true, true), storesRead(false, false), storesRead(false, true)]).toEqual([false, true, true, true]);
  });
});
