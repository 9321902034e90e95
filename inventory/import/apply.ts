/**
 * Writing a confirmed import, all or nothing, and undoing the last import or
 * restore. One transaction each: if anything fails (quota, a closed panel),
 * IndexedDB rolls the whole change back and the inventory is as it was.
 */
import type { Table } from 'dexie';
import { addJournalEntry, toClientRow, toMemberRow, type JournalEntry, type JournalTable, type PasserelleDb } from '../db';
import type { Need } from '../schema';
import { needsOf, type ImportPlan } from './plan';

/** Rows per bulk write, so progress can be reported inside the transaction. */
const CHUNK = 2000;

export class ImportBlockedError extends Error {
  constructor(readonly invalidRows: number) {
    super(`${invalidRows} rows have errors`);
    this.name = 'ImportBlockedError';
  }
}

export interface ApplyOptions {
  /** Import the valid rows and leave the rows with errors out (the person chose to). */
  skipInvalid: boolean;
  /** Shown in the undo offer: the file name. */
  label: string;
  onProgress?: (fraction: number) => void;
  now?: number;
}

export interface ApplyResult {
  created: number;
  updated: number;
  clients: number;
  needs: number;
}

async function putInChunks<T>(table: Table<T>, rows: readonly T[], done: () => void): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await table.bulkPut(rows.slice(i, i + CHUNK) as T[]);
    done();
  }
}

/**
 * The latest of the times, by a loop: `Math.max(...times)` passes every row as
 * an argument and overflows the stack past about 100,000 rows (a 20 MB file holds more).
 */
export function latestUpdate(times: readonly number[], now: number): number {
  let at = now;
  for (const t of times) if (t > at) at = t;
  return at;
}

export async function applyImport(db: PasserelleDb, plan: ImportPlan, options: ApplyOptions): Promise<ApplyResult> {
  if (plan.counts.invalid > 0 && !options.skipInvalid) throw new ImportBlockedError(plan.counts.invalid);
  const rows = plan.rows.filter((r) => r.valid);
  const at = latestUpdate(rows.map((r) => r.member.updatedAt), options.now ?? Date.now());
  const newNeeds: Need[] = rows.flatMap(needsOf);
  const clients = plan.newClients;
  const chunks = Math.ceil(rows.length / CHUNK) + Math.ceil(newNeeds.length / CHUNK) + Math.ceil(clients.length / CHUNK) + 1;
  let chunksDone = 0;
  const tick = () => options.onProgress?.(Math.min(++chunksDone / chunks, 1));

  await db.transaction('rw', [db.members, db.clients, db.needs, db.journal], async () => {
    const ids = rows.map((r) => r.member.id);
    const before = await db.members.bulkGet(ids);
    const replacedMembers = before.filter((m) => m !== undefined);
    const addedMembers = ids.filter((_, i) => before[i] === undefined);

    // Members whose needs the file sets: their old needs go.
    const needsReplaced = rows.filter((r) => r.needs).map((r) => r.member.id);
    const oldNeeds = needsReplaced.length ? await db.needs.where('memberId').anyOf(needsReplaced).toArray() : [];
    await db.needs.bulkDelete(oldNeeds.map((n) => n.id));

    await putInChunks(db.members, rows.map((r) => toMemberRow(r.member)), tick);
    await putInChunks(db.clients, clients.map(toClientRow), tick);
    await putInChunks(db.needs, newNeeds, tick);

    const entry: JournalEntry = {
      kind: 'import',
      at,
      label: options.label,
      added: { members: addedMembers, clients: clients.map((c) => c.id), needs: newNeeds.map((n) => n.id) },
      replaced: { members: replacedMembers, needs: oldNeeds },
    };
    await addJournalEntry(db, entry);
    tick();
  });

  return {
    created: rows.filter((r) => r.action === 'create').length,
    updated: rows.filter((r) => r.action === 'update').length,
    clients: clients.length,
    needs: newNeeds.length,
  };
}

export type UndoResult =
  | { ok: true; entry: JournalEntry }
  | { ok: false; reason: 'nothingToUndo' }
  /** Rows the import or restore wrote were edited since: undoing would lose those edits. */
  | { ok: false; reason: 'changedSince'; count: number; entry: JournalEntry };

/** The import or restore that undo would revert, if any. */
export async function lastChange(db: PasserelleDb): Promise<JournalEntry | undefined> {
  return db.journal.orderBy('seq').last();
}

const JOURNAL_TABLES: JournalTable[] = ['members', 'clients', 'needs', 'worklist', 'snapshots'];

export async function undoLast(db: PasserelleDb): Promise<UndoResult> {
  return db.transaction('rw', [db.members, db.clients, db.needs, db.worklist, db.snapshots, db.journal], async () => {
    const entry = await db.journal.orderBy('seq').last();
    if (!entry) return { ok: false, reason: 'nothingToUndo' } as const;

    // Anything edited after the change would be lost by undoing it: refuse.
    let changed = 0;
    for (const table of ['members', 'clients', 'worklist'] as const) {
      const ids = [...(entry.added[table] ?? []), ...((entry.replaced[table] ?? []) as { id: string }[]).map((r) => r.id)];
      const rows = (await db.table(table).bulkGet(ids)) as ({ updatedAt?: number } | undefined)[];
      changed += rows.filter((r) => r && (r.updatedAt ?? 0) > entry.at).length;
    }
    if (changed > 0) return { ok: false, reason: 'changedSince', count: changed, entry } as const;

    for (const table of JOURNAL_TABLES) {
      const added = entry.added[table];
      if (added?.length) await db.table(table).bulkDelete(added);
    }
    for (const table of JOURNAL_TABLES) {
      const rows = entry.replaced[table];
      if (rows?.length) await db.table(table).bulkPut(rows);
    }
    await db.journal.delete(entry.seq!);
    return { ok: true, entry } as const;
  });
}
