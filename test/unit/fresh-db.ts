/**
 * Fresh, opened inventory databases for a test file (fake-indexeddb), each
 * with its own name, closed after each test.
 */
import { afterEach } from 'vitest';
import { PasserelleDb } from '../../inventory/db';

export function freshDatabases(prefix: string): () => Promise<PasserelleDb> {
  const opened: PasserelleDb[] = [];
  let n = 0;
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return async () => {
    const db = new PasserelleDb(`${prefix}-${n++}-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    await db.open();
    return db;
  };
}
