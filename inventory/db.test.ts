/**
 * Schema history: every version replayed from scratch with data written at
 * that version; every row must survive to the current version, and a failing
 * upgrade must leave the older database readable.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, PasserelleDb, SCHEMA, type SchemaVersion } from './db';
import { member, client, need } from './reconcile/fixtures';
import { Member } from './schema';

let counter = 0;
const opened: Dexie[] = [];
function dbAt(name: string, versions: readonly SchemaVersion[]): PasserelleDb {
  const db = new PasserelleDb(name, versions);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Rows written by a build that ran at each version, as that build wrote them. */
const FIXTURE: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('settings').put({ key: 'firm', value: { name: 'LAFORCE COMPTABLE INC.', number: '1001' } });
  },
  2: async (db) => {
    // Version 2 stored members and clients without their comparison keys.
    await db.table('members').put(member('rebecca', 'Rébecca', 'Descotteaux-Laforce', { email: 'Rebecca@Laforce.example' }));
    // A row damaged by hand (devtools) must not stop the upgrade.
    await db.table('members').put({ id: 'damaged', status: 'inPortal' });
    await db.table('clients').put(client('shw', 'Entreprise SHW inc.', '00123456'));
    await db.table('needs').put(need('rebecca', 'shw', [{ subject: 'Profil', right: 'Lecture' }]));
    await db.table('snapshots').put({ id: 's1', takenAt: 1, complete: true, contacts: [], relations: [], authorizations: [] });
    await db.table('worklist').put({ id: 'memberMissing:rebecca', kind: 'memberMissing', state: 'open' });
    await db.table('journal').add({ kind: 'import', at: 1, label: 'membres.csv', added: { members: [], clients: [], needs: [] }, replaced: { members: [], clients: [], needs: [] } });
  },
  3: async (db) => {
    await db.table('members').put({ ...member('jean', 'Jean', 'Tremblay'), nameKey: 'jean tremblay', emailKey: 'jean@laforce.example' });
  },
};

/** A database as builds 1…`upTo` left it: each opened it at its version and wrote its rows. */
async function historyUpTo(name: string, upTo: number): Promise<void> {
  for (const v of SCHEMA.slice(0, upTo)) {
    const db = dbAt(name, SCHEMA.slice(0, v.version));
    await db.open();
    expect(db.verno).toBe(v.version);
    await FIXTURE[v.version]!(db);
    db.close();
  }
}

/** Every row written by builds 1…`upTo` must be readable at the current version. */
async function expectFixtureRows(db: PasserelleDb, upTo: number) {
  if (upTo >= 1) {
    expect(await db.settings.get('firm')).toEqual({ key: 'firm', value: { name: 'LAFORCE COMPTABLE INC.', number: '1001' } });
  }
  if (upTo >= 2) {
    const rebecca = await db.members.get('rebecca');
    expect(rebecca).toMatchObject({ firstName: 'Rébecca', nameKey: 'descotteaux laforce rebecca', emailKey: 'rebecca@laforce.example' });
    expect(await db.members.where('emailKey').equals('rebecca@laforce.example').count()).toBe(1);
    expect(await db.members.get('damaged')).toMatchObject({ id: 'damaged', status: 'inPortal', nameKey: '', emailKey: '' });
    expect(await db.clients.get('shw')).toMatchObject({ name: 'Entreprise SHW inc.', numberKey: '123456', nameKey: 'entreprise shw inc' });
    expect(await db.needs.count()).toBe(1);
    expect(await db.snapshots.get('s1')).toBeTruthy();
    expect(await db.worklist.get('memberMissing:rebecca')).toBeTruthy();
    expect(await db.journal.count()).toBe(1);
  }
  if (upTo >= 3) {
    const jean = await db.members.get('jean');
    expect(jean).toMatchObject({ nameKey: 'jean tremblay' });
    // Written before members' reports existed: still a valid member, nothing reported.
    const parsed = Member.safeParse(jean);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ status: 'codeSent' });
    expect(parsed.data!.reportedOn ?? '').toBe('');
  }
}

describe('schema history', () => {
  it('declares versions in increasing order and never drops one', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(SCHEMA.length);
  });

  it('has a data fixture for every version', () => {
    expect(Object.keys(FIXTURE).map(Number)).toEqual(SCHEMA.map((v) => v.version));
  });

  it.each(SCHEMA.map((v) => v.version))('upgrades a database last opened at version %i, keeping every row', async (from) => {
    const name = `from-${from}-${counter++}`;
    await historyUpTo(name, from);
    const db = dbAt(name, SCHEMA);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    await expectFixtureRows(db, from);
  });

  it('leaves the older database readable when an upgrade throws', async () => {
    const name = `failing-${counter++}`;
    await historyUpTo(name, CURRENT_VERSION);

    const broken: SchemaVersion = {
      version: CURRENT_VERSION + 1,
      stores: { members: 'id, email, status, nameKey, emailKey, role' },
      upgrade: async (tx) => {
        await tx.table('members').toCollection().modify((m: { role: string }) => (m.role = 'half-done'));
        throw new Error('upgrade bug');
      },
    };
    const failing = dbAt(name, [...SCHEMA, broken]);
    await expect(failing.open()).rejects.toThrow(/upgrade bug/);
    failing.close();

    const again = dbAt(name, SCHEMA);
    await again.open();
    expect(again.verno).toBe(CURRENT_VERSION);
    await expectFixtureRows(again, CURRENT_VERSION);
    // Nothing of the aborted upgrade was kept.
    expect((await again.members.get('jean'))!.role).toBe('');
  });
});

describe('no code path deletes the database', () => {
  const root = join(__dirname, '..');
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (['node_modules', '.output', '.wxt', '.git', 'test'].includes(entry)) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) sources.push(path);
    }
  };
  walk(root);

  // The one exception: training mode erases its own demo database, named by a constant (inventory/training.ts).
  const TRAINING = join(root, 'inventory', 'training.ts');

  it.each([/Dexie\.delete\s*\(/, /deleteDatabase\s*\(/, /\bdb\.delete\s*\(\s*\)/, /\.clear\s*\(\s*\)/])('no source calls %s', (pattern) => {
    const offenders = sources.filter((f) => f !== TRAINING && pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('training mode deletes only the training database, by its constant name', () => {
    const calls = readFileSync(TRAINING, 'utf8').match(/Dexie\.delete\s*\([^)]*\)|deleteDatabase\s*\([^)]*\)|\.clear\s*\(\s*\)|\bdb\.delete\s*\(\s*\)/g);
    expect(calls).toEqual(['Dexie.delete(TRAINING_DATABASE)']);
  });
});
