/**
 * Rows of a spreadsheet + a column mapping → an import plan: for each row the
 * member it creates or updates, the clients it names and the needs it sets,
 * and what is wrong with it. Pure: nothing is written; the panel shows the plan
 * and the person confirms (see apply.ts).
 *
 * Rules:
 * - one row per member; a member already in the inventory (same email, or same
 *   name where an email is missing) is updated, an empty cell keeping the value;
 * - the same member twice in the file is an error on the later row;
 * - clients are found by number, then by name; unknown ones are created;
 * - when a clients column is mapped, the row's clients replace the member's
 *   needs; otherwise the member's needs are left alone.
 */
import { emailKey, memoKey, normalizePhone, parseLanguage, parsePhoneType } from '../normalize';
import {
  FIRM_CLIENT_ID,
  Member,
  blankMember,
  idMinter,
  needId,
  type Client,
  type Need,
} from '../schema';
import { z } from '../../lib/zod';
import { runAtOnce } from '../chunks';
import { unescapeCell } from '../export/csv';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './columns';
import { ClientIndex } from './client-index';
import { SameMember } from './same-member';
import { parseClientEntry, parseDate, parseStatus, parseSubjects, splitOutsideBrackets, type ClientReference, type SubjectsCell } from './values';

/** Row problems that keep the row out of the import. */
const ERRORS = [
  'nameMissing',
  'emailInvalid',
  'phoneInvalid',
  'phoneTypeUnknown',
  'languageUnknown',
  'statusUnknown',
  'dateInvalid',
  'subjectUnknown',
  'rightUnknown',
  'rightsCountMismatch',
  'duplicateMember',
  'tooLong',
  'rowUnreadable',
] as const;
/** Row remarks that are shown while the row goes in. */
const WARNINGS = ['nameSplitGuessed', 'phoneExtensionDropped', 'rightAssumed', 'subjectsWithoutClients', 'clientOnlyNumber'] as const;

export const ISSUE_CODES = [...ERRORS, ...WARNINGS] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Errors keep a row out of the import; warnings are shown and the row goes in. */
export const ERROR_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(ERRORS);

export interface RowIssue {
  code: IssueCode;
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** The column's header as written, when the issue is about one cell. */
  column?: string;
  /** The offending value, as written (shown as text, shortened by the panel). */
  value?: string;
  /** For duplicates: the row that first had this member. */
  firstRow?: number;
}

/**
 * A need as planned. Its member's id and its own are joined when it is
 * written (needsOf): a plan of 10,000 rows holds some 30,000 of them.
 */
export type PlannedNeed = Pick<Need, 'clientId' | 'subjects'>;

export interface PlannedRow {
  row: number;
  action: 'create' | 'update';
  member: Member;
  /** Set when the row has a clients column: the member's needs become exactly these. */
  needs?: PlannedNeed[];
  issues: RowIssue[];
  valid: boolean;
}

export interface ImportPlan {
  headers: string[];
  mapping: ColumnMapping;
  rows: PlannedRow[];
  /** Clients the rows name that the inventory does not have yet, in the order first named. */
  newClients: Client[];
  counts: { rows: number; valid: number; invalid: number; create: number; update: number; newClients: number; warnings: number };
}

export interface ExistingInventory {
  members: readonly Member[];
  clients: readonly Client[];
}

const LIMIT_LIST: [ImportField, number][] = [
  ['firstName', 200],
  ['lastName', 200],
  ['fullName', 400],
  ['role', 200],
  ['notes', 5000],
  ['clientNumber', 40],
];
/** The same pattern the Member schema's email check uses, tested directly: it runs once per row. */
const EMAIL = z.regexes.email;

/** The needs a planned row writes, whole. */
export function needsOf(row: PlannedRow): Need[] {
  const memberId = row.member.id;
  return (row.needs ?? []).map(({ clientId, subjects }) => ({ id: needId(memberId, clientId), memberId, clientId, subjects }));
}

/** Units of work between two progress reports. */
const CHUNK = 500;

export interface PlanOptions {
  now?: number;
  /** Spreadsheet rows the CSV reader could not read as intended (an unclosed quote). */
  unreadableRows?: readonly number[];
}

export function planImport(table: readonly string[][], mapping: ColumnMapping, existing: ExistingInventory, options: PlanOptions = {}): ImportPlan {
  return runAtOnce(planImportSteps(table, mapping, existing, options));
}

