/**
 * Reading one spreadsheet cell: subjects and rights, transition status, dates,
 * lists of clients. French and English words are both understood; a value not
 * understood is returned as undefined so the row can say which cell is wrong.
 */
import { fold, parseOrganisation } from '../normalize';
import { LEVEL_OF_RIGHT } from '../reconcile/portal';
import type { MemberStatus, Right, Subject, SubjectRight } from '../schema';

/** Letters and digits only: « Main-d’œuvre », « main d'oeuvre » and « MAINDOEUVRE » agree. */
const compact = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

const SUBJECT_WORDS: [Subject, string[]][] = [
  ['Chantier et conformité', ['Chantier et conformité', 'chantier', 'worksite and compliance', 'site and compliance', 'jobsite and compliance']],
  ['Paiements et relevés', ['Paiements et relevés', 'paiements', 'payments and statements', 'payments']],
  ['Profil', ['Profil', 'profile']],
  ['Rapport mensuel', ['Rapport mensuel', 'monthly report', 'rapports mensuels', 'monthly reports']],
  ["Main-d'œuvre", ["Main-d'œuvre", 'main doeuvre', 'workforce', 'labour', 'labor', 'manpower']],
];
const SUBJECT_BY_WORD = new Map<string, Subject>();
for (const [subject, words] of SUBJECT_WORDS) for (const w of words) SUBJECT_BY_WORD.set(compact(w), subject);

const RIGHT_BY_WORD = new Map<string, Right>([
  ['lecture', 'Lecture'],
  ['l', 'Lecture'],
  ['read', 'Lecture'],
  ['r', 'Lecture'],
  ['consultation', 'Lecture'],
  ['ecriture', 'Écriture'],
  ['e', 'Écriture'],
  ['write', 'Écriture'],
  ['w', 'Écriture'],
  ['modification', 'Écriture'],
]);

export function parseRight(cell: string): Right | undefined {
  return RIGHT_BY_WORD.get(compact(cell));
}

export function parseSubject(cell: string): Subject | undefined {
  return SUBJECT_BY_WORD.get(compact(cell));
}

