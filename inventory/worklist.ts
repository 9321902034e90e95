/**
 * The worklist: what reconciliation found, each linked to the guide step that
 * fixes it, with what the person decided about it.
 *
 * A finding's id is derived from what it is about (kind + member/client/contact),
 * so the same problem seen in two snapshots is the same item: its state
 * survives, and a snapshot that no longer shows it closes it.
 */
import { z } from '../lib/zod';
import type { StepId } from '../machines/steps';
import { SubjectRight } from './schema';

export const WORKLIST_KINDS = [
  'memberMissing',
  'memberDetails',
  'contactNotMember',
  'relationMissing',
  'relationNotServed',
  'authorizationMissing',
  'linkingCodeNotSent',
  'memberNeedsHelp',
] as const;
export const WorklistKind = z.enum(WORKLIST_KINDS);
export type WorklistKind = z.infer<typeof WorklistKind>;

/**
 * The guide steps that fix worklist items, under the conversation's own step
 * ids (machines/steps): the worklist opens the conversation at one of these
 * through `openStep()`.
 */
export const GUIDE_STEPS = ['validate', 'addMember', 'modify', 'delegate', 'remove', 'sendLinkingCodes', 'afterLaunch'] as const satisfies readonly StepId[];
export const GuideStepId = z.enum(GUIDE_STEPS);
export type GuideStepId = z.infer<typeof GuideStepId>;

/** The step that fixes each kind of item. */
export const STEP_OF_KIND: Readonly<Record<WorklistKind, GuideStepId>> = {
  memberMissing: 'addMember',
  memberDetails: 'modify',
  contactNotMember: 'remove',
  // The guide, step 3: note missing relations to create them, or ask the employer.
  relationMissing: 'validate',
  // The guide, step 3: an active relation with a former client → contact the employer or the CCQ.
  relationNotServed: 'validate',
  authorizationMissing: 'delegate',
  linkingCodeNotSent: 'sendLinkingCodes',
  // The guide, after launch: accompany members through account creation and linking.
  memberNeedsHelp: 'afterLaunch',
};

/**
 * Kinds that come from what members report (recorded by the responsable),
 * not from comparing with the portal: a snapshot neither opens nor closes them.
 */
export const REPORTED_KINDS: ReadonlySet<WorklistKind> = new Set(['memberNeedsHelp']);

export const DIFFERENCE_FIELDS = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'phoneType',
  'language',
  'clientNumber',
] as const;
export const Difference = z.object({
  field: z.enum(DIFFERENCE_FIELDS),
  inventory: z.string(),
  portal: z.string(),
});
export type Difference = z.infer<typeof Difference>;

const key = z.string().min(1).max(400);

export const Finding = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('memberMissing'), key, memberId: z.string() }),
  z.object({
    kind: z.literal('memberDetails'),
    key,
    memberId: z.string(),
    contactName: z.string(),
    differences: z.array(Difference).min(1),
  }),
  z.object({ kind: z.literal('contactNotMember'), key, contactName: z.string(), contactEmail: z.string() }),
  z.object({
    kind: z.literal('relationMissing'),
    key,
    clientId: z.string(),
    /** The relation is listed but « Actif » is « Faux ». */
    inactive: z.boolean(),
  }),
  z.object({
    kind: z.literal('relationNotServed'),
    key,
    /** As the portal wrote it. */
    organisation: z.string(),
    /** The inventory's client marked as no longer served; '' when the employer is not in the inventory at all. */
    clientId: z.string(),
  }),
  z.object({
    kind: z.literal('authorizationMissing'),
    key,
    memberId: z.string(),
    /** A client id, or FIRM_CLIENT_ID for the firm's own subjects. */
    clientId: z.string(),
    missing: z.array(SubjectRight).min(1),
  }),
  z.object({ kind: z.literal('linkingCodeNotSent'), key, memberId: z.string() }),
  z.object({
    kind: z.literal('memberNeedsHelp'),
    key,
    memberId: z.string(),
    /** What the member said, as the responsable wrote it down ('' if nothing). */
    note: z.string().max(2000),
    /** When they said it, `YYYY-MM-DD` or ''. */
    reportedOn: z.string().max(10),
  }),
]);
export type Finding = z.infer<typeof Finding>;
export type FindingOf<K extends WorklistKind> = Extract<Finding, { kind: K }>;