/** Splits « NOM, Prénom » or « Prénom Nom »; a longer name without comma is a guess. */
function splitFullName(full: string): { first: string; last: string; guessed: boolean } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { last: full.slice(0, comma).trim(), first: full.slice(comma + 1).trim(), guessed: false };
  const words = full.trim().split(/\s+/);
  if (words.length <= 1) return { first: '', last: words[0] ?? '', guessed: false };
  return { first: words[0]!, last: words.slice(1).join(' '), guessed: words.length > 2 };
}

/** Everything a row is read against: the mapping, the inventory, memoised cell readers. */
interface PlanContext {
  headers: string[];
  /** Field → column position, or -1 when the field is not mapped. */
  col: Record<ImportField, number>;
  /** The mapped fields and their columns. */
  mapped: (readonly [ImportField, number])[];
  /** The row being read's mapped cells; one record for every row, as rows are read one at a time. */
  cells: Record<ImportField, string>;
  /** What a created member starts from (its id is minted apart). */
  blank: Member;
  /** The row being read's issues, client entries and needs (see planNeeds). */
  issues: RowIssues;
  entries: string[];
  needs: PlannedNeed[];
  unreadable: Set<number>;
  now: number;
  /** Ids of the members and clients the import creates. */
  newId: () => string;
  /** Existing members and earlier rows, to tell which member a row is. */
  people: SameMember;
  statusOf: (cell: string) => ReturnType<typeof parseStatus>;
  languageOf: (cell: string) => ReturnType<typeof parseLanguage>;
  phoneTypeOf: (cell: string) => ReturnType<typeof parsePhoneType>;
  dateOf: (cell: string) => ReturnType<typeof parseDate>;
  subjectsOf: (subjects: string, rights: string) => SubjectsCell;
  clientOf: (text: string) => { ref: ClientReference; client: Client };
}

export function* planImportSteps(
  table: readonly string[][],
  mapping: ColumnMapping,
  existing: ExistingInventory,
  { now = Date.now(), unreadableRows = [] }: PlanOptions = {},
): Generator<number, ImportPlan> {
  const headers = (table[0] ?? []).map(String);
  const col = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping.indexOf(f)])) as Record<ImportField, number>;

  const newId = idMinter();
  const clients = new ClientIndex(existing.clients, newId, now);

  // Cells repeat across rows (the same clients, subjects, statuses): each distinct one is read once.
  const ctx: PlanContext = {
    headers,
    col,
    mapped: IMPORT_FIELDS.filter((f) => col[f] >= 0).map((f) => [f, col[f]] as const),
    cells: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as Record<ImportField, string>,
    blank: blankMember('', now),
    issues: new RowIssues(headers, col),
    entries: [],
    needs: [],
    unreadable: new Set(unreadableRows),
    now,
    newId,
    people: new SameMember(existing.members),
    statusOf: memoKey(parseStatus),
    languageOf: memoKey(parseLanguage),
    phoneTypeOf: memoKey(parsePhoneType),
    dateOf: memoKey(parseDate),
    subjectsOf: memoPair(parseSubjects),
    clientOf: memoKey((text: string) => {
      const ref = parseClientEntry(text);
      return { ref, client: clients.findOrCreate(ref) };
    }),
  };

  const rows: PlannedRow[] = [];
  const dataRows = table.length - 1;
  for (let r = 1; r < table.length; r++) {
    if (r % CHUNK === 0) yield r / Math.max(dataRows, 1);
    const planned = planRow(table[r]!, r + 1, ctx);
    if (planned) rows.push(planned);
  }

  let valid = 0;
  let create = 0;
  let warnings = 0;
  for (const r of rows) {
    if (r.valid) {
      valid++;
      if (r.action === 'create') create++;
    }
    for (const i of r.issues) if (!ERROR_CODES.has(i.code)) warnings++;
  }
  // Every new client was named by some row: when all rows are valid, all are kept.
  const newClients = valid < rows.length ? clientsOfValidRows(rows, clients.created) : clients.created;
  return {
    headers,
    mapping,
    rows,
    newClients,
    counts: { rows: rows.length, valid, invalid: rows.length - valid, create, update: valid - create, newClients: newClients.length, warnings },
  };
}

/** Clients only invalid rows named are not created. */
function clientsOfValidRows(rows: readonly PlannedRow[], created: readonly Client[]): Client[] {
  const used = new Set<string>();
  for (const r of rows) if (r.valid) for (const n of r.needs ?? []) used.add(n.clientId);
  return created.filter((c) => used.has(c.id));
}

/**
 * The row's mapped cells into `into`, trimmed, with the export's formula
 * apostrophe removed. Unmapped fields stay '' for every row.
 */
