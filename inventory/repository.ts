/**
 * The inventory's writes outside imports: editing one member or client, the
 * firm's identity, storing a portal snapshot, reconciling, and the person's
 * decisions on worklist items. Each write is one transaction; each input is
 * parsed by its schema first.
 */
import { z } from '../lib/zod';
import { readSetting, toClientRow, toMemberRow, writeSetting, type PasserelleDb } from './db';
import { FIRM_SETTING } from './export/backup';
import { emailKey, numberKey, organisationKey, personKeyOf } from './normalize';
import { reconcileInChunks } from './reconcile/index';
import { applyCodeSent, applyReport, codeItemId, helpItemId, type ReportInput } from './reports';
import { Client, Firm, Member, MemberReport, Need, newId, type Inventory } from './schema';
import { PortalSnapshot, type PortalSnapshotInput } from './snapshot';
import { mergeWorklist, type MergeResult, type WorklistItem } from './worklist';

export type SaveProblem =
  | { code: 'invalid'; fields: string[] }
  | { code: 'duplicateEmail'; otherId: string }
  | { code: 'duplicateName'; otherId: string }
  | { code: 'duplicateNumber'; otherId: string };

export type SaveResult = { ok: true } | { ok: false; problem: SaveProblem };

const fieldsOf = (e: z.ZodError) => [...new Set(e.issues.map((i) => String(i.path[0] ?? '')))];

/**
 * Adds or changes one member, and when `needs` is given, sets what they need
 * (replacing what was there), in one transaction. Refuses a second member
 * with the same email, or the same name when an email is missing.
 */
export async function saveMember(db: PasserelleDb, input: unknown, now = Date.now(), needs?: unknown[]): Promise<SaveResult> {
  const parsed = Member.safeParse({ ...(input as object), updatedAt: now });
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', fields: fieldsOf(parsed.error) } };
  const m = parsed.data;
  const parsedNeeds = needs === undefined ? undefined : z.array(Need).safeParse(needs);
  if (parsedNeeds && !parsedNeeds.success) return { ok: false, problem: { code: 'invalid', fields: ['needs'] } };
  if (parsedNeeds?.data.some((n) => n.memberId !== m.id)) return { ok: false, problem: { code: 'invalid', fields: ['needs'] } };
  return db.transaction('rw', db.members, db.needs, async () => {
    const e = emailKey(m.email);
    if (e) {
      const other = await db.members.where('emailKey').equals(e).first();
      if (other && other.id !== m.id) return { ok: false, problem: { code: 'duplicateEmail', otherId: other.id } } as const;
    }
    const sameName = await db.members.where('nameKey').equals(personKeyOf(m.firstName, m.lastName)).toArray();
    const clash = sameName.find((o) => o.id !== m.id && (!e || !o.email));
    if (clash) return { ok: false, problem: { code: 'duplicateName', otherId: clash.id } } as const;
    await db.members.put(toMemberRow(m));
    if (parsedNeeds) {
      await db.needs.where('memberId').equals(m.id).delete();
      await db.needs.bulkPut(parsedNeeds.data);
    }
    return { ok: true } as const;
  });
}

/** Removes a member who left the firm, with what they needed. */
export async function removeMember(db: PasserelleDb, id: string): Promise<void> {
  await db.transaction('rw', db.members, db.needs, async () => {
    await db.needs.where('memberId').equals(id).delete();
    await db.members.delete(id);
  });
}

/** Adds or changes one client; refuses a second client with the same number or name. */
export async function saveClient(db: PasserelleDb, input: unknown, now = Date.now()): Promise<SaveResult> {
  const parsed = Client.safeParse({ ...(input as object), updatedAt: now });
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', fields: fieldsOf(parsed.error) } };
  const c = parsed.data;
  return db.transaction('rw', db.clients, async () => {
    const n = numberKey(c.number);
    const sameNumber = n ? await db.clients.where('numberKey').equals(n).first() : undefined;
    if (sameNumber && sameNumber.id !== c.id) return { ok: false, problem: { code: 'duplicateNumber', otherId: sameNumber.id } } as const;
    const sameName = await db.clients.where('nameKey').equals(organisationKey(c.name)).first();
    if (!n && sameName && sameName.id !== c.id && !sameName.number)
      return { ok: false, problem: { code: 'duplicateName', otherId: sameName.id } } as const;
    await db.clients.put(toClientRow(c));
    return { ok: true } as const;
  });
}

/** Sets what a member needs, client by client (replacing what was there). */
export async function setNeeds(db: PasserelleDb, memberId: string, needs: unknown[]): Promise<SaveResult> {
  const parsed = z.array(Need).safeParse(needs);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', fields: fieldsOf(parsed.error) } };
  if (parsed.data.some((n) => n.memberId !== memberId)) return { ok: false, problem: { code: 'invalid', fields: ['memberId'] } };
  await db.transaction('rw', db.needs, async () => {
    await db.needs.where('memberId').equals(memberId).delete();
    await db.needs.bulkPut(parsed.data);
  });
  return { ok: true };
}

export async function saveFirm(db: PasserelleDb, input: unknown): Promise<SaveResult> {
  const parsed = Firm.safeParse(input);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', fields: fieldsOf(parsed.error) } };
  await writeSetting(db, FIRM_SETTING, parsed.data);
  return { ok: true };
}

