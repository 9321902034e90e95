/**
 * Generated firms for benchmarks: members, client employers, needs, and the
 * portal lists they would produce with a few planted differences.
 */
import { needId, SUBJECTS, type Client, type Inventory, type Member, type Need } from '../../inventory/schema';
import type { PortalSnapshot } from '../../inventory/snapshot';
import { snapshotFromInventory } from '../../inventory/reconcile/mirror';

const FIRST = ['Éloïse', 'Jean-François', 'Marie', 'Zoé', 'Luc', 'Chloé', 'André', 'Noémie', 'Ève', 'Mathieu'];
const LAST = ['Bérubé', 'Tremblay', "D'Amours", 'Côté', 'Descotteaux-Laforce', 'Gagnon', 'Lévesque', 'Ouellet', 'Roy'];

export interface FirmSize {
  members: number;
  clients: number;
  /** Clients each member handles; two subjects each, so authorizations ≈ members × this × 2. */
  clientsPerMember: number;
}

export function generateFirm({ members, clients, clientsPerMember }: FirmSize): Inventory {
  const ms: Member[] = Array.from({ length: members }, (_, i) => ({
    id: `m${i}`,
    firstName: FIRST[i % FIRST.length]!,
    lastName: `${LAST[(i * 7) % LAST.length]!}-${i}`,
    email: `membre.${i}@firme.example`,
    phoneType: 'cell',
    phone: `514 ${String(100 + (i % 900))}-${String(1000 + (i % 9000)).slice(-4)}`,
    language: i % 4 === 0 ? 'en' : 'fr',
    clientNumber: '',
    role: 'Technicienne',
    status: 'codeSent',
    codeSentOn: '2026-01-15',
    notes: '',
    updatedAt: 0,
  }));
  const cs: Client[] = Array.from({ length: clients }, (_, i) => ({
    id: `c${i}`,
    name: `Construction Générale ${i} inc.`,
    number: i % 3 === 0 ? '' : String(100000 + i),
    served: i % 50 !== 0,
    updatedAt: 0,
  }));
  const needs: Need[] = [];
  for (let m = 0; m < members; m++) {
    for (let k = 0; k < clientsPerMember; k++) {
      const clientId = `c${(m * clientsPerMember + k) % clients}`;
      needs.push({
        id: needId(`m${m}`, clientId),
        memberId: `m${m}`,
        clientId,
        subjects: [
          { subject: SUBJECTS[(m + k) % SUBJECTS.length]!, right: 'Écriture' },
          { subject: SUBJECTS[(m + k + 1) % SUBJECTS.length]!, right: 'Lecture' },
        ],
      });
    }
  }
  return { firm: { name: 'LAFORCE COMPTABLE INC.', number: '1001' }, members: ms, clients: cs, needs };
}

/** The portal the firm would produce, with about 1% of each list changed. */
export function portalWithDifferences(inventory: Inventory): PortalSnapshot {
  const snap = snapshotFromInventory(inventory, Date.now(), 'bench');
  snap.contacts = snap.contacts.filter((_, i) => i % 100 !== 1);
  for (let i = 3; i < snap.contacts.length; i += 100) snap.contacts[i]!.email = `autre.${i}@ailleurs.example`;
  snap.relations = snap.relations.filter((_, i) => i % 100 !== 2);
  snap.authorizations = snap.authorizations.filter((_, i) => i % 100 !== 5);
  return snap;
}
