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
import { emailKey, normalizePhone, numberKey, organisationKey, parseLanguage, parsePhoneType, personKeyOf } from '../normalize';
import {
  FIRM_CLIENT_ID,
  Member,
  needId,
  newId,
  type Client,
  type Need,
  type SubjectRight,
} from '../schema';
import { unescapeCell } from '../export/csv';
import type { ColumnMapping, ImportField } from './columns';
import { parseClients, parseDate, parseStatus, parseSubjects } from './values';

export type IssueCode =
  | 'nameMissing'
  | 'nameSplitGuessed'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'phoneExtensionDropped'
  | 'phoneTypeUnknown'
  | 'languageUnknown'
  | 'statusUnknown'
  | 'dateInvalid'
  | 'subjectUnknown'
  | 'rightUnknown'
  | 'rightAssumed'
  | 'rightsCountMismatch'
  | 'subjectsWithoutClients'
  | 'duplicateMember'
  | 'tooLong'
  | 'invalidValue'
  | 'rowUnreadable'
  | 'clientOnlyNumber';

/** Errors keep a row out of the import; warnings are shown and the row goes in. */
export const ERROR_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
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
  'invalidValue',
  'rowUnreadable',
]);

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

export interface PlannedRow {
  row: number;
  action: 'create' | 'update';
  member: Member;
  /** Set when the row has a clients column: the member's needs become exactly these. */
  needs?: Need[];
  issues: RowIssue[];
  valid: boolean;
}

export interface ImportPlan {
  headers: string[];
  mapping: ColumnMapping;
  rows: PlannedRow[];
  /** Clients the rows name that the inventory does not have yet, by id. */
  newClients: Map<string, Client>;
  counts: { rows: number; valid: number; invalid: number; create: number; update: number; newClients: number; warnings: number };
}

export interface ExistingInventory {
  members: readonly Member[];
  clients: readonly Client[];
}

const LIMITS: Partial<Record<ImportField, number>> = {
  firstName: 200,
  lastName: 200,
  fullName: 400,
  role: 200,
  notes: 5000,
  clientNumber: 40,
};

/** Units of work between two progress reports. */
const CHUNK = 500;

export interface PlanOptions {
  now?: number;
  /** Spreadsheet rows the CSV reader could not read as intended (an unclosed quote). */
  unreadableRows?: readonly number[];
}