export async function readFirm(db: PasserelleDb): Promise<Firm> {
  return (await readSetting(db, FIRM_SETTING, Firm)) ?? { name: '', number: '' };
}

/** Everything reconciliation reads, in one consistent read. */
export async function loadInventory(db: PasserelleDb): Promise<Inventory> {
  return db.transaction('r', [db.settings, db.members, db.clients, db.needs], async () => ({
    firm: await readFirm(db),
    members: await db.members.toArray(),
    clients: await db.clients.toArray(),
    needs: await db.needs.toArray(),
  }));
}

/**
 * Stores what the portal's lists showed. For the portal reader: give it the
 * rows as read; they are validated here. Returns the stored snapshot's id.
 */
export async function saveSnapshot(db: PasserelleDb, input: Omit<PortalSnapshotInput, 'id'> & { id?: string }): Promise<string> {
  const snapshot = PortalSnapshot.parse({ ...input, id: input.id ?? newId() });
  await db.transaction('rw', db.snapshots, () => db.snapshots.put(snapshot));
  return snapshot.id;
}

export async function latestSnapshot(db: PasserelleDb, completeOnly = true): Promise<PortalSnapshot | undefined> {
  const all = await db.snapshots.orderBy('takenAt').reverse().toArray();
  return all.find((s) => !completeOnly || s.complete);
}

export type ReconcileOutcome =
  | ({ ok: true; snapshotId: string } & Omit<MergeResult, 'put'>)
  | { ok: false; reason: 'noSnapshot' | 'noFirm' };

/**
 * Reconciles the inventory with the latest complete snapshot and folds the
 * result into the worklist. The comparison runs in chunks so the panel stays
 * responsive; the worklist write is one transaction.
 */
export async function reconcileLatest(
  db: PasserelleDb,
  onProgress: (fraction: number) => void = () => {},
  now = Date.now(),
  pause?: () => Promise<void>,
): Promise<ReconcileOutcome> {
  const snapshot = await latestSnapshot(db);
  if (!snapshot) return { ok: false, reason: 'noSnapshot' };
  const inventory = await loadInventory(db);
  if (!inventory.firm.name && !inventory.firm.number) return { ok: false, reason: 'noFirm' };
  const findings = await reconcileInChunks(inventory, snapshot, (f) => onProgress(f * 0.9), pause);
  const result = await db.transaction('rw', db.worklist, async () => {
    const merged = mergeWorklist(await db.worklist.toArray(), findings, snapshot, now);
    await db.worklist.bulkPut(merged.put);
    return merged;
  });
  onProgress(1);
  return { ok: true, snapshotId: snapshot.id, opened: result.opened, closed: result.closed, reopened: result.reopened };
}

export type ItemDecision =
  | { state: 'open' }
  | { state: 'done' }
  | { state: 'snoozed'; until: number }
  | { state: 'dismissed'; reason: string };

/** The person's decision on one item. */
export async function decideItem(db: PasserelleDb, id: string, decision: ItemDecision, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.worklist, async () => {
    const item = await db.worklist.get(id);
    if (!item) return;
    const next: WorklistItem = {
      ...item,
      state: decision.state,
      updatedAt: now,
      snoozedUntil: decision.state === 'snoozed' ? decision.until : undefined,
      dismissReason: decision.state === 'dismissed' ? decision.reason.slice(0, 2000) : undefined,
      closedBy: decision.state === 'done' || decision.state === 'dismissed' ? 'person' : undefined,
    };
    await db.worklist.put(next);
  });
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ReportRequest = z.object({ report: MemberReport, on: isoDay, note: z.string().max(2000).optional() });

/**
 * Records what a member reported (account created, linked, stuck) with its
 * date and note, and updates their worklist items, in one transaction.
 * False when the member is gone or the input is not valid; nothing is written then.
 */
export async function recordReport(db: PasserelleDb, memberId: string, input: ReportInput, now = Date.now()): Promise<boolean> {
  const parsed = ReportRequest.safeParse(input);
  if (!parsed.success) return false;
  return db.transaction('rw', db.members, db.worklist, async () => {
    const member = await db.members.get(memberId);
    if (!member) return false;
    const items = new Map((await db.worklist.bulkGet([helpItemId(memberId), codeItemId(memberId)])).filter((i) => !!i).map((i) => [i!.id, i!]));
    const result = applyReport(member, items, parsed.data, now);
    await db.members.put(toMemberRow(result.member));
    await db.worklist.bulkPut(result.put);
    return true;
  });
}

/** Step 6 for one member: the person submitted the form, the code went out on `on` (`YYYY-MM-DD`). */
export async function recordCodeSent(db: PasserelleDb, memberId: string, on: string, now = Date.now()): Promise<boolean> {
  if (!isoDay.safeParse(on).success) return false;
  return db.transaction('rw', db.members, db.worklist, async () => {
    const member = await db.members.get(memberId);
    if (!member) return false;
    const item = await db.worklist.get(codeItemId(memberId));
    const result = applyCodeSent(member, new Map(item ? [[item.id, item]] : []), on, now);
    await db.members.put(toMemberRow(result.member));
    await db.worklist.bulkPut(result.put);
    return true;
  });
}
