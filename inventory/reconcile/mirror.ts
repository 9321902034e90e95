/**
 * The portal lists an inventory would produce once every step is done: every
 * member a contact, every served client an active relation, every need an
 * active authorization. Names are written the ways the portal writes them
 * (capitals without accents, « NOM, Prénom », « Prénom Nom ») so that what
 * reconciliation proves is that notation alone never makes an item.
 *
 * Used by property tests and benchmarks, and as a demo firm's starting point.
 */
import { FIRM_CLIENT_ID, type Inventory } from '../schema';
import type { AuthorizationRow, ContactRow, PortalSnapshot, RelationRow } from '../snapshot';

const PHONE_TYPE_LABEL = { cell: 'Cellulaire', work: 'Bureau', home: 'Domicile', other: 'Autre' } as const;
const LANGUAGE_LABEL = { fr: 'Français', en: 'Anglais' } as const;

function capitalsWithoutAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
}

/** The ways the portal's lists write one person's name, picked by position. */
function portalName(first: string, last: string, i: number): string {
  switch (i % 3) {
    case 0:
      return `${capitalsWithoutAccents(last)}, ${capitalsWithoutAccents(first)}`;
    case 1:
      return `${first} ${last}`;
    default:
      return `${last.toUpperCase()}, ${first}`;
  }
}

function portalOrganisation(name: string, number: string, i: number): string {
  // Lists show plain capitals; pickers add the number in brackets.
  return i % 2 === 0 || !number ? capitalsWithoutAccents(name) : `${name.toUpperCase()} (${number})`;
}

export function snapshotFromInventory(inventory: Inventory, takenAt = 0, id = 'mirror'): PortalSnapshot {
  const firm = inventory.firm.name.toUpperCase();
  const contacts: ContactRow[] = [];
  const nameOf = new Map<string, string>();
  inventory.members.forEach((m, i) => {
    const name = portalName(m.firstName, m.lastName, i);
    nameOf.set(m.id, name);
    contacts.push({
      name,
      firstName: '',
      lastName: '',
      email: i % 2 === 0 ? m.email.toUpperCase() : m.email,
      phoneType: m.phoneType ? PHONE_TYPE_LABEL[m.phoneType] : '',
      phone: m.phone,
      language: LANGUAGE_LABEL[m.language],
      clientNumber: m.clientNumber,
      function: 'Membre du personnel',
      active: 'Vrai',
    });
  });

  const relations: RelationRow[] = [];
  /** Served clients only: a former client has neither relation nor authorizations. */
  const clientCell = new Map<string, string>();
  inventory.clients.forEach((c, i) => {
    if (!c.served) return;
    const cell = portalOrganisation(c.name, c.number, i);
    clientCell.set(c.id, cell);
    relations.push({
      organisation: cell,
      relationType: 'a comme firme comptable ou serv. de paie',
      otherOrganisation: firm,
      active: 'Vrai',
    });
  });

  const authorizations: AuthorizationRow[] = [];
  for (const need of inventory.needs) {
    const contact = nameOf.get(need.memberId);
    const organisation = need.clientId === FIRM_CLIENT_ID ? firm : clientCell.get(need.clientId);
    if (contact === undefined || organisation === undefined) continue;
    for (const { subject, right } of need.subjects) {
      authorizations.push({
        subject: `${subject} -`,
        right,
        organisation,
        otherOrganisation: need.clientId === FIRM_CLIENT_ID ? '' : firm,
        contact,
        function: 'Membre du personnel',
        active: 'Vrai',
      });
    }
  }
  return { id, takenAt, complete: true, contacts, relations, authorizations };
}
