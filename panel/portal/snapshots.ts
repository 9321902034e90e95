/**
 * From what the content script read (plain cells per list) to the inventory's
 * portal snapshot (`inventory/snapshot.ts`), stored by the extension through
 * `saveSnapshot` — never in the portal page's storage. Cells are copied, not
 * interpreted: reconciliation does the interpreting.
 */
import type { ListId, Snapshot } from '../../content/protocol';
import { norm } from '../../content/text';
import type { AuthorizationRowInput, ContactRowInput, PortalSnapshotInput, RelationRowInput } from '../../inventory/snapshot';

/** « Contacts de l'organisation » columns by header, since portals reorder them. */
const CONTACT_COLUMNS: Record<string, keyof ContactRowInput> = {
  nom: 'lastName',
  'nom de famille': 'lastName',
  prenom: 'firstName',
  contact: 'name',
  'nom complet': 'name',
  'adresse courriel': 'email',
  courriel: 'email',
  fonction: 'function',
  relation: 'function',
  actif: 'active',
  'langue de communication': 'language',
  'numero de telephone principal': 'phone',
  telephone: 'phone',
  'type du numero de telephone principal': 'phoneType',
  'numero de client': 'clientNumber',
  'numero de client ccq': 'clientNumber',
  // The training copy in English (portal/english.ts).
  'last name': 'lastName',
  'first name': 'firstName',
  'email address': 'email',
  function: 'function',
  active: 'active',
};
/** The other two lists repeat « Organisation »: their columns are taken in order (SPEC.md). */
const RELATION_ORDER: (keyof RelationRowInput)[] = ['organisation', 'relationType', 'otherOrganisation', 'active'];
const AUTHORIZATION_ORDER: (keyof AuthorizationRowInput)[] = ['subject', 'right', 'organisation', 'otherOrganisation', 'contact', 'function', 'active'];

function byHeader<T>(s: Snapshot, names: Record<string, keyof T>): T[] {
  const keys = s.columns.map((c) => names[norm(c)]);
  return s.rows.map((r) => Object.fromEntries(keys.flatMap((k, i) => (k ? [[k, r[i] ?? '']] : []))) as T);
}

function inOrder<T>(s: Snapshot, order: (keyof T)[]): T[] {
  return s.rows.map((r) => Object.fromEntries(order.map((k, i) => [k, r[i] ?? ''])) as T);
}

export const ALL_LISTS: ListId[] = ['contacts', 'relations', 'authorizations'];

/**
 * One inventory snapshot from the lists read together. `complete` only when all
 * three lists are there and each holds every row its counter announced.
 */
export function toInventorySnapshot(snapshots: Snapshot[], takenAt = Date.now()): Omit<PortalSnapshotInput, 'id'> {
  const get = (l: ListId) => snapshots.find((s) => s.list === l);
  const complete = ALL_LISTS.every((l) => {
    const s = get(l);
    return !!s && s.rows.length === s.total;
  });
  const contacts = get('contacts');
  const relations = get('relations');
  const authorizations = get('authorizations');
  return {
    takenAt,
    complete,
    contacts: contacts ? byHeader<ContactRowInput>(contacts, CONTACT_COLUMNS) : [],
    relations: relations ? inOrder<RelationRowInput>(relations, RELATION_ORDER) : [],
    authorizations: authorizations ? inOrder<AuthorizationRowInput>(authorizations, AUTHORIZATION_ORDER) : [],
  };
}

/** Stores a complete read in the inventory; a partial one is not stored (it would look like missing members). */
export async function saveSnapshots(snapshots: Snapshot[]): Promise<string | undefined> {
  const snapshot = toInventorySnapshot(snapshots);
  if (!snapshot.complete) return undefined;
  const [{ openDatabase }, { saveSnapshot }] = await Promise.all([import('../../inventory/db'), import('../../inventory/repository')]);
  return saveSnapshot(await openDatabase(), snapshot);
}

export interface StoredCounts {
  takenAt: number;
  counts: Record<ListId, number>;
}

/** What the latest complete read holds, for the Portail view. */
export async function latestCounts(): Promise<StoredCounts | undefined> {
  const [{ openDatabase }, { latestSnapshot }] = await Promise.all([import('../../inventory/db'), import('../../inventory/repository')]);
  const s = await latestSnapshot(await openDatabase());
  return s && { takenAt: s.takenAt, counts: { contacts: s.contacts.length, relations: s.relations.length, authorizations: s.authorizations.length } };
}
