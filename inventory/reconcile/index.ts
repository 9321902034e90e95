/**
 * Reconciliation: the inventory against what the portal's lists showed → the
 * findings the worklist is made of. Pure and linear: every list is indexed
 * once in Maps, every row looked up once.
 *
 * One implementation, two drivers: `reconcile()` runs it at once (tests,
 * benchmarks); `reconcileInChunks()` gives the browser a turn between chunks
 * and reports progress (the panel, for firms with thousands of clients).
 */
import { FIRM_CLIENT_ID, SUBJECTS, type Inventory, type Member, type Subject, type SubjectRight } from '../schema';
import { isInactive, type PortalSnapshot } from '../snapshot';
import type { Finding, FindingOf } from '../worklist';
import { runAtOnce, runInChunks, yieldToMain } from '../chunks';
import { ClientResolver, subjectOf, rightLevel, isClientRelation, LEVEL_OF_RIGHT } from './portal';
import { compareDetails, contactNameKey } from './people';
import { NEEDS_CODE } from '../reports';
import { emailKey, memoKey as memoize, parseLanguage, parsePhoneType, personKey, personKeyOf } from '../normalize';

const SUBJECT_INDEX = new Map<Subject, number>(SUBJECTS.map((s, i) => [s, i]));

/** Units of work between two progress reports. */
const CHUNK = 4096;

/** Statuses that mean the linking code still has to go out (step 6). */
const CODE_PENDING = NEEDS_CODE;

export function reconcile(inventory: Inventory, snapshot: PortalSnapshot): Finding[] {
  return runAtOnce(reconcileSteps(inventory, snapshot));
}

export async function reconcileInChunks(
  inventory: Inventory,
  snapshot: PortalSnapshot,
  onProgress: (fraction: number) => void,
  pause: () => Promise<void> = yieldToMain,
): Promise<Finding[]> {
  return runInChunks(reconcileSteps(inventory, snapshot), onProgress, pause);
}

