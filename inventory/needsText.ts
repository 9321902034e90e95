/**
 * A member's needs as one line of text, in the spreadsheet's own syntax:
 * « ENTREPRISE SHW INC. (123456) [Profil (Écriture)]; PLOMBERIE X [Rapport mensuel (Lecture)] ».
 * The inventory's edit form uses it, so the person writes what they would
 * write in their file, and the import's parsers read it.
 */
import { clientText, subjectsText } from './export/members';
import { numberKey, organisationKey } from './normalize';
import { FIRM_CLIENT_ID, needId, type Client, type Need } from './schema';
import { parseClientEntry, parseSubjects, splitOutsideBrackets } from './import/values';

export function needsToText(needs: readonly Need[], clients: ReadonlyMap<string, Client>): { clients: string; firm: string } {
  const perClient = needs.filter((n) => n.clientId !== FIRM_CLIENT_ID && clients.has(n.clientId));
  const firm = needs.find((n) => n.clientId === FIRM_CLIENT_ID);
  return {
    clients: perClient.map((n) => `${clientText(clients.get(n.clientId)!)} [${subjectsText(n.subjects)}]`).join('; '),
    firm: firm ? subjectsText(firm.subjects) : '',
  };
}

export interface ParsedNeeds {
  needs: Need[];
  /** Client entries that name no client of the inventory. */
  unknownClients: string[];
  unknownSubjects: string[];
  unknownRights: string[];
}

export function textToNeeds(memberId: string, clientsText: string, firmText: string, clients: readonly Client[]): ParsedNeeds {
  const byNumber = new Map<string, Client>();
  const byName = new Map<string, Client>();
  for (const c of clients) {
    const n = numberKey(c.number);
    if (n && !byNumber.has(n)) byNumber.set(n, c);
    const k = organisationKey(c.name);
    if (k && !byName.has(k)) byName.set(k, c);
  }
  const out: ParsedNeeds = { needs: [], unknownClients: [], unknownSubjects: [], unknownRights: [] };
  for (const text of splitOutsideBrackets(clientsText)) {
    const ref = parseClientEntry(text);
    const n = numberKey(ref.number);
    const client = (n ? byNumber.get(n) : undefined) ?? (ref.name ? byName.get(organisationKey(ref.name)) : undefined);
    if (!client) {
      out.unknownClients.push(text);
      continue;
    }
    const s = parseSubjects(ref.subjects ?? '', '');
    out.unknownSubjects.push(...s.unknownSubjects);
    out.unknownRights.push(...s.unknownRights);
    if (!out.needs.some((x) => x.clientId === client.id))
      out.needs.push({ id: needId(memberId, client.id), memberId, clientId: client.id, subjects: s.subjects });
  }
  if (firmText.trim()) {
    const s = parseSubjects(firmText, '');
    out.unknownSubjects.push(...s.unknownSubjects);
    out.unknownRights.push(...s.unknownRights);
    if (s.subjects.length) out.needs.push({ id: needId(memberId, FIRM_CLIENT_ID), memberId, clientId: FIRM_CLIENT_ID, subjects: s.subjects });
  }
  return out;
}
