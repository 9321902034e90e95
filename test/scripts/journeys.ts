/**
 * Whole journeys as the person would click them: quick replies by event type
 * and in-chat form answers. The unit tests run them against the machines (each
 * reply must be offered on screen at that moment); the e2e tests click the
 * same replies in the real side panel.
 */
import type { FormId } from '../../machines/meta';
import { delegation, linkingCode, newMember } from '../unit/helpers/samples';

export type ScriptStep =
  | { reply: string }
  | { form: FormId; values: Record<string, unknown> };

const r = (...types: string[]): ScriptStep[] => types.map((reply) => ({ reply }));

export const RESPONSABLE_JOURNEY: ScriptStep[] = [
  ...r('role.responsable'),
  // Before launch
  ...r('email.received', 'step.next'),
  ...r('step.next', 'step.next', 'step.next', 'step.next', 'step.next'),
  ...r('step.next', 'step.next'),
  // 1 Create the account
  ...r('step.next', 'step.next', 'step.next', 'code.validated'),
  // 2 Link it
  ...r('email.ready', 'step.next', 'step.next', 'step.next', 'link.succeeded', 'step.next', 'services.notNeeded'),
  // 3 Validate: one member missing, one authorization missing
  ...r('step.next', 'contacts.missing', 'step.next', 'relations.complete', 'authorizations.missing', 'step.next', 'step.next'),
  // 4 Add the missing member
  ...r('member.missing', 'step.next'),
  { form: 'newMember', values: newMember as unknown as Record<string, unknown> },
  ...r('step.next', 'member.added', 'step.next', 'step.next'),
  // 5a nothing to modify
  ...r('step.skip'),
  // 5 Delegate an employer to a member
  ...r('delegation.needed', 'step.next'),
  { form: 'delegation', values: delegation as unknown as Record<string, unknown> },
  ...r('step.next', 'delegation.submitted', 'step.next'),
  // 5b nobody to remove
  ...r('step.skip'),
  // 6 Linking codes, two members
  ...r('step.next'),
  { form: 'linkingCode', values: linkingCode as unknown as Record<string, unknown> },
  ...r('code.sent', 'member.next'),
  { form: 'linkingCode', values: { contact: 'Rebecca Descotteaux-Laforce', email: 'rebecca@laforce-comptable.ca' } },
  ...r('code.sent', 'members.allSent', 'members.allReceived'),
];

/** Where RESPONSABLE_JOURNEY stops: "all members have their codes". */
export const ALL_CODES_SENT = { step: 'sendLinkingCodes', state: 'complete' } as const;

/** From "all members have their codes" to the end of the guide. */
export const RESPONSABLE_FINISH: ScriptStep[] = r('step.next', 'step.next', 'step.next', 'step.next');

export const MEMBER_WALKTHROUGH: ScriptStep[] = r(
  'role.member',
  'step.next',
  'email.received',
  'step.next',
  'step.next',
  'step.next',
  'code.validated',
  'step.next',
  'step.next',
  'step.next',
  'link.succeeded',
  'step.next',
  'step.next',
);
