/**
 * The inventory as signals for the panel's views, kept current by Dexie's
 * liveQuery: an import, an edit in another window or a reconciliation shows
 * up everywhere without a reload. Started by the first inventory view shown.
 */
import { computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { openDatabase, type ClientRow, type JournalEntry, type MemberRow, type PasserelleDb } from '../../inventory/db';
import { LAST_BACKUP_SETTING } from '../../inventory/export/backup';
import { readFirm } from '../../inventory/repository';
import type { Firm, Need } from '../../inventory/schema';
import type { WorklistItem } from '../../inventory/worklist';

export interface SnapshotInfo {
  id: string;
  takenAt: number;
  complete: boolean;
  contacts: number;
  relations: number;
  authorizations: number;
}

export const database = signal<PasserelleDb | null>(null);
/** Set when the database cannot be opened; the data on disk is left as it is. */
export const databaseError = signal<string | null>(null);
export const loaded = signal(false);
export const members = signal<MemberRow[]>([]);
export const clients = signal<ClientRow[]>([]);
export const needs = signal<Need[]>([]);
export const worklist = signal<WorklistItem[]>([]);
export const firm = signal<Firm>({ name: '', number: '' });
export const lastBackupAt = signal<number | undefined>(undefined);
export const lastChange = signal<JournalEntry | undefined>(undefined);
export const latestSnapshot = signal<SnapshotInfo | undefined>(undefined);

export const membersById = computed(() => new Map(members.value.map((m) => [m.id, m])));
export const clientsById = computed(() => new Map(clients.value.map((c) => [c.id, c])));
export const needsByMember = computed(() => {
  const by = new Map<string, Need[]>();
  for (const n of needs.value) {
    const list = by.get(n.memberId);
    if (list) list.push(n);
    else by.set(n.memberId, [n]);
  }
  return by;
});

let started: Promise<void> | undefined;

function follow<T>(query: (db: PasserelleDb) => Promise<T>, target: { value: T }, db: PasserelleDb) {
  liveQuery(() => query(db)).subscribe({
    next: (value) => (target.value = value),
    error: (e: unknown) => (databaseError.value = String(e)),
  });
}

/** Opens the database once and follows every table the views show. */
export function startInventoryStore(): Promise<void> {
  started ??= (async () => {
    try {
      const db = await openDatabase();
      database.value = db;
      liveQuery(() => db.members.toArray()).subscribe({
        next: (value) => {
          members.value = value;
          loaded.value = true;
        },
        error: (e: unknown) => (databaseError.value = String(e)),
      });
      follow((d) => d.clients.toArray(), clients, db);
      follow((d) => d.needs.toArray(), needs, db);
      follow((d) => d.worklist.toArray(), worklist, db);
      follow((d) => readFirm(d), firm, db);
      follow(async (d) => (await d.settings.get(LAST_BACKUP_SETTING))?.value as number | undefined, lastBackupAt, db);
      follow((d) => d.journal.orderBy('seq').last(), lastChange, db);
      follow(async (d) => {
        const s = await d.snapshots.orderBy('takenAt').last();
        return s && { id: s.id, takenAt: s.takenAt, complete: s.complete, contacts: s.contacts.length, relations: s.relations.length, authorizations: s.authorizations.length };
      }, latestSnapshot, db);
    } catch (e) {
      // Nothing is deleted or reset: the person sees what failed and their data stays on disk.
      databaseError.value = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      started = undefined;
    }
  })();
  return started;
}
