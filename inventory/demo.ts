/**
 * The demo firm for training: LAFORCE COMPTABLE INC. as its inventory says it
 * is, built from the very data the training copy's lists show (portal/data.ts),
 * so the two agree everywhere except where a discrepancy is planted on purpose
 * for the worklist to show. Pure: the same demo every time.
 *
 * Planted (each one a kind of worklist item):
 * - new hires in the inventory, not yet contacts in the portal (step 4);
 * - a member whose email in the portal differs from the inventory's (step 5a);
 * - a former employee still an active contact in the portal (step 5b);
 * - a client with no relation in the portal, and one whose relation is inactive (step 3);
 * - an active relation with an employer the firm no longer serves (step 3);
 * - a member without an authorization their client file needs (step 5);
 * - members whose linking code has not gone out yet (step 6).
 */
import { CONTACTS, EMPLOYERS, FIRM, SUBJECTS_OWN, grantedEmployers, type Contact } from '../portal/data';
import { FIRM_CLIENT_ID, needId, type Client, type Firm, type Member, type Need, type PhoneType } from './schema';

export interface DemoInventory {
  firm: Firm;
  members: Member[];
  clients: Client[];
  needs: Need[];
}

/** Staff the portal lists who have left the firm: the inventory no longer has them. */
export const FORMER_STAFF = [20, 21];
/** Whose email the inventory knows differently from the portal. */
export const EMAIL_CHANGED = 2;
/** Who still has to receive their linking code. */
export const CODE_PENDING = [4, 9, 13];
/** Who already linked their account. */
export const LINKED = [0, 1, 3, 6];
/** A client the firm left: the portal still shows the relation active. */
export const FORMER_CLIENT = 5;
/** A client whose relation the portal shows inactive (the replica's row 41). */
export const INACTIVE_RELATION = 40;

/** Hired since the portal's lists were set up: nobody added them yet. */
export const NEW_HIRES = [
  { firstName: 'Noémie', lastName: 'Lévesque-Roy', email: 'noemie.levesqueroy@laforcecomptable.ca', phone: '514 555-2101', language: 'fr' },
  { firstName: 'Olivier', lastName: 'Boucher', email: 'olivier.boucher@laforcecomptable.ca', phone: '450 555-2102', language: 'fr' },
  { firstName: 'Kevin', lastName: "O'Brien", email: 'kevin.obrien@laforcecomptable.ca', phone: '514 555-2103', language: 'en' },
  { firstName: 'Marie-Ève', lastName: 'St-Pierre', email: 'marieeve.stpierre@laforcecomptable.ca', phone: '418 555-2104', language: 'fr' },
] as const;

/** Served by the firm, but no relation exists in the portal yet. */
export const NEW_CLIENT = { name: 'TOITURES BÉLANGER ET FILS INC.', number: '1099001' };

const PHONE_TYPE: Record<Contact['phoneType'], PhoneType> = { Cellulaire: 'cell', Travail: 'work', Domicile: 'home' };

const memberId = (i: number) => `demo-member-${i}`;
const clientId = (i: number) => `demo-client-${i}`;

function member(id: string, base: Omit<Member, 'id' | 'updatedAt' | 'codeSentOn' | 'notes' | 'clientNumber'>, now: number, codeSentOn = ''): Member {
  return { id, ...base, clientNumber: '', codeSentOn, notes: '', updatedAt: now };
}

export function buildDemoInventory(now: number, today: string): DemoInventory {
  const members: Member[] = [];
  CONTACTS.forEach((c, i) => {
    if (FORMER_STAFF.includes(i)) return;
    const status = LINKED.includes(i) ? 'linked' : CODE_PENDING.includes(i) ? 'codeToSend' : 'codeSent';
    members.push(
      member(memberId(i), {
        firstName: c.first,
        lastName: c.last,
        email: i === EMAIL_CHANGED ? c.email.replace('@laforcecomptable.ca', '@laforce.quebec') : c.email,
        phoneType: PHONE_TYPE[c.phoneType],
        phone: c.phone,
        language: c.language === 'Anglais' ? 'en' : 'fr',
        role: c.role === 'Personne responsable' ? 'Personne responsable' : i % 4 === 0 ? 'Technicienne en paie' : 'Technicien comptable',
        status,
      }, now, status === 'codeSent' || status === 'linked' ? today : ''),
    );
  });
  NEW_HIRES.forEach((p, k) =>
    members.push(member(`demo-hire-${k}`, { ...p, phoneType: 'cell', role: 'Technicien comptable', status: 'notInPortal' }, now)),
  );

  const clients: Client[] = EMPLOYERS.map((e, i) => ({ id: clientId(i), name: e.name, number: e.number, served: i !== FORMER_CLIENT, updatedAt: now }));
  clients.push({ id: 'demo-client-new', ...NEW_CLIENT, served: true, updatedAt: now });

  // What each member needs is what the portal grants them, plus the planted gap.
  const needs: Need[] = [];
  const need = (mId: string, cId: string, subjects: Need['subjects']) => needs.push({ id: needId(mId, cId), memberId: mId, clientId: cId, subjects });
  need(memberId(0), FIRM_CLIENT_ID, SUBJECTS_OWN.map((subject) => ({ subject: subject as Need['subjects'][number]['subject'], right: 'Écriture' })));
  CONTACTS.forEach((_, i) => {
    if (FORMER_STAFF.includes(i)) return;
    for (const e of grantedEmployers(i)) {
      const j = EMPLOYERS.indexOf(e);
      if (j === FORMER_CLIENT) continue;
      const subjects: Need['subjects'] = [{ subject: 'Paiements et relevés', right: i % 2 ? 'Lecture' : 'Écriture' }];
      // The planted gap: Éric Tremblay also prepares the monthly reports of his first client.
      if (i === 1 && e === grantedEmployers(1)[0]) subjects.push({ subject: 'Rapport mensuel', right: 'Écriture' });
      need(memberId(i), clientId(j), subjects);
    }
  });
  // A new hire takes over the new client.
  need('demo-hire-0', 'demo-client-new', [{ subject: 'Paiements et relevés', right: 'Écriture' }]);

  return { firm: { name: FIRM.name, number: FIRM.number }, members, clients, needs };
}
