/**
 * Training mode keeps the demo firm in a database of its own, so a trainer's
 * demo never mixes with a real firm's inventory on the same computer:
 * - `passerelle` holds the person's real inventory and is never deleted;
 * - `passerelle-training` holds the demo firm; loading the demo or resetting
 *   it deletes that database, and only that one (the name is a constant).
 * Which one the panel opens is decided once per panel load by the training
 * switch in extension storage; flipping it reloads the panel.
 */
import Dexie from 'dexie';
import { PasserelleDb, toClientRow, toMemberRow, writeSetting } from './db';
import { buildDemoInventory } from './demo';
import { FIRM_SETTING } from './export/backup';
import { TRAINING_DATABASE } from './training-switch';

export { REAL_DATABASE, TRAINING_DATABASE, TRAINING_MODE_KEY, databaseNameFor, isTrainingMode, setTrainingMode } from './training-switch';

/** Deletes the demo. Only ever the training database: the real inventory is out of reach here. */
export async function eraseTrainingDatabase(): Promise<void> {
  await Dexie.delete(TRAINING_DATABASE);
}

/** A fresh demo firm in the training database (whatever the demo held before is gone). */
export async function loadDemoFirm(now = Date.now(), today = new Date().toISOString().slice(0, 10)): Promise<{ members: number; clients: number }> {
  await eraseTrainingDatabase();
  const demo = buildDemoInventory(now, today);
  const db = new PasserelleDb(TRAINING_DATABASE);
  try {
    await db.transaction('rw', [db.members, db.clients, db.needs, db.settings], async () => {
      await db.members.bulkPut(demo.members.map(toMemberRow));
      await db.clients.bulkPut(demo.clients.map(toClientRow));
      await db.needs.bulkPut(demo.needs);
      await writeSetting(db, FIRM_SETTING, demo.firm);
    });
  } finally {
    db.close();
  }
  return { members: demo.members.length, clients: demo.clients.length };
}
