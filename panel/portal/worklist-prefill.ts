/**
 * The prefill offered on a worklist item (the inventory's `prefillHandler`
 * seam): which form, with which record, for each kind of finding. Items the
 * firm cannot fix with a form (a relation the employer or the CCQ must
 * restore, a contact to look into) get no prefill.
 */
import type { FormId, FormRecords, Member as PlanMember } from '../../content/plans';
import type { Client, Member, Need } from '../../inventory/schema';
import { FIRM_CLIENT_ID } from '../../inventory/schema';
import type { WorklistItem } from '../../inventory/worklist';

export type FillRequest = { [F in FormId]: { form: F; record: FormRecords[F] } }[FormId];

export interface Lookup {
  member(id: string): Member | undefined;
  client(id: string): Client | undefined;
  needs(memberId: string): Need[];
}

/** The inventory's phone types as the portal's choices (« Autre » has no portal choice: left alone). */
const PHONE_TYPES: Record<string, PlanMember['phoneType']> = { cell: 'Cellulaire', home: 'Domicile', work: 'Travail' };

/** The inventory's member as a plan record; empty fields are left out so nothing blank is typed. */
function planMember(m: Member): PlanMember {
  const phoneType = PHONE_TYPES[m.phoneType];
  return {
    firstName: m.firstName,
    lastName: m.lastName,
    language: m.language,
    ...(m.email ? { email: m.email } : {}),
    ...(m.phone ? { phone: m.phone } : {}),
    ...(phoneType ? { phoneType } : {}),
    ...(m.clientNumber ? { clientNumber: m.clientNumber } : {}),
  };
}

export function fillRequestFor(item: WorklistItem, find: Lookup): FillRequest | undefined {
  const f = item.finding;
  switch (f.kind) {
    case 'memberMissing': {
      const m = find.member(f.memberId);
      if (!m) return undefined;
      // The firm's own subjects the member needs come with the new contact.
      const own = find.needs(m.id).find((n) => n.clientId === FIRM_CLIENT_ID);
      const subjects = [...new Set(own?.subjects.map((s) => s.subject) ?? [])];
      return { form: 'addMember', record: { member: planMember(m), ...(subjects.length ? { subjects } : {}) } };
    }
    case 'memberDetails': {
      const m = find.member(f.memberId);
      return m && { form: 'modifyDetails', record: { member: planMember(m) } };
    }
    case 'authorizationMissing': {
      const m = find.member(f.memberId);
      const c = f.clientId === FIRM_CLIENT_ID ? undefined : find.client(f.clientId);
      if (!m || !c) return undefined;
      const subjects = [...new Set(f.missing.map((s) => s.subject))];
      return {
        form: 'delegateEmployer',
        record: { member: { firstName: m.firstName, lastName: m.lastName }, employer: { name: c.name, ...(c.number ? { number: c.number } : {}) }, subjects },
      };
    }
    case 'linkingCodeNotSent': {
      const m = find.member(f.memberId);
      return m && { form: 'newLinkingCode', record: { member: { firstName: m.firstName, lastName: m.lastName, ...(m.email ? { email: m.email } : {}) } } };
    }
    default:
      return undefined;
  }
}
