/**
 * The firm's inventory, in IndexedDB through Dexie. Opened only from extension
 * pages: a content script opening it would write into the portal's origin.
 *
 * Every published version stays here forever; later versions add `upgrade()`s.
 */
import Dexie, { type EntityTable } from 'dexie';

export interface Setting {
  key: string;
  value: unknown;
}

export class PasserelleDb extends Dexie {
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'passerelle') {
    super(name);
    this.version(1).stores({ settings: 'key' });
  }
}

let db: PasserelleDb | undefined;

export async function openDatabase(): Promise<PasserelleDb> {
  db ??= new PasserelleDb();
  await db.open();
  return db;
}
