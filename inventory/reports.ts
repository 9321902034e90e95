/**
 * What members tell their responsable — "my account is created", "I'm linked",
 * "I'm stuck" — recorded by the responsable, and what that changes in the
 * worklist. Pure: `applyReport` and `applyCodeSent` return the rows to write;
 * repository.ts writes them in one transaction.
 *
 * - stuck → the member needs help; a « help this member » item opens (or is
 *   refreshed with the new note), tied to the after-launch step that walks the
 *   responsable through accompanying members;
 * - account created or linked → the help item, if any, is closed; so is their
 *   step-6 item: a member who created their account got their code;
 * - code sent (step 6 in the conversation) → status « code sent » on that date,
 *   and the step-6 item closes.
 */
import { STATUS_OF_REPORT, type Member, type MemberReport } from './schema';
import { STEP_OF_KIND, type WorklistItem } from './worklist';

export interface ReportInput {
  report: MemberReport;
  /** The day the member said it, `YYYY-MM-DD`. */
  on: string;
  note?: string;
}

export interface ReportResult {
  member: Member;
  /** Worklist items to write (new or changed). */
  put: WorklistItem[];
}

export const helpItemId = (memberId: string) => `memberNeedsHelp:${memberId}`;
export const codeItemId = (memberId: string) => `linkingCodeNotSent:${memberId}`;

const isOpen = (item: WorklistItem | undefined): item is WorklistItem =>
  !!item && (item.state === 'open' || item.state === 'snoozed');

function close(item: WorklistItem | undefined, closedBy: 'report' | 'person', now: number): WorklistItem[] {
  return isOpen(item) ? [{ ...item, state: 'done', closedBy, snoozedUntil: undefined, updatedAt: now }] : [];
}

export function applyReport(
  member: Member,
  items: ReadonlyMap<string, WorklistItem>,
  input: ReportInput,
  now: number,
): ReportResult {
  const note = (input.note ?? '').trim().slice(0, 2000);
  const next: Member = { ...member, status: STATUS_OF_REPORT[input.report], reportedOn: input.on, reportNote: note, updatedAt: now };
  const helpId = helpItemId(member.id);
  const help = items.get(helpId);
  if (input.report === 'stuck') {
    const finding = { kind: 'memberNeedsHelp' as const, key: helpId, memberId: member.id, note, reportedOn: input.on };
    const item: WorklistItem = help
      ? { ...help, finding, state: 'open', closedBy: undefined, snoozedUntil: undefined, dismissReason: undefined, updatedAt: now }
      : { id: helpId, kind: 'memberNeedsHelp', stepId: STEP_OF_KIND.memberNeedsHelp, finding, state: 'open', createdAt: now, updatedAt: now, snapshotId: '' };
    return { member: next, put: [item] };
  }
  return { member: next, put: [...close(help, 'report', now), ...close(items.get(codeItemId(member.id)), 'report', now)] };
}

/** Step 6 done for one member: their code went out on `on`. */
export function applyCodeSent(member: Member, items: ReadonlyMap<string, WorklistItem>, on: string, now: number): ReportResult {
  return {
    member: { ...member, status: 'codeSent', codeSentOn: on, updatedAt: now },
    put: close(items.get(codeItemId(member.id)), 'person', now),
  };
}

/** Statuses of members who still need a linking code (step 6), in the guide's order. */
export const NEEDS_CODE: ReadonlySet<Member['status']> = new Set(['notInPortal', 'inPortal', 'detailsWrong', 'codeToSend']);

/** Members step 6 still has to send a code to, by name. */
export function membersNeedingCode<M extends Member>(members: readonly M[]): M[] {
  const collator = new Intl.Collator('fr-CA', { sensitivity: 'base' });
  return members
    .filter((m) => NEEDS_CODE.has(m.status))
    .sort((a, b) => collator.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`));
}
