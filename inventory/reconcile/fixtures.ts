/** Small inventories for tests: the guide's sample firm, its clients and staff. */
import { FIRM_CLIENT_ID, needId, type Client, type Inventory, type Member, type Need, type SubjectRight } from '../schema';
import { STEP_OF_KIND, WorklistItem, type Finding } from '../worklist';

export function member(id: string, firstName: string, lastName: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    firstName,
    lastName,
    email: `${id}@laforce.example`,
    phoneType: 'cell',
    phone: '514 555-0100',
    language: 'fr',
    clientNumber: '',
    role: '',
    status: 'codeSent',
    codeSentOn: '2026-01-15',
    notes: '',
    updatedAt: 0,
    ...extra,
  };
}

export function client(id: string, name: string, number: string, served = true): Client {
  return { id, name, number, served, updatedAt: 0 };
}

export function need(memberId: string, clientId: string, subjects: SubjectRight[]): Need {
  return { id: needId(memberId, clientId), memberId, clientId, subjects };
}

/** LAFORCE COMPTABLE INC. with the guide's sample clients and contact. */
export function sampleFirm(): Inventory {
  return {
    firm: { name: 'LAFORCE COMPTABLE INC.', number: '1001' },
    members: [
      member('rebecca', 'Rebecca', 'Descotteaux-Laforce', { role: 'Responsable' }),
      member('eloise', 'Éloïse', 'Bérubé', { phoneType: 'work', phone: '418 555-0199', language: 'en' }),
      member('jean', 'Jean', 'Tremblay', { email: '' }),
    ],
    clients: [
      client('shw', 'Entreprise SHW inc.', '123456'),
      client('plumberie', 'Plumberie Richard Bélanger', ''),
      client('ancien', 'Ancien Client ltée', '345678', false),
    ],
    needs: [
      need('rebecca', FIRM_CLIENT_ID, [{ subject: 'Rapport mensuel', right: 'Écriture' }]),
      need('eloise', 'shw', [
        { subject: 'Paiements et relevés', right: 'Écriture' },
        { subject: 'Profil', right: 'Lecture' },
      ]),
      need('jean', 'plumberie', [{ subject: 'Chantier et conformité', right: 'Lecture' }]),
      // A former client: needs there are no longer checked.
      need('jean', 'ancien', [{ subject: 'Profil', right: 'Lecture' }]),
    ],
  };
}

/** An open worklist item for a finding, as a first reconciliation stores it. */
export function worklistItem(finding: Finding, extra: Partial<WorklistItem> = {}): WorklistItem {
  return WorklistItem.parse({
    id: finding.key,
    kind: finding.kind,
    stepId: STEP_OF_KIND[finding.kind],
    finding,
    state: 'open',
    createdAt: 0,
    updatedAt: 0,
    snapshotId: 's0',
    ...extra,
  });
}