function readCells(cells: readonly string[], mapped: readonly (readonly [ImportField, number])[], into: Record<ImportField, string>): Record<ImportField, string> {
  for (const [f, i] of mapped) {
    const raw = cells[i];
    into[f] = raw === undefined || raw === null ? '' : unescapeCell(String(raw).trim());
  }
  return into;
}

/** Memoises a function of two strings without building a combined key. */
function memoPair<T>(fn: (a: string, b: string) => T): (a: string, b: string) => T {
  const cache = new Map<string, Map<string, T>>();
  return (a, b) => {
    let inner = cache.get(a);
    if (!inner) cache.set(a, (inner = new Map()));
    let hit = inner.get(b);
    if (hit === undefined) inner.set(b, (hit = fn(a, b)));
    return hit;
  };
}

/** No mapped cell and no other cell holds anything but spaces. */
function isBlankRow(cells: readonly string[], v: Record<ImportField, string>, mapped: PlanContext['mapped']): boolean {
  for (const [f] of mapped) if (v[f] !== '') return false;
  for (const c of cells) if (String(c ?? '').trim() !== '') return false;
  return true;
}

/** A handful of entries per cell: a scan, without a closure per entry. */
function hasNeedAt(needs: readonly PlannedNeed[], clientId: string): boolean {
  for (const n of needs) if (n.clientId === clientId) return true;
  return false;
}

const NO_ISSUES: RowIssue[] = [];
const isError = (i: RowIssue) => ERROR_CODES.has(i.code);

/**
 * The issues of the row being read. One collector serves every row, as rows
 * are read one at a time; a row's list is made on its first issue, as most
 * rows have none.
 */
class RowIssues {
  private row = 0;
  private list: RowIssue[] | undefined;

  constructor(
    private readonly headers: readonly string[],
    private readonly col: Readonly<Record<ImportField, number>>,
  ) {}

  start(row: number): void {
    this.row = row;
    this.list = undefined;
  }

  add(code: IssueCode, f?: ImportField, value?: string, firstRow?: number): void {
    const i: RowIssue = { code, row: this.row };
    if (f) i.column = this.headers[this.col[f]] ?? '';
    if (value !== undefined) i.value = value;
    if (firstRow !== undefined) i.firstRow = firstRow;
    // A list made by push keeps room for 17; most rows with an issue have one.
    if (this.list) this.list.push(i);
    else this.list = [i];
  }

  /** The row's issues, handed over. */
  take(): RowIssue[] {
    const list = this.list ?? NO_ISSUES;
    this.list = undefined;
    return list;
  }
}

const keep = <T>(value: T | '' | undefined, old: T): T => (value === '' || value === undefined ? old : value);

function planRow(cells: readonly string[], row: number, ctx: PlanContext): PlannedRow | undefined {
  const v = readCells(cells, ctx.mapped, ctx.cells);
  if (isBlankRow(cells, v, ctx.mapped)) return undefined;
  const issues = ctx.issues;
  issues.start(row);
  if (ctx.unreadable.has(row)) issues.add('rowUnreadable');
  for (const [f, max] of LIMIT_LIST) if (v[f].length > max) issues.add('tooLong', f, `${v[f].slice(0, 40)}…`);

  // — Name
  let firstName = v.firstName;
  let lastName = v.lastName;
  if (!firstName && !lastName && v.fullName) {
    const split = splitFullName(v.fullName);
    firstName = split.first;
    lastName = split.last;
    if (split.guessed) issues.add('nameSplitGuessed', 'fullName', v.fullName);
  }
  if (!firstName && !lastName) issues.add('nameMissing');

  // — Email, phone, type, language
  const email = v.email;
  if (email && (email.length > 254 || !EMAIL.test(email))) issues.add('emailInvalid', 'email', email);
  let phone = '';
  if (v.phone) {
    const normalised = normalizePhone(v.phone);
    if (!normalised) issues.add('phoneInvalid', 'phone', v.phone);
    else {
      phone = normalised.phone;
      if (normalised.extension) issues.add('phoneExtensionDropped', 'phone', v.phone);
    }
  }
  const phoneType = v.phoneType ? ctx.phoneTypeOf(v.phoneType) : undefined;
  if (v.phoneType && !phoneType) issues.add('phoneTypeUnknown', 'phoneType', v.phoneType);
  const language = v.language ? ctx.languageOf(v.language) : undefined;
  if (v.language && !language) issues.add('languageUnknown', 'language', v.language);

  // — Status and the date the code was sent
  const status = v.status ? ctx.statusOf(v.status) : undefined;
  if (v.status && !status) issues.add('statusUnknown', 'status', v.status);
  let codeSentOn = status?.date ?? '';
  if (v.codeSentOn) {
    const d = ctx.dateOf(v.codeSentOn);
    if (d === undefined) issues.add('dateInvalid', 'codeSentOn', v.codeSentOn);
    else codeSentOn = d;
  }

  // — Same member earlier in the file?
  const eKey = emailKey(email);
  const nKey = ctx.people.nameKey(eKey, firstName, lastName);
  if (firstName || lastName) {
    const firstRow = ctx.people.earlierRow(row, eKey, nKey, firstName, lastName);
    if (firstRow !== undefined) issues.add('duplicateMember', undefined, `${firstName} ${lastName}`.trim(), firstRow);
  }

  // — The member: created, or the one already in the inventory, updated.
  const known = ctx.people.existing(eKey, nKey);
  const base: Member = known ?? ctx.blank;
  const draft: Member = {
    id: known ? known.id : ctx.newId(),
    firstName: keep(firstName, base.firstName),
    lastName: keep(lastName, base.lastName),
    email: keep(email, base.email),
    phone: keep(phone, base.phone),
    phoneType: keep(phoneType, base.phoneType),
    language: keep(language, base.language),
    clientNumber: keep(v.clientNumber, base.clientNumber),
    role: keep(v.role, base.role),
    status: keep(status?.status, base.status),
    codeSentOn: keep(codeSentOn, base.codeSentOn),
    notes: keep(v.notes, base.notes),
    updatedAt: ctx.now,
  };
  const needs = planNeeds(v, ctx);

  // Every field of `draft` was checked above, so it satisfies the Member schema
  // without parsing it again here, once per row (plan.property.test.ts proves it on fuzzed rows).
  const rowIssues = issues.take();
  const valid = !rowIssues.some(isError);
  return { row, action: known ? 'update' : 'create', member: draft, needs, issues: rowIssues, valid };
}

