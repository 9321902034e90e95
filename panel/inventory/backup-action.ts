/**
 * Making a backup copy from the panel: the whole inventory as a JSON file in
 * the person's downloads. Shared by the data tools and the import's
 * storage-full message, which offers it.
 */
import { makeBackup, markBackedUp } from '../../inventory/export/backup';
import type { PasserelleDb } from '../../inventory/db';
import { download, today } from './download';

export async function downloadBackup(db: PasserelleDb, tr: (key: string) => string): Promise<void> {
  const data = await makeBackup(db);
  download(`passerelle-${tr('inventory.backup.file')}-${today()}.json`, JSON.stringify(data), 'application/json');
  // With the storage full this note may not be written: the copy is saved all the same.
  await markBackedUp(db).catch(() => undefined);
}
