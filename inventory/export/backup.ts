/**
 * Full backup as JSON, and restore from it: validated, previewed, then applied
 * in one transaction that can be undone like an import. The backup is the
 * lossless copy; the CSV exports are for reading in Excel.
 */
import { z } from '../../lib/zod';
import { addJournalEntry, readSetting, toClientRow, toMemberRow, writeSetting, type JournalEntry, type PasserelleDb } from '../db';
import { Client, FIRM_CLIENT_ID, Firm, Member, Need } from '../schema';
import { PortalSnapshot } from '../snapshot';
import { WorklistItem } from '../worklist';

export const BACKUP_FORMAT = 'passerelle-backup';
export const BACKUP_VERSION = 1;
/** A large firm's backup with snapshots is tens of megabytes; beyond this it is not ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Settings keys. */
export const FIRM_SETTING = 'firm';
export const LAST_BACKUP_SETTING = 'lastBackupAt';
/** The reminder comes back when the last backup is older than this. */
export const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  firm: Firm.optional(),
  members: z.array(Member),
  clients: z.array(Client),
  needs: z.array(Need),
  snapshots: z.array(PortalSnapshot),
  worklist: z.array(WorklistItem),
});
export type Backup = z.infer<typeof Backup>;

/** Reads everything in one read transaction, so the backup is consistent. */
export async function makeBackup(db: PasserelleDb, now = Date.now()): Promise<Backup> {
  return db.transaction('r', [db.settings, db.members, db.clients, db.needs, db.snapshots, db.worklist], async () => {
    const firm = await readSetting(db, FIRM_SETTING, Firm);
    const strip = <T extends object>(row: T, keys: string[]) => {
      const copy = { ...row } as Record<string, unknown>;
      for (const k of keys) delete copy[k];
      return copy as T;
    };
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      ...(firm ? { firm } : {}),
      // Comparison keys are recomputed on restore: they are not the person's data.
      members: (await db.members.toArray()).map((m) => strip(m, ['nameKey', 'emailKey'])),
      clients: (await db.clients.toArray()).map((c) => strip(c, ['nameKey', 'numberKey'])),
      needs: await db.needs.toArray(),
      snapshots: await db.snapshots.toArray(),
      worklist: await db.worklist.toArray(),
    } as Backup;
  });
}

/** Records that a backup file was produced (the reminder goes quiet). */
export async function markBackedUp(db: PasserelleDb, now = Date.now()): Promise<void> {
  await writeSetting(db, LAST_BACKUP_SETTING, now);
}

export function backupReminderDue(lastBackupAt: number | undefined, members: number, now: number): boolean {
  if (members === 0) return false;
  return lastBackupAt === undefined || now - lastBackupAt >= BACKUP_REMINDER_MS;
}

export interface BackupPreview {
  exportedAt: number;
  firm?: Firm;
  members: number;
  clients: number;
  needs: number;
  snapshots: number;
  worklist: number;
  /** Needs naming a member or client the backup does not contain: left out on restore. */
  danglingNeeds: number;
}

export type ParsedBackup =
  | { ok: true; backup: Backup; preview: BackupPreview }
  | { ok: false; problem: 'notJson' | 'notBackup' | 'newerVersion' | 'tooLarge' }
  | { ok: false; problem: 'invalid'; where: string[] };

export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) return { ok: false, problem: 'notBackup' };
  if (head.data.version > BACKUP_VERSION) return { ok: false, problem: 'newerVersion' };
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problem: 'invalid', where: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) };
  }
  const b = parsed.data;
  const memberIds = new Set(b.members.map((m) => m.id));
  const clientIds = new Set(b.clients.map((c) => c.id));
  const danglingNeeds = b.needs.filter(
    (n) => !memberIds.has(n.memberId) || (n.clientId !== FIRM_CLIENT_ID && !clientIds.has(n.clientId)),
  ).length;
  return {
    ok: true,
    backup: b,
    preview: {
      exportedAt: b.exportedAt,
      ...(b.firm ? { firm: b.firm } : {}),
      members: b.members.length,
      clients: b.clients.length,
      needs: b.needs.length - danglingNeeds,
      snapshots: b.snapshots.length,
      worklist: b.worklist.length,
      danglingNeeds,
    },
  };
}

/**
 * Replaces the inventory with the backup's, in one transaction. What was there
 * before goes into the journal, so « Annuler » puts it back.
 */
export async function restoreBackup(db: PasserelleDb, backup: Backup, label: string, now = Date.now()): Promise<void> {
  const memberIds = new Set(backup.members.map((m) => m.id));
  const clientIds = new Set(backup.clients.map((c) => c.id));
  const needs = backup.needs.filter(
    (n) => memberIds.has(n.memberId) && (n.clientId === FIRM_CLIENT_ID || clientIds.has(n.clientId)),
  );
  await db.transaction('rw', [db.settings, db.members, db.clients, db.needs, db.snapshots, db.worklist, db.journal], async () => {
    const entry: JournalEntry = {
      kind: 'restore',
      at: now,
      label,
      added: {
        members: backup.members.map((m) => m.id),
        clients: backup.clients.map((c) => c.id),
        needs: needs.map((n) => n.id),
        snapshots: backup.snapshots.map((s) => s.id),
        worklist: backup.worklist.map((w) => w.id),
      },
      replaced: {
        members: await db.members.toArray(),
        clients: await db.clients.toArray(),
        needs: await db.needs.toArray(),
        snapshots: await db.snapshots.toArray(),
        worklist: await db.worklist.toArray(),
      },
    };
    for (const table of [db.members, db.clients, db.needs, db.snapshots, db.worklist] as const) {
      await table.bulkDelete((await table.toCollection().primaryKeys()) as string[]);
    }
    // Restored rows count as written now, so an undo is not mistaken for later edits.
    await db.members.bulkPut(backup.members.map((m) => toMemberRow({ ...m, updatedAt: Math.min(m.updatedAt, now) })));
    await db.clients.bulkPut(backup.clients.map((c) => toClientRow({ ...c, updatedAt: Math.min(c.updatedAt, now) })));
    await db.needs.bulkPut(needs);
    await db.snapshots.bulkPut(backup.snapshots);
    await db.worklist.bulkPut(backup.worklist.map((w) => ({ ...w, updatedAt: Math.min(w.updatedAt, now) })));
    if (backup.firm) await db.settings.put({ key: FIRM_SETTING, value: backup.firm });
    await addJournalEntry(db, entry);
  });
}