/** Yields the fraction done every CHUNK units of work; returns the findings. */
export function* reconcileSteps(inventory: Inventory, snapshot: PortalSnapshot): Generator<number, Finding[]> {
  const total =
    inventory.members.length * 2 +
    snapshot.contacts.length +
    snapshot.relations.length +
    inventory.clients.length +
    snapshot.authorizations.length +
    inventory.needs.length;
  let work = 0;
  const tick = () => ++work % CHUNK === 0;
  const progress = () => (total === 0 ? 1 : Math.min(work / total, 1));

  const missing: Finding[] = [];
  const details: Finding[] = [];
  const notMembers: Finding[] = [];
  const relationMissing: Finding[] = [];
  const notServed: Finding[] = [];
  const authorizations = new Map<string, FindingOf<'authorizationMissing'>>();
  const codes: Finding[] = [];

  const person = memoize(personKey);
  const inactive = memoize(isInactive);
  const labels = { phoneType: memoize(parsePhoneType), language: memoize(parseLanguage) };

  // — Members, indexed by email and by name (homonyms kept in order).
  const byEmail = new Map<string, Member>();
  const byName = new Map<string, Member[]>();
  const nameKeyOf = new Map<Member, string>();
  for (const m of inventory.members) {
    const e = emailKey(m.email);
    if (e && !byEmail.has(e)) byEmail.set(e, m);
    const n = personKeyOf(m.firstName, m.lastName);
    nameKeyOf.set(m, n);
    const list = byName.get(n);
    if (list) list.push(m);
    else byName.set(n, [m]);
    if (tick()) yield progress();
  }

  // — « Contacts de l'organisation »: match each active contact by email, then by name.
  const matched = new Map<string, { contactName: string }>();
  /** Contact name key as the portal writes it → member, for the authorizations list. */
  const memberOfContactName = new Map<string, Member>();
  const notMemberKeys = new Set<string>();
  for (const c of snapshot.contacts) {
    if (tick()) yield progress();
    if (inactive(c.active)) continue;
    const nameKey = contactNameKey(c, person);
    const e = emailKey(c.email);
    let member: Member | undefined = e ? byEmail.get(e) : undefined;
    if (member && matched.has(member.id)) member = undefined;
    if (!member) member = byName.get(nameKey)?.find((m) => !matched.has(m.id));
    if (!member) {
      const key = `contactNotMember:${nameKey}|${e}`;
      // The same person listed twice (two pages overlapping) is one item.
      if (notMemberKeys.has(key)) continue;
      notMemberKeys.add(key);
      notMembers.push({
        kind: 'contactNotMember',
        key,
        contactName: c.name || `${c.firstName} ${c.lastName}`.trim(),
        contactEmail: c.email,
      });
      continue;
    }
    matched.set(member.id, { contactName: c.name || `${c.firstName} ${c.lastName}`.trim() });
    memberOfContactName.set(nameKey, member);
    const differences = compareDetails(member, c, nameKeyOf.get(member), nameKey, labels);
    if (differences.length > 0) {
      details.push({
        kind: 'memberDetails',
        key: `memberDetails:${member.id}`,
        memberId: member.id,
        contactName: c.name || `${c.firstName} ${c.lastName}`.trim(),
        differences,
      });
    }
  }

  for (const m of inventory.members) {
    if (tick()) yield progress();
    if (!matched.has(m.id)) missing.push({ kind: 'memberMissing', key: `memberMissing:${m.id}`, memberId: m.id });
    else if (CODE_PENDING.has(m.status))
      codes.push({ kind: 'linkingCodeNotSent', key: `linkingCodeNotSent:${m.id}`, memberId: m.id });
  }

  // — « Relations de l'organisation »: one active client relation per served client.
  const clients = new ClientResolver(inventory.clients, inventory.firm);
  const related = new Set<string>();
  const inactiveRelation = new Set<string>();
  const notServedKeys = new Set<string>();
  for (const r of snapshot.relations) {
    if (tick()) yield progress();
    if (!isClientRelation(r.relationType)) continue;
    // The employer is the side that is not the firm (the guide lists it first).
    const employerCell = clients.isFirm(r.organisation) && !clients.isFirm(r.otherOrganisation)
      ? r.otherOrganisation
      : r.organisation;
    const client = clients.resolve(employerCell);
    if (inactive(r.active)) {
      if (client) inactiveRelation.add(client.id);
      continue;
    }
    if (client) related.add(client.id);
    if (client?.served) continue;
    const k = client ? client.id : clients.key(employerCell);
    if (notServedKeys.has(k)) continue;
    notServedKeys.add(k);
    notServed.push({
      kind: 'relationNotServed',
      key: `relationNotServed:${k}`,
      organisation: employerCell,
      clientId: client?.id ?? '',
    });
  }
  for (const c of inventory.clients) {
    if (tick()) yield progress();
    if (c.served && !related.has(c.id))
      relationMissing.push({
        kind: 'relationMissing',
        key: `relationMissing:${c.id}`,
        clientId: c.id,
        inactive: inactiveRelation.has(c.id),
      });
  }

  // — « Autorisations »: the best right each member holds per client, packed
  // as two bits per subject (0 none, 1 « Lecture », 2 « Écriture »).
  const subjectIndex = memoize((cell: string) => SUBJECT_INDEX.get(subjectOf(cell) as Subject) ?? -1);
  const level = memoize(rightLevel);
  const granted = new Map<Member, Map<string, number>>();
  for (const a of snapshot.authorizations) {
    if (tick()) yield progress();
    if (inactive(a.active)) continue;
    const s = subjectIndex(a.subject);
    const l = level(a.right);
    if (s < 0 || l === 0) continue;
    const contactKey = person(a.contact);
    const exact = memberOfContactName.get(contactKey);
    // A contact the contacts list did not show: credit every member with that name.
    const holders = exact ? [exact] : byName.get(contactKey);
    if (!holders) continue;
    const client = clients.resolve(a.organisation) ?? clients.resolve(a.otherOrganisation);
    const scope = client
      ? client.id
      : clients.isFirm(a.organisation) || clients.isFirm(a.otherOrganisation)
        ? FIRM_CLIENT_ID
        : undefined;
    if (!scope) continue;
    for (const holder of holders) {
      let scopes = granted.get(holder);
      if (!scopes) granted.set(holder, (scopes = new Map()));
      const packed = scopes.get(scope) ?? 0;
      const shift = s * 2;
      if (((packed >> shift) & 3) < l) scopes.set(scope, (packed & ~(3 << shift)) | (l << shift));
    }
  }

  // — Needs: what each member's clients require, against what they hold.
  const membersById = new Map<string, Member>();
  for (const m of inventory.members) membersById.set(m.id, m);
  for (const need of inventory.needs) {
    if (tick()) yield progress();
    const m = membersById.get(need.memberId);
    if (!m) continue;
    if (need.clientId !== FIRM_CLIENT_ID && !clients.byId(need.clientId)?.served) continue;
    const packed = granted.get(m)?.get(need.clientId) ?? 0;
    const lacking: SubjectRight[] = [];
    for (const sr of need.subjects) {
      const have = (packed >> (SUBJECT_INDEX.get(sr.subject)! * 2)) & 3;
      if (have < LEVEL_OF_RIGHT[sr.right]) lacking.push(sr);
    }
    if (lacking.length === 0) continue;
    const key = `authorizationMissing:${need.memberId}|${need.clientId}`;
    const same = authorizations.get(key);
    if (same) same.missing.push(...lacking);
    else
      authorizations.set(key, {
        kind: 'authorizationMissing',
        key,
        memberId: need.memberId,
        clientId: need.clientId,
        missing: lacking,
      });
  }

  return [
    ...missing,
    ...details,
    ...notMembers,
    ...relationMissing,
    ...notServed,
    ...authorizations.values(),
    ...codes,
  ];
}