/** The row's clients and what the member needs there; undefined when the file says nothing of clients. */
function planNeeds(v: Record<ImportField, string>, ctx: PlanContext): PlannedNeed[] | undefined {
  const issues = ctx.issues;
  const subjectsCell = ctx.subjectsOf(v.subjects, v.rights);
  for (const s of subjectsCell.unknownSubjects) issues.add('subjectUnknown', 'subjects', s);
  for (const s of subjectsCell.unknownRights) issues.add('rightUnknown', ctx.col.rights >= 0 ? 'rights' : 'subjects', s);
  if (subjectsCell.rightsCountMismatch) issues.add('rightsCountMismatch', 'rights', v.rights);
  if (subjectsCell.assumedRead) issues.add('rightAssumed', 'subjects', v.subjects);
  if (ctx.col.clients < 0 && ctx.col.firmSubjects < 0) return undefined;

  // Gathered in lists kept for every row, then copied out at the exact size:
  // an array grown by push keeps spare room, and the plan keeps one per row.
  const needs = ctx.needs;
  needs.length = 0;
  const entries = ctx.entries;
  entries.length = 0;
  if (v.clients) splitOutsideBrackets(v.clients, entries);
  if (subjectsCell.subjects.length > 0 && entries.length === 0) issues.add('subjectsWithoutClients', 'subjects', v.subjects);
  for (const text of entries) {
    const { ref, client } = ctx.clientOf(text);
    if (!client.name) issues.add('clientOnlyNumber', 'clients', ref.text);
    // The same client twice in one cell counts once.
    if (hasNeedAt(needs, client.id)) continue;
    let subjects = subjectsCell.subjects;
    if (ref.subjects !== undefined) {
      const own = ctx.subjectsOf(ref.subjects, '');
      for (const s of own.unknownSubjects) issues.add('subjectUnknown', 'clients', s);
      for (const s of own.unknownRights) issues.add('rightUnknown', 'clients', s);
      if (own.assumedRead) issues.add('rightAssumed', 'clients', ref.text);
      subjects = own.subjects;
    }
    // Subject lists are shared between rows; nothing mutates them and storage copies them.
    needs.push({ clientId: client.id, subjects });
  }
  if (v.firmSubjects) {
    const firm = ctx.subjectsOf(v.firmSubjects, '');
    for (const s of firm.unknownSubjects) issues.add('subjectUnknown', 'firmSubjects', s);
    if (firm.assumedRead) issues.add('rightAssumed', 'firmSubjects', v.firmSubjects);
    if (firm.subjects.length > 0) needs.push({ clientId: FIRM_CLIENT_ID, subjects: firm.subjects });
  }
  return needs.slice();
}

/** First lines of a table, mapped, for the preview: header → cell, as text. */
export function previewRows(table: readonly string[][], count = 5): string[][] {
  return table.slice(1, 1 + count).map((row) => row.map((c) => String(c ?? '')));
}
