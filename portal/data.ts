/**
 * Seeded data of the replica: the firm LAFORCE COMPTABLE INC., its staff and its
 * client employers. Deterministic (no randomness) so tests can count rows.
 * Like the portal, lists write names in capitals in some places and in mixed
 * case in others, with and without accents.
 */

export const FIRM = { name: 'LAFORCE COMPTABLE INC.', number: '1001' };
export const PROFILES = [
  `Autorisations - ${FIRM.number} - ${FIRM.name}`,
  `Administratrice - ${FIRM.number} - ${FIRM.name}`,
];

export interface Contact {
  first: string;
  last: string;
  email: string;
  phone: string;
  phoneType: 'Cellulaire' | 'Domicile' | 'Travail';
  language: 'Français' | 'Anglais';
  role: 'Personne responsable' | 'Membre du personnel';
  active: boolean;
}

const FIRST = [
  'Rebecca', 'Éric', 'Mélanie', 'François', 'Geneviève', 'Stéphane', 'Josée', 'Benoît',
  'Nathalie', 'Sébastien', 'Émilie', 'Jérôme', 'Chantal', 'Martin', 'Isabelle', 'Frédéric',
  'Sylvie', 'André', 'Véronique', 'Luc', 'Hélène', 'Mathieu', 'Julie',
];
const LAST = [
  'Descotteaux-Laforce', 'Tremblay', 'Gagnon', 'Côté', 'Bélanger', 'Bouchard', 'Gauthier', 'Lévesque',
  'Morin', 'Pelletier', 'Bergeron', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Paré',
  'Bélisle', 'Thériault', 'Lachance', 'Girard', 'Dubé', 'Poirier', 'Fréchette',
];

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export const CONTACTS: Contact[] = FIRST.map((first, i) => {
  const last = LAST[i]!;
  return {
    first,
    last,
    email: `${strip(first).toLowerCase()}.${strip(last).toLowerCase().replace(/[^a-z]/g, '')}@laforcecomptable.ca`,
    phone: `514 555-${String(1000 + i * 37).padStart(4, '0')}`,
    phoneType: (['Cellulaire', 'Travail', 'Domicile'] as const)[i % 3]!,
    language: i % 5 === 4 ? 'Anglais' : 'Français',
    role: i === 0 ? 'Personne responsable' : 'Membre du personnel',
    // One former employee, still listed but inactive, as in real lists.
    active: i !== 21,
  };
});

/** « NOM, Prénom », the way the portal's contact pickers show people. */
export const contactEntry = (c: Pick<Contact, 'first' | 'last'>) => `${c.last.toUpperCase()}, ${c.first}`;

export interface Employer {
  name: string;
  number: string;
}

const TRADES = ['CONSTRUCTION', 'EXCAVATION', 'TOITURES', 'ÉLECTRICITÉ', 'PLOMBERIE', 'COFFRAGES', 'BÉTON', 'RÉNOVATIONS'];
const OWNERS = ['GAGNON', 'TREMBLAY', 'BOUCHARD', 'CÔTÉ', 'ROY', 'LAPOINTE', 'MARTEL', 'CARON', 'SIMARD'];
const SUFFIX = ['INC.', 'LTÉE', '& FILS INC.', 'ET ASSOCIÉS INC.'];

/** 57 client employers: the guide's two examples first, then generated ones. */
export const EMPLOYERS: Employer[] = [
  { name: 'ENTREPRISE SHW INC.', number: '1002345' },
  { name: 'PLUMBERIE RICHARD BELANGER', number: '1003456' },
  ...Array.from({ length: 55 }, (_, i) => ({
    name: `${TRADES[i % TRADES.length]} ${OWNERS[(i * 5) % OWNERS.length]} ${SUFFIX[i % SUFFIX.length]}`.replace(/\s+/g, ' '),
    number: String(1010000 + i * 113),
  })),
].map((e, i, all) =>
  // Generated names can collide; the portal keeps them distinct by number, we keep them distinct by name too.
  all.findIndex((o) => o.name === e.name) === i ? e : { ...e, name: e.name.replace(/ (INC\.|LTÉE)$/, ` ${i} $1`) },
);

/** « NAME INC. (number) », the way organisation pickers show employers. */
export const employerEntry = (e: Employer) => `${e.name} (${e.number})`;

export const SUBJECTS_OWN = ['Chantier et conformité', 'Paiements et relevés', 'Profil'];
export const SUBJECTS_EMPLOYER = ['Rapport mensuel', "Main-d'œuvre", 'Chantier et conformité', 'Paiements et relevés', 'Profil'];

/** Which employers each staff member already handles (for « Relation(s) déjà octroyée(s) »). */
export function grantedEmployers(contactIndex: number): Employer[] {
  if (contactIndex === 0) return EMPLOYERS.slice(0, 3);
  return EMPLOYERS.filter((_, j) => j % CONTACTS.length === contactIndex || (j + 7) % CONTACTS.length === contactIndex);
}

export type ListId = 'contacts' | 'relations' | 'authorizations';

export interface ListData {
  columns: string[];
  rows: string[][];
}

const yesNo = (b: boolean) => (b ? 'Vrai' : 'Faux');

/**
 * « Autorisations », each row with the contact it belongs to (for the
 * « Contacts de l'organisation » filter): the organisation's own subjects
 * first, then each member's delegated employers' subjects, member by member.
 */
function authorizationRows(): { contact: number; cells: string[] }[] {
  const own = CONTACTS[0]!;
  return [
    ...SUBJECTS_OWN.map((s) => ({
      contact: 0,
      cells: [s, 'Écriture', FIRM.name, FIRM.name, `${own.last.toUpperCase()}, ${own.first.toUpperCase()}`, own.role, 'Vrai'],
    })),
    ...CONTACTS.flatMap((c, i) =>
      grantedEmployers(i).map((e) => ({
        contact: i,
        cells: ['Paiements et relevés', i % 2 ? 'Lecture' : 'Écriture', e.name, FIRM.name, `${strip(c.last).toUpperCase()}, ${strip(c.first).toUpperCase()}`, c.role, yesNo(c.active)],
      })),
    ),
  ];
}

/** A list's columns and rows; `contact` (an index in CONTACTS) narrows « Autorisations » to that contact's rows. */
export function listData(list: ListId, contact?: number): ListData {
  switch (list) {
    case 'contacts':
      // Mixed case, accents kept.
      return {
        columns: ['Nom', 'Prénom', 'Adresse courriel', 'Fonction', 'Actif'],
        rows: CONTACTS.map((c) => [c.last, c.first, c.email, c.role, yesNo(c.active)]),
      };
    case 'relations':
      // Capitals; the portal's own spelling (BELANGER without accent) kept.
      return {
        columns: ['Organisation', 'Type de relation', 'Organisation', 'Actif'],
        rows: EMPLOYERS.map((e, i) => [e.name, 'a comme firme comptable ou serv. de paie', FIRM.name, yesNo(i !== 40)]),
      };
    case 'authorizations':
      return {
        columns: ['Sujet autorisé', 'Droit', 'Organisation', 'Organisation', "Contact de l'organisation", 'Fonction', 'Actif'],
        rows: authorizationRows().filter((r) => contact === undefined || r.contact === contact).map((r) => r.cells),
      };
  }
}

export const PAGE_SIZE = 20;
