/**
 * The firm's inventory as data: members, client employers, and which member
 * needs which authorization for which client. Every row read from storage, a
 * file or a backup goes through these schemas before the panel trusts it.
 *
 * Portal vocabulary (subjects, rights) is kept in the portal's own French words:
 * those are facts to match in the portal's lists, not text for translation.
 */
import { z } from '../lib/zod';

/** Authorized subjects as the portal names them. */
export const SUBJECTS = [
  'Chantier et conformité',
  'Paiements et relevés',
  'Profil',
  'Rapport mensuel',
  "Main-d'œuvre",
] as const;
export const Subject = z.enum(SUBJECTS);
export type Subject = z.infer<typeof Subject>;

/** Rights as the portal names them. « Écriture » includes reading (see reconcile). */
export const RIGHTS = ['Lecture', 'Écriture'] as const;
export const Right = z.enum(RIGHTS);
export type Right = z.infer<typeof Right>;

/** Where a member stands in the transition, in the order the guide moves them. */
export const MEMBER_STATUSES = [
  'notInPortal',
  'inPortal',
  'detailsWrong',
  'codeToSend',
  'codeSent',
  'accountCreated',
  'linked',
  'needsHelp',
] as const;
export const MemberStatus = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** What a member can report to their responsable, who records it (inventory/reports.ts). */
export const MEMBER_REPORTS = ['accountCreated', 'linked', 'stuck'] as const;
export const MemberReport = z.enum(MEMBER_REPORTS);
export type MemberReport = z.infer<typeof MemberReport>;

/** The transition status a member's report puts them in. */
export const STATUS_OF_REPORT: Readonly<Record<MemberReport, MemberStatus>> = {
  accountCreated: 'accountCreated',
  linked: 'linked',
  stuck: 'needsHelp',
};

/** Phone types offered by « Type du numéro de téléphone principal »; '' = not known yet. */
export const PHONE_TYPES = ['cell', 'work', 'home', 'other'] as const;
export const PhoneType = z.enum(PHONE_TYPES);
export type PhoneType = z.infer<typeof PhoneType>;

export const CommunicationLanguage = z.enum(['fr', 'en']);
export type CommunicationLanguage = z.infer<typeof CommunicationLanguage>;

/** The portal's phone format once normalised: `000 000-0000`. */
export const PHONE_PATTERN = /^\d{3} \d{3}-\d{4}$/;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Free text from a person or a file: bounded, never interpreted. */
const text = (max: number) => z.string().max(max);

export const Member = z.object({
  id: z.string().min(1).max(64),
  firstName: text(200),
  lastName: text(200),
  /** '' when unknown; the portal needs a valid one before step 6. */
  email: z.union([z.literal(''), z.email().max(254)]),
  phoneType: z.union([z.literal(''), PhoneType]),
  /** '' or `000 000-0000`. */
  phone: z.union([z.literal(''), z.string().regex(PHONE_PATTERN)]),
  language: CommunicationLanguage,
  /** The member's own CCQ client number, when they already have one (step 4). */
  clientNumber: text(40),
  /** Function or role in the firm. */
  role: text(200),
  status: MemberStatus,
  /** Date the linking code was sent (status `codeSent`), `YYYY-MM-DD`, else ''. */
  codeSentOn: z.union([z.literal(''), isoDate]),
  /**
   * The member's last report as the responsable recorded it: the date they
   * said it and what they said. Optional, so rows, backups and fixtures
   * written before reports existed stay valid as they are (absent = nothing
   * reported): no Dexie version is needed, no index reads them.
   */
  reportedOn: z.union([z.literal(''), isoDate]).optional(),
  reportNote: text(2000).optional(),
  notes: text(5000),
  updatedAt: z.number(),
});
export type Member = z.infer<typeof Member>;

export const Client = z.object({
  id: z.string().min(1).max(64),
  name: text(300),
  /** Employer or file number at the CCQ; '' when the firm does not know it. */
  number: text(40),
  /** False once the firm no longer serves this employer. */
  served: z.boolean(),
  updatedAt: z.number(),
});
export type Client = z.infer<typeof Client>;

/** Stands for the firm itself in `Need.clientId`: its own authorized subjects. */
export const FIRM_CLIENT_ID = 'firm';

export const SubjectRight = z.object({ subject: Subject, right: Right });
export type SubjectRight = z.infer<typeof SubjectRight>;

/** One member handling one client (or the firm's own file), and what they need there. */
export const Need = z.object({
  id: z.string().min(1).max(140),
  memberId: z.string().min(1).max(64),
  /** A client id, or FIRM_CLIENT_ID for the firm's own subjects. */
  clientId: z.string().min(1).max(64),
  subjects: z.array(SubjectRight).max(SUBJECTS.length * RIGHTS.length),
});
export type Need = z.infer<typeof Need>;

export function needId(memberId: string, clientId: string): string {
  return `${memberId}|${clientId}`;
}

/** The firm's responsable, whom members call first (shown on their cards). Free text: it is only shown. */
export const Responsable = z.object({
  name: text(200),
  email: text(254),
  phone: text(40),
});
export type Responsable = z.infer<typeof Responsable>;

/** The firm itself, as it appears in the portal's lists, and its responsable when known. */
export const Firm = z.object({
  name: text(300),
  number: text(40),
  /** Optional, so firm identities saved before it existed read as they are. */
  responsable: Responsable.optional(),
});
export type Firm = z.infer<typeof Firm>;

/** Everything reconciliation needs from the inventory. */
export interface Inventory {
  firm: Firm;
  members: readonly Member[];
  clients: readonly Client[];
  needs: readonly Need[];
}

/** A member with nothing known yet but an id: not in the portal, French by default. */
export function blankMember(id: string, now: number): Member {
  return {
    id,
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
}

/** A fresh, unique row id. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Fresh ids for the many rows of one batch (an import): one random UUID for
 * the batch, each row numbered after it, so they are unique as UUIDs are.
 * A UUID per row was a tenth of a 10,000-row import's time in Node, which
 * builds each one from some twenty small strings, all kept in the plan.
 * No « | » inside: needId joins two ids with it.
 */
export function idMinter(): () => string {
  const batch = `${crypto.randomUUID()}.`;
  let next = 0;
  return () => batch + next++;
}
