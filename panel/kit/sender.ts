/**
 * Who the kit speaks for. The responsable's name, email and phone are kept in
 * the inventory's firm identity (so they are there next time, and on every
 * card); what is being typed in the kit wins until it is saved. The firm's
 * name is the inventory's unless another is typed in the kit.
 * (Not in state.ts: that module is in the panel's first bundle, this one
 * brings the inventory's store and loads with the kit.)
 */
import { computed } from '@preact/signals';
import type { KitSender } from '../../lib/kit/member';
import { readFirm, saveFirm } from '../../inventory/repository';
import type { Responsable } from '../../inventory/schema';
import { database, firm, startInventoryStore } from '../inventory/store';
import { sender } from './state';

export type ContactField = keyof Responsable;
export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone'];

/** The value shown in a sender field: typed in the kit, else stored with the firm. */
export function senderValue(key: ContactField | 'firmName'): string {
  if (key === 'firmName') return sender.value.firmName ?? '';
  return sender.value[key] ?? firm.value.responsable?.[key] ?? '';
}

export const effectiveSender = computed<KitSender>(() => {
  const out: KitSender = {};
  for (const key of CONTACT_FIELDS) {
    const value = senderValue(key).trim();
    if (value) out[key] = value;
  }
  const firmName = sender.value.firmName?.trim() || firm.value.name.trim();
  if (firmName) out.firmName = firmName;
  return out;
});

/** Keeps the responsable's details with the firm identity, once a field is left. */
export async function saveResponsable(): Promise<void> {
  await startInventoryStore();
  const db = database.value;
  if (!db) return;
  const responsable = Object.fromEntries(CONTACT_FIELDS.map((k) => [k, senderValue(k).trim()])) as Responsable;
  // Read afresh: the store's copy may lag behind an edit just made in the inventory tab.
  await saveFirm(db, { ...(await readFirm(db)), responsable });
}
