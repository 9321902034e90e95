/**
 * The firm's inventory, in IndexedDB through Dexie. Opened only from extension
 * pages: a content script opening it would write into the portal's origin.
 *
 * Every published version stays in SCHEMA forever, in order; a later version
 * adds its stores and an `upgrade()` that transforms older rows. A failing
 * upgrade aborts the version change, so the database stays at the older
 * version with every row readable. Nothing here ever deletes the database.
 *
 * Every transaction is opened with strict durability: the person's inventory is
 * flushed to disk before a write reports success (Chrome defaults to relaxed).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ZodType } from 'zod';
import { emailKey, numberKey, organisationKey, personKeyOf } from './normalize';
import type { Client, Member, Need } from './schema';
import type { PortalSnapshot } from './snapshot';
import type { WorklistItem } from './worklist';

export interface Setting {
  key: string;
  value: unknown;
}

/** A member as stored: the schema's fields plus the keys duplicate checks look up. */
export type MemberRow = Member & { nameKey: string; emailKey: string };
/** A client as stored: the schema's fields plus its comparison keys. */
export type ClientRow = Client & { nameKey: string; numberKey: string };

/** Tables an import or a restore may change, and so an undo may put back. */
export type JournalTable = 'members' | 'clients' | 'needs' | 'worklist' | 'snapshots';

/** What an import or a restore changed, so the last one can be undone. */
export interface JournalEntry {
  seq?: number;
  kind: 'import' | 'restore';
  at: number;
  /** File name or backup date, shown to the person. */
  label: string;
  /** Ids of rows the change wrote (removed on undo). */
  added: Partial<Record<JournalTable, string[]>>;
  /** Rows as they were before (put back on undo). */
  replaced: {
    members?: MemberRow[];
    clients?: ClientRow[];
    needs?: Need[];
    worklist?: WorklistItem[];
    snapshots?: PortalSnapshot[];
  };
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

export const SCHEMA: readonly SchemaVersion[] = [
  // 1 — foundation: panel settings only.
  { version: 1, stores: { settings: 'key' } },
  // 2 — the inventory, portal snapshots, the worklist and the undo journal.
  {
    version: 2,
    stores: {
      members: 'id, email, status',
      clients: 'id, number',
      needs: 'id, memberId, clientId',
      snapshots: 'id, takenAt',
      worklist: 'id, kind, state',
      journal: '++seq',
    },
  },
  // 3 — comparison keys stored with members and clients, so adding or editing
  // one row checks for duplicates through an index instead of reading the whole
  // firm. Rows written by version 2 get their keys computed here.
  {
    version: 3,
    stores: {
      members: 'id, email, status, nameKey, emailKey',
      clients: 'id, number, nameKey, numberKey',
    },
    upgrade: async (tx) => {
      await tx
        .table('members')
        .toCollection()
        .modify((m: Partial<MemberRow>) => {
          m.nameKey = personKeyOf(m.firstName ?? '', m.lastName ?? '');
          m.emailKey = emailKey(m.email ?? '');
        });
      await tx
        .table('clients')
        .toCollection()
        .modify((c: Partial<ClientRow>) => {
          c.nameKey = organisationKey(c.name ?? '');
          c.numberKey = numberKey(c.number ?? '');
        });
    },
  },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

export class PasserelleDb extends Dexie {
  settings!: EntityTable<Setting, 'key'>;
  members!: EntityTable<MemberRow, 'id'>;
  clients!: EntityTable<ClientRow, 'id'>;
  needs!: EntityTable<Need, 'id'>;
  snapshots!: EntityTable<PortalSnapshot, 'id'>;
  worklist!: EntityTable<WorklistItem, 'id'>;
  journal!: EntityTable<JournalEntry, 'seq'>;

  /** `versions` is for tests that replay the history one version at a time. */
  constructor(name = 'passerelle', versions: readonly SchemaVersion[] = SCHEMA) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export function toMemberRow(member: Member): MemberRow {
  return {
    ...member,
    nameKey: personKeyOf(member.firstName, member.lastName),
    emailKey: emailKey(member.email),
  };
}

export function toClientRow(client: Client): ClientRow {
  return { ...client, nameKey: organisationKey(client.name), numberKey: numberKey(client.number) };
}

/** Reads a setting through its schema; a missing or malformed value reads as undefined. */
export async function readSetting<T>(db: PasserelleDb, key: string, schema: ZodType<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeSetting(db: PasserelleDb, key: string, value: unknown): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key, value }));
}

/** Undo history kept: the last few imports or restores. */
export const JOURNAL_KEPT = 3;

/** Adds a journal entry and forgets the oldest beyond JOURNAL_KEPT. Call inside a transaction. */
export async function addJournalEntry(db: PasserelleDb, entry: JournalEntry): Promise<number> {
  const seq = (await db.journal.add(entry)) as number;
  await db.journal.where('seq').belowOrEqual(seq - JOURNAL_KEPT).delete();
  return seq;
}

let db: Promise<PasserelleDb> | undefined;

/**
 * The panel's database: the real inventory, or the demo firm's in training
 * mode (inventory/training.ts), chosen once per panel load. When opening fails
 * (an upgrade threw, the disk is full), the error goes to the caller to show;
 * the data stays as it was.
 */
export async function openDatabase(): Promise<PasserelleDb> {
  db ??= import('./training-switch').then(async (t) => new PasserelleDb(t.databaseNameFor(await t.isTrainingMode())));
  const opened = await db;
  await opened.open();
  return opened;
}
