/**
 * Which column holds what. Header names are recognised in French and English,
 * without regard to case, accents or punctuation; anything else is reported
 * as unknown and ignored unless the person says what it holds.
 *
 * A mapping is an array indexed by column position, never an object keyed by
 * header text: a header named `__proto__` or `constructor` is just text.
 */
import { fold } from '../normalize';

export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'phoneType',
  'language',
  'clientNumber',
  'role',
  'status',
  'codeSentOn',
  'notes',
  'clients',
  'subjects',
  'rights',
  'firmSubjects',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column position → field, or null for a column to ignore. */
export type ColumnMapping = (ImportField | null)[];

const ALIASES: Record<ImportField, string[]> = {
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'prenom du membre'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom du membre'],
  fullName: ['nom complet', 'full name', 'name', 'membre', 'member', 'employe', 'employee', 'nom et prenom', 'prenom et nom'],
  email: ['courriel', 'adresse courriel', 'email', 'e-mail', 'email address', 'adresse electronique', 'mail', 'courrier electronique'],
  phone: [
    'telephone',
    'tel',
    'numero de telephone',
    'numero de telephone principal',
    'phone',
    'phone number',
    'telephone number',
    'main phone',
  ],
  phoneType: ['type de telephone', 'type du numero de telephone principal', 'type du numero', 'phone type', 'type of phone'],
  language: ['langue', 'langue de communication', 'language', 'communication language', 'preferred language'],
  clientNumber: [
    'numero client ccq',
    'no client ccq',
    'numero de client ccq',
    'numero de client',
    'no client',
    'client ccq',
    'ccq client number',
    'ccq number',
    'client number',
  ],
  role: ['fonction', 'role', 'poste', 'titre', 'title', 'job title', 'function', 'position'],
  status: ['statut', 'status', 'etat', 'statut de transition', 'transition status'],
  codeSentOn: ['code envoye le', 'date envoi du code', 'date du code', 'code sent on', 'code sent date'],
  notes: ['notes', 'note', 'commentaires', 'commentaire', 'remarques', 'comments', 'comment'],
  clients: [
    'clients',
    'client',
    'employeurs',
    'employeur',
    'dossiers clients',
    'dossiers',
    'client files',
    'employers',
    'employer',
    'clients geres',
    'clients handled',
  ],
  subjects: ['sujets', 'sujets autorises', 'sujet autorise', 'subjects', 'authorized subjects', 'autorisations', 'authorizations'],
  rights: ['droit', 'droits', 'right', 'rights', 'acces', 'access'],
  firmSubjects: [
    'sujets de la firme',
    'sujets autorises de la firme',
    'sujets firme',
    'firm subjects',
    'firm authorized subjects',
    'own subjects',
  ],
};

/** Folded, punctuation as spaces: « N° client CCQ » and « no_client_ccq » read the same. */
export function headerKey(header: string): string {
  return fold(header)
    .replace(/n°|no\./g, 'no ')
    .replace(/[^a-z0-9@]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FIELD_BY_HEADER = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of ALIASES[field]) FIELD_BY_HEADER.set(headerKey(alias), field);

export function fieldOfHeader(header: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(headerKey(header));
}

export interface GuessedMapping {
  mapping: ColumnMapping;
  /** Positions of headers not recognised (ignored until the person maps them). */
  unknown: number[];
}

/** Maps each header to its field; a field claimed twice keeps its first column. */
export function guessMapping(headers: readonly string[]): GuessedMapping {
  const taken = new Set<ImportField>();
  const unknown: number[] = [];
  const mapping: ColumnMapping = headers.map((h, i) => {
    const field = fieldOfHeader(h);
    if (!field || taken.has(field)) {
      if (h.trim() !== '' && !field) unknown.push(i);
      return null;
    }
    taken.add(field);
    return field;
  });
  return { mapping, unknown };
}

export type MappingProblem =
  | { code: 'noNameColumn' }
  | { code: 'columnMappedTwice'; field: ImportField; columns: number[] };

/** What makes a mapping unusable; an empty list means the rows can be read. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const columnsOf = new Map<ImportField, number[]>();
  mapping.forEach((f, i) => {
    if (f) columnsOf.set(f, [...(columnsOf.get(f) ?? []), i]);
  });
  for (const [field, columns] of columnsOf) if (columns.length > 1) problems.push({ code: 'columnMappedTwice', field, columns });
  const hasName = columnsOf.has('fullName') || columnsOf.has('lastName') || columnsOf.has('firstName');
  if (!hasName) problems.unshift({ code: 'noNameColumn' });
  return problems;
}
