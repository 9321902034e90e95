/**
 * The members list as spreadsheet rows, in a form the import reads back:
 * one row per member, their clients in one cell, their subjects in another.
 * When a member's clients do not all need the same subjects, each client
 * carries its own in brackets: « SHW INC. (123456) [Profil (Écriture)] ».
 */
import { FIRM_CLIENT_ID, type Client, type Member, type MemberStatus, type Need, type SubjectRight } from '../schema';

/** Column headers and value labels in the person's language (from the locales). */
export interface MemberExportLabels {
  headers: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    phoneType: string;
    language: string;
    clientNumber: string;
    role: string;
    status: string;
    codeSentOn: string;
    clients: string;
    subjects: string;
    firmSubjects: string;
    notes: string;
  };
  status: Record<MemberStatus, string>;
  phoneType: Record<Member['phoneType'] & string, string>;
  language: Record<Member['language'], string>;
}

export function subjectsText(subjects: readonly SubjectRight[]): string {
  return subjects.map((s) => `${s.subject} (${s.right})`).join('; ');
}

/**
 * A client as the clients cell writes it. « ; » and « | » separate clients
 * there, so inside a name they become commas (names compare without them).
 */
export function clientText(c: Client): string {
  const name = c.name.replace(/\s*[;|]\s*/g, ', ');
  return c.number ? `${name} (${c.number})`.trim() : name;
}

const sameSubjects = (a: readonly SubjectRight[], b: readonly SubjectRight[]) =>
  subjectsText(a) === subjectsText(b);

export function memberRows(
  members: readonly Member[],
  clients: readonly Client[],
  needs: readonly Need[],
  labels: MemberExportLabels,
): string[][] {
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const needsOf = new Map<string, Need[]>();
  for (const n of needs) {
    const list = needsOf.get(n.memberId);
    if (list) list.push(n);
    else needsOf.set(n.memberId, [n]);
  }
  const h = labels.headers;
  const header = [
    h.firstName,
    h.lastName,
    h.email,
    h.phone,
    h.phoneType,
    h.language,
    h.clientNumber,
    h.role,
    h.status,
    h.codeSentOn,
    h.clients,
    h.subjects,
    h.firmSubjects,
    h.notes,
  ];
  const rows = members.map((m) => {
    const own = needsOf.get(m.id) ?? [];
    const firm = own.find((n) => n.clientId === FIRM_CLIENT_ID);
    const perClient = own.filter((n) => n.clientId !== FIRM_CLIENT_ID && clientById.has(n.clientId));
    const uniform = perClient.every((n) => sameSubjects(n.subjects, perClient[0]!.subjects));
    const clientsCell = perClient
      .map((n) => {
        const text = clientText(clientById.get(n.clientId)!);
        return uniform ? text : `${text} [${subjectsText(n.subjects)}]`;
      })
      .join('; ');
    return [
      m.firstName,
      m.lastName,
      m.email,
      m.phone,
      m.phoneType ? labels.phoneType[m.phoneType] : '',
      labels.language[m.language],
      m.clientNumber,
      m.role,
      labels.status[m.status],
      m.codeSentOn,
      clientsCell,
      uniform && perClient.length > 0 ? subjectsText(perClient[0]!.subjects) : '',
      firm ? subjectsText(firm.subjects) : '',
      m.notes,
    ];
  });
  return [header, ...rows];
}