/** Splits a list cell on « ; », « | », « , » or line breaks. */
export function splitList(cell: string, separators: RegExp = /[;|,\n\r]+/): string[] {
  return cell
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** « Profil (Écriture) », « Profil: E », « Profil = lecture », « Profil - Lecture ». */
const WITH_RIGHT = /^(.*?)\s*(?:\(\s*([^()]+?)\s*\)|[:=]\s*(.+)|\s[-–]\s*(\S+))\s*$/;

export interface SubjectsCell {
  subjects: SubjectRight[];
  /** Entries not understood, as written. */
  unknownSubjects: string[];
  unknownRights: string[];
  /** Subjects given no right, in the cell or the rights column: assumed « Lecture ». */
  assumedRead: boolean;
  /** The rights column lists a count of rights that matches neither one nor the subjects. */
  rightsCountMismatch: boolean;
}

/**
 * Reads a subjects cell and the row's rights cell together. A right written
 * with a subject wins; otherwise the rights cell gives one right for all, or
 * one per subject in order. Without any right, « Lecture » — the least access.
 */
export function parseSubjects(subjectsCell: string, rightsCell = ''): SubjectsCell {
  const out: SubjectsCell = { subjects: [], unknownSubjects: [], unknownRights: [], assumedRead: false, rightsCountMismatch: false };
  const entries = splitList(subjectsCell);
  const rights = splitList(rightsCell);
  if (rights.length > 1 && rights.length !== entries.length) out.rightsCountMismatch = true;
  const best = new Map<Subject, Right>();
  entries.forEach((entry, i) => {
    // A right written with the subject first: « Profil: E » must not read as « profile ».
    let subject: Subject | undefined;
    let rightText: string | undefined;
    const m = WITH_RIGHT.exec(entry);
    if (m) {
      subject = parseSubject(m[1]!);
      if (subject) rightText = m[2] ?? m[3] ?? m[4];
    }
    subject ??= parseSubject(entry);
    if (!subject) {
      out.unknownSubjects.push(entry);
      return;
    }
    rightText ??= rights.length === 1 ? rights[0] : rights.length === entries.length ? rights[i] : undefined;
    let right: Right | undefined;
    if (rightText === undefined) {
      right = 'Lecture';
      out.assumedRead = true;
    } else {
      right = parseRight(rightText);
      if (!right) {
        out.unknownRights.push(rightText);
        return;
      }
    }
    const had = best.get(subject);
    if (!had || LEVEL_OF_RIGHT[right] > LEVEL_OF_RIGHT[had]) best.set(subject, right);
  });
  out.subjects = [...best].map(([subject, right]) => ({ subject, right }));
  return out;
}

const STATUS_WORDS: [MemberStatus, string[]][] = [
  ['notInPortal', ['pas dans le portail', 'absent du portail', 'absent', 'a ajouter', 'not in portal', 'not in the portal', 'missing', 'to add']],
  ['inPortal', ['dans le portail', 'present dans le portail', 'present', 'in portal', 'in the portal']],
  [
    'detailsWrong',
    ['informations erronees', 'infos erronees', 'coordonnees erronees', 'a corriger', 'details wrong', 'wrong details', 'to fix', 'details to fix'],
  ],
  ['codeToSend', ['code a envoyer', 'code de liaison a envoyer', 'code to send', 'linking code to send']],
  ['codeSent', ['code envoye', 'code de liaison envoye', 'code sent', 'linking code sent']],
  ['linked', ['lie', 'compte lie', 'linked', 'account linked']],
  ['needsHelp', ["besoin d'aide", 'a besoin d aide', 'aide', 'needs help', 'help needed', 'help']],
];
const STATUS_BY_WORD = new Map<string, MemberStatus>();
for (const [status, words] of STATUS_WORDS) for (const w of words) STATUS_BY_WORD.set(compact(w), status);

const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** A date as the portal writes it (`YYYY-MM-DD`), from `2026-01-15`, `2026/1/15`; undefined otherwise. */
export function parseDate(cell: string): string | undefined {
  const m = ISO_DATE.exec(cell.trim());
  if (!m || m.index !== 0 || m[0].length !== cell.trim().length) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A status cell, possibly with the date the code was sent: « Code envoyé le 2026-01-15 ». */
export function parseStatus(cell: string): { status: MemberStatus; date: string } | undefined {
  const trimmed = cell.trim();
  const dated = /^(.*?)\s*(?:\b(?:le|on)\b\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/i.exec(trimmed);
  const words = dated ? dated[1]! : trimmed;
  const status = STATUS_BY_WORD.get(compact(words).replace(/(le|on)$/, '')) ?? STATUS_BY_WORD.get(compact(words));
  if (!status) return undefined;
  const date = dated ? parseDate(dated[2]!) : '';
  if (date === undefined) return undefined;
  return { status, date };
}

export interface ClientReference {
  /** As written in the cell. */
  text: string;
  name: string;
  number: string;
  /** Subjects written for this client alone, in brackets after it; undefined when none. */
  subjects?: string;
}

/** « SHW INC. (123456) [Profil (Écriture)] »: a client with its own subjects. */
const OWN_SUBJECTS = /^(.*?)\s*\[([^\[\]]*)\]\s*$/;

/**
 * A clients cell: « ENTREPRISE SHW INC.; 234567 | PLOMBERIE X (345678) ».
 * Entries are separated by « ; », « | » or line breaks (not commas: employer
 * names contain them), except inside brackets; an entry of digits alone is a
 * number.
 */
export function parseClients(cell: string): ClientReference[] {
  return splitOutsideBrackets(cell).map(parseClientEntry);
}

/** One entry of a clients cell. */
export function parseClientEntry(text: string): ClientReference {
  const own = text.includes('[') ? OWN_SUBJECTS.exec(text) : null;
  const bare = own ? own[1]! : text;
  const { name, number } = parseOrganisation(bare);
  const ref: ClientReference =
    !number && /^[\d\s-]+$/.test(name) ? { text, name: '', number: name.replace(/\D/g, '') } : { text, name, number };
  if (own) ref.subjects = own[2]!;
  return ref;
}

/** « ; », « | » or a line break. Global: test() leaves lastIndex past the separator it found. */
const ENTRY_SEPARATOR = /[;|\n\r]/g;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const isEntrySeparator = (ch: number) => ch === 0x3b || ch === 0x7c || ch === 0x0a || ch === 0x0d;

/** The entries of a list cell, into `out` (the import passes one list for every row). */
export function splitOutsideBrackets(cell: string, out: string[] = []): string[] {
  // Brackets are rare. Without them, separators are found by the regex
  // engine, several times faster than a loop over every character of every
  // row's clients cell.
  return cell.includes('[') ? splitAroundBrackets(cell, out) : splitAtSeparators(cell, out);
}

function splitAtSeparators(cell: string, out: string[]): string[] {
  let start = 0;
  ENTRY_SEPARATOR.lastIndex = 0;
  while (ENTRY_SEPARATOR.test(cell)) {
    pushEntry(out, cell, start, ENTRY_SEPARATOR.lastIndex - 1);
    start = ENTRY_SEPARATOR.lastIndex;
  }
  pushEntry(out, cell, start, cell.length);
  return out;
}

function splitAroundBrackets(cell: string, out: string[]): string[] {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === BRACKET_OPEN) depth++;
    else if (ch === BRACKET_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isEntrySeparator(ch)) {
      pushEntry(out, cell, start, i);
      start = i + 1;
    }
  }
  pushEntry(out, cell, start, cell.length);
  return out;
}

/** The entry between `start` and `end`, trimmed, unless empty. */
function pushEntry(out: string[], cell: string, start: number, end: number) {
  // The space after « ; » is skipped before slicing: most entries are then sliced once, with nothing left to trim.
  while (start < end && cell.charCodeAt(start) === 0x20) start++;
  const t = cell.slice(start, end).trim();
  if (t !== '') out.push(t);
}