export function planImport(table: readonly string[][], mapping: ColumnMapping, existing: ExistingInventory, options: PlanOptions = {}): ImportPlan {
  const steps = planImportSteps(table, mapping, existing, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Splits « NOM, Prénom » or « Prénom Nom »; a longer name without comma is a guess. */
function splitFullName(full: string): { first: string; last: string; guessed: boolean } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { last: full.slice(0, comma).trim(), first: full.slice(comma + 1).trim(), guessed: false };
  const words = full.trim().split(/\s+/);
  if (words.length <= 1) return { first: '', last: words[0] ?? '', guessed: false };
  return { first: words[0]!, last: words.slice(1).join(' '), guessed: words.length > 2 };
}

export function* planImportSteps(
  table: readonly string[][],
  mapping: ColumnMapping,
  existing: ExistingInventory,
  { now = Date.now(), unreadableRows = [] }: PlanOptions = {},
): Generator<number, ImportPlan> {
  const unreadable = new Set(unreadableRows);
  const headers = (table[0] ?? []).map(String);
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((f, i) => {
    if (f && !columnOf.has(f)) columnOf.set(f, i);
  });

  // Existing members and clients, indexed the way reconciliation indexes them.
  const byEmail = new Map<string, Member>();
  const byName = new Map<string, Member>();
  for (const m of existing.members) {
    const e = emailKey(m.email);
    if (e && !byEmail.has(e)) byEmail.set(e, m);
    const n = personKeyOf(m.firstName, m.lastName);
    if (!byName.has(n)) byName.set(n, m);
  }
  const clientByNumber = new Map<string, Client>();
  const clientByName = new Map<string, Client>();
  const remember = (c: Client) => {
    const n = numberKey(c.number);
    if (n && !clientByNumber.has(n)) clientByNumber.set(n, c);
    const k = organisationKey(c.name);
    if (k && !clientByName.has(k)) clientByName.set(k, c);
  };
  existing.clients.forEach(remember);
  const newClients = new Map<string, Client>();

  // Members seen in this file, for duplicates.
  const seenEmail = new Map<string, number>();
  const seenName = new Map<string, { row: number; hasEmail: boolean }>();

  const rows: PlannedRow[] = [];
  const dataRows = table.length - 1;
  for (let r = 1; r < table.length; r++) {
    if (r % CHUNK === 0) yield r / Math.max(dataRows, 1);
    const cells = table[r]!;
    if (cells.every((c) => String(c ?? '').trim() === '')) continue;
    const rowNumber = r + 1;
    const issues: RowIssue[] = [];
    if (unreadable.has(rowNumber)) issues.push({ code: 'rowUnreadable', row: rowNumber });
    const has = (f: ImportField) => columnOf.has(f);
    const cell = (f: ImportField): string => {
      const i = columnOf.get(f);
      return i === undefined ? '' : unescapeCell(String(cells[i] ?? '').trim());
    };
    const issue = (code: IssueCode, f?: ImportField, value?: string) =>
      issues.push({ code, row: rowNumber, ...(f ? { column: headers[columnOf.get(f)!] ?? '' } : {}), ...(value !== undefined ? { value } : {}) });

    for (const [f, max] of Object.entries(LIMITS) as [ImportField, number][]) {
      if (cell(f).length > max) issue('tooLong', f, `${cell(f).slice(0, 40)}…`);
    }

    // — Name
    let firstName = cell('firstName');
    let lastName = cell('lastName');
    if (!firstName && !lastName && has('fullName')) {
      const split = splitFullName(cell('fullName'));
      firstName = split.first;
      lastName = split.last;
      if (split.guessed) issue('nameSplitGuessed', 'fullName', cell('fullName'));
    }
    if (!firstName && !lastName) issue('nameMissing');

    // — Email
    const email = cell('email');
    if (email && !Member.shape.email.safeParse(email).success) issue('emailInvalid', 'email', email);

    // — Phone
    let phone = '';
    const rawPhone = cell('phone');
    if (rawPhone) {
      const normalised = normalizePhone(rawPhone);
      if (!normalised) issue('phoneInvalid', 'phone', rawPhone);
      else {
        phone = normalised.phone;
        if (normalised.extension) issue('phoneExtensionDropped', 'phone', rawPhone);
      }
    }
    const rawType = cell('phoneType');
    const phoneType = rawType ? parsePhoneType(rawType) : undefined;
    if (rawType && !phoneType) issue('phoneTypeUnknown', 'phoneType', rawType);

    const rawLanguage = cell('language');
    const language = rawLanguage ? parseLanguage(rawLanguage) : undefined;
    if (rawLanguage && !language) issue('languageUnknown', 'language', rawLanguage);

    // — Status and the date the code was sent
    const rawStatus = cell('status');
    const status = rawStatus ? parseStatus(rawStatus) : undefined;
    if (rawStatus && !status) issue('statusUnknown', 'status', rawStatus);
    let codeSentOn = status?.date ?? '';
    const rawDate = cell('codeSentOn');
    if (rawDate) {
      const d = parseDate(rawDate);
      if (d === undefined) issue('dateInvalid', 'codeSentOn', rawDate);
      else codeSentOn = d;
    }

    // — Same member earlier in the file?
    const eKey = emailKey(email);
    const nKey = personKeyOf(firstName, lastName);
    if (firstName || lastName) {
      const byMail = eKey ? seenEmail.get(eKey) : undefined;
      const byPerson = seenName.get(nKey);
      const firstRow = byMail ?? (byPerson && (!eKey || !byPerson.hasEmail) ? byPerson.row : undefined);
      if (firstRow !== undefined) issues.push({ code: 'duplicateMember', row: rowNumber, firstRow, value: `${firstName} ${lastName}`.trim() });
      else {
        if (eKey) seenEmail.set(eKey, rowNumber);
        if (!seenName.has(nKey)) seenName.set(nKey, { row: rowNumber, hasEmail: eKey !== '' });
      }
    }

    // — The member: created, or the one already in the inventory, updated.
    const known = (eKey ? byEmail.get(eKey) : undefined) ?? (byName.get(nKey) && (!eKey || !byName.get(nKey)!.email) ? byName.get(nKey) : undefined);
    const keep = <T>(value: T | '' | undefined, old: T): T => (value === '' || value === undefined ? old : value);
    const base: Member = known ?? {
      id: newId(),
      firstName: '',
      lastName: '',
      email: '',
      phoneType: '',
      phone: '',
      language: 'fr',
      clientNumber: '',
      role: '',
      status: 'notInPortal',
      codeSentOn: '',
      notes: '',
      updatedAt: now,
    };
    const draft = {
      ...base,
      firstName: keep(firstName, base.firstName),
      lastName: keep(lastName, base.lastName),
      email: keep(email, base.email),
      phone: keep(phone, base.phone),
      phoneType: keep(phoneType, base.phoneType),
      language: keep(language, base.language),
      clientNumber: keep(cell('clientNumber'), base.clientNumber),
      role: keep(cell('role'), base.role),
      status: keep(status?.status, base.status),
      codeSentOn: keep(codeSentOn, base.codeSentOn),
      notes: keep(cell('notes'), base.notes),
      updatedAt: now,
    };

    // — Clients and what the member needs there.
    let needs: Need[] | undefined;
    const subjectsCell = parseSubjects(cell('subjects'), cell('rights'));
    for (const s of subjectsCell.unknownSubjects) issue('subjectUnknown', 'subjects', s);
    for (const s of subjectsCell.unknownRights) issue('rightUnknown', has('rights') ? 'rights' : 'subjects', s);
    if (subjectsCell.rightsCountMismatch) issue('rightsCountMismatch', 'rights', cell('rights'));
    if (subjectsCell.assumedRead) issue('rightAssumed', 'subjects', cell('subjects'));
    if (has('clients') || has('firmSubjects')) {
      needs = [];
      const clientsCell = has('clients') ? parseClients(cell('clients')) : [];
      if (subjectsCell.subjects.length > 0 && clientsCell.length === 0) issue('subjectsWithoutClients', 'subjects', cell('subjects'));
      const seenClient = new Set<string>();
      for (const ref of clientsCell) {
        const client = findOrCreateClient(ref, clientByNumber, clientByName, newClients, remember, now);
        if (!client.name) issue('clientOnlyNumber', 'clients', ref.text);
        if (seenClient.has(client.id)) continue;
        seenClient.add(client.id);
        let subjects = subjectsCell.subjects;
        if (ref.subjects !== undefined) {
          const own = parseSubjects(ref.subjects, '');
          for (const s of own.unknownSubjects) issue('subjectUnknown', 'clients', s);
          for (const s of own.unknownRights) issue('rightUnknown', 'clients', s);
          if (own.assumedRead) issue('rightAssumed', 'clients', ref.text);
          subjects = own.subjects;
        }
        needs.push({ id: needId(draft.id, client.id), memberId: draft.id, clientId: client.id, subjects: subjects.map((s) => ({ ...s })) });
      }
      if (has('firmSubjects') && cell('firmSubjects')) {
        const firm = parseSubjects(cell('firmSubjects'), '');
        for (const s of firm.unknownSubjects) issue('subjectUnknown', 'firmSubjects', s);
        if (firm.assumedRead) issue('rightAssumed', 'firmSubjects', cell('firmSubjects'));
        if (firm.subjects.length > 0)
          needs.push({ id: needId(draft.id, FIRM_CLIENT_ID), memberId: draft.id, clientId: FIRM_CLIENT_ID, subjects: firm.subjects as SubjectRight[] });
      }
    }

    // — Last guard: the schema itself (lengths, formats).
    const parsed = Member.safeParse(draft);
    if (!parsed.success && !issues.some((i) => ERROR_CODES.has(i.code))) {
      for (const z of parsed.error.issues) issues.push({ code: 'invalidValue', row: rowNumber, value: z.path.join('.') });
    }
    const valid = !issues.some((i) => ERROR_CODES.has(i.code));
    rows.push({ row: rowNumber, action: known ? 'update' : 'create', member: parsed.success ? parsed.data : (draft as Member), needs, issues, valid });
  }

  // Clients only invalid rows named are not created.
  const used = new Set<string>();
  for (const r of rows) if (r.valid) for (const n of r.needs ?? []) used.add(n.clientId);
  for (const id of [...newClients.keys()]) if (!used.has(id)) newClients.delete(id);

  const valid = rows.filter((r) => r.valid);
  return {
    headers,
    mapping,
    rows,
    newClients,
    counts: {
      rows: rows.length,
      valid: valid.length,
      invalid: rows.length - valid.length,
      create: valid.filter((r) => r.action === 'create').length,
      update: valid.filter((r) => r.action === 'update').length,
      newClients: newClients.size,
      warnings: rows.reduce((n, r) => n + r.issues.filter((i) => !ERROR_CODES.has(i.code)).length, 0),
    },
  };
}

function findOrCreateClient(
  ref: { name: string; number: string },
  byNumber: Map<string, Client>,
  byName: Map<string, Client>,
  created: Map<string, Client>,
  remember: (c: Client) => void,
  now: number,
): Client {
  const n = numberKey(ref.number);
  const found = (n ? byNumber.get(n) : undefined) ?? (ref.name ? byName.get(organisationKey(ref.name)) : undefined);
  if (found) return found;
  const client: Client = { id: newId(), name: ref.name, number: ref.number, served: true, updatedAt: now };
  created.set(client.id, client);
  remember(client);
  return client;
}

/** First lines of a table, mapped, for the preview: header → cell, as text. */
export function previewRows(table: readonly string[][], count = 5): string[][] {
  return table.slice(1, 1 + count).map((row) => row.map((c) => String(c ?? '')));
}