export const WORKLIST_STATES = ['open', 'done', 'snoozed', 'dismissed'] as const;
export const WorklistState = z.enum(WORKLIST_STATES);
export type WorklistState = z.infer<typeof WorklistState>;

export const WorklistItem = z.object({
  /** The finding's key. */
  id: key,
  kind: WorklistKind,
  stepId: GuideStepId,
  finding: Finding,
  state: WorklistState,
  /** For `snoozed`: ms since epoch when it comes back. */
  snoozedUntil: z.number().optional(),
  /** For `dismissed`: the person's reason, kept as they wrote it. */
  dismissReason: z.string().max(2000).optional(),
  /** Who closed it: the person, a snapshot that no longer shows it, or a member's report recorded by the person. */
  closedBy: z.enum(['person', 'snapshot', 'report']).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The snapshot that last showed it (or closed it). */
  snapshotId: z.string(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

/**
 * The portal may take up to 24 hours to show a change in its lists: an item the
 * person marked done less than this long before a snapshot stays done even if
 * that snapshot still shows the problem.
 */
export const PORTAL_UPDATE_DELAY_MS = 24 * 60 * 60 * 1000;

/** Snoozed items whose time has come count as open. */
export function effectiveState(item: WorklistItem, now: number): WorklistState {
  return item.state === 'snoozed' && (item.snoozedUntil ?? 0) <= now ? 'open' : item.state;
}

export interface MergeResult {
  /** Items to write (new or changed). */
  put: WorklistItem[];
  opened: number;
  reopened: number;
  closed: number;
}

/**
 * Folds a new reconciliation into the stored worklist. Pure: the caller writes
 * `put` in one transaction.
 * - a new finding opens an item;
 * - a finding already listed refreshes its details and keeps the person's decision,
 *   except an item marked done long enough before the snapshot, which reopens;
 * - an open or snoozed item the snapshot no longer shows is closed by it.
 */
export function mergeWorklist(
  existing: readonly WorklistItem[],
  findings: readonly Finding[],
  snapshot: { id: string; takenAt: number },
  now: number,
): MergeResult {
  const byId = new Map<string, WorklistItem>();
  for (const item of existing) byId.set(item.id, item);
  const seen = new Set<string>();
  const result: MergeResult = { put: [], opened: 0, reopened: 0, closed: 0 };

  for (const finding of findings) {
    seen.add(finding.key);
    const old = byId.get(finding.key);
    if (!old) {
      result.opened++;
      result.put.push({
        id: finding.key,
        kind: finding.kind,
        stepId: STEP_OF_KIND[finding.kind],
        finding,
        state: 'open',
        createdAt: now,
        updatedAt: now,
        snapshotId: snapshot.id,
      });
      continue;
    }
    const stillPending =
      old.state === 'done' && (old.closedBy === 'snapshot' || old.updatedAt + PORTAL_UPDATE_DELAY_MS <= snapshot.takenAt);
    if (stillPending) {
      result.reopened++;
      result.put.push({ ...old, finding, state: 'open', closedBy: undefined, updatedAt: now, snapshotId: snapshot.id });
    } else {
      result.put.push({ ...old, finding, snapshotId: snapshot.id });
    }
  }

  for (const item of existing) {
    if (seen.has(item.id) || REPORTED_KINDS.has(item.kind)) continue;
    if (item.state === 'open' || item.state === 'snoozed') {
      result.closed++;
      result.put.push({ ...item, state: 'done', closedBy: 'snapshot', updatedAt: now, snapshotId: snapshot.id });
    }
  }
  return result;
}
