/**
 * The guide's steps in the order the guide walks them, each with its phase,
 * its number in the guide, and the machine that walks it. The journey is built
 * from this list; the convention test checks every file in this folder is here.
 */
import type { AnyStateMachine } from 'xstate';
import { who, type MessageParams, type MessageRef } from '../messages';
import { explanatoryEmailMachine } from './explanatory-email';
import { inventoryMachine } from './inventory';
import { internalCommunicationMachine } from './internal-communication';
import { createAccountMachine } from './create-account';
import { linkAccountMachine } from './link-account';
import { FINDINGS, validateMachine, type Finding, type Findings } from './validate';
import { addMemberMachine, type AddMemberContext } from './add-member';
import { modifyMachine, type ModifyContext } from './modify';
import { delegateMachine, type DelegateContext } from './delegate';
import { removeMachine, type RemoveContext } from './remove';
import { sendLinkingCodesMachine, type SendLinkingCodesContext } from './send-linking-codes';
import { afterLaunchMachine } from './after-launch';

export type PhaseId = 'before' | 'launch' | 'after';
export const PHASES: readonly PhaseId[] = ['before', 'launch', 'after'];

/** The guide's steps, in order. */
export const STEP_IDS = [
  'explanatoryEmail',
  'inventory',
  'internalCommunication',
  'createAccount',
  'linkAccount',
  'validate',
  'addMember',
  'modify',
  'delegate',
  'remove',
  'sendLinkingCodes',
  'afterLaunch',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface GuideStep {
  id: StepId;
  phase: PhaseId;
  /** The guide's numbering for the six required steps ("1" … "6", "5a", "5b"). */
  number: string | null;
  /** File name under machines/steps/, without `.ts`. */
  file: string;
  machine: AnyStateMachine;
  /** Findings of step 3 that make this step necessary. */
  flaggedBy?: Finding[];
  /** Parameters for this step's messages, from its machine's context. */
  params?: (context: never) => MessageParams;
  /** Messages said after a state's own, computed from the context. */
  extra?: (statePath: string, context: never) => MessageRef[];
}

const step = <C>(s: Omit<GuideStep, 'params' | 'extra'> & {
  params?: (context: C) => MessageParams;
  extra?: (statePath: string, context: C) => MessageRef[];
}): GuideStep => s as GuideStep;

export const STEPS: readonly GuideStep[] = [
  step({ id: 'explanatoryEmail', phase: 'before', number: null, file: 'explanatory-email', machine: explanatoryEmailMachine }),
  step({ id: 'inventory', phase: 'before', number: null, file: 'inventory', machine: inventoryMachine }),
  step({ id: 'internalCommunication', phase: 'before', number: null, file: 'internal-communication', machine: internalCommunicationMachine }),
  step({ id: 'createAccount', phase: 'launch', number: '1', file: 'create-account', machine: createAccountMachine }),
  step({ id: 'linkAccount', phase: 'launch', number: '2', file: 'link-account', machine: linkAccountMachine }),
  step<{ findings: Findings }>({
    id: 'validate',
    phase: 'launch',
    number: '3',
    file: 'validate',
    machine: validateMachine,
    extra: (path, { findings }) => {
      if (path !== 'summary') return [];
      const noted = FINDINGS.filter((f) => findings[f]);
      return noted.length === 0
        ? [{ key: 'guide.validate.findings.none' }]
        : noted.map((f) => ({ key: `guide.validate.findings.${f}` }));
    },
  }),
  step<AddMemberContext>({
    id: 'addMember',
    phase: 'launch',
    number: '4',
    file: 'add-member',
    machine: addMemberMachine,
    flaggedBy: ['missingMembers'],
    params: (c) => ({ ...who(c.current?.name), count: c.added.length }),
    extra: (path, c) =>
      path === 'fill' && c.current?.clientNumber ? [{ key: 'guide.addMember.clientNumber', params: { number: c.current.clientNumber } }] : [],
  }),
  step<ModifyContext>({
    id: 'modify',
    phase: 'launch',
    number: '5a',
    file: 'modify',
    machine: modifyMachine,
    flaggedBy: ['wrongDetails'],
    params: (c) => ({ ...who(c.current?.name), count: c.modified.length }),
  }),
  step<DelegateContext>({
    id: 'delegate',
    phase: 'launch',
    number: '5',
    file: 'delegate',
    machine: delegateMachine,
    flaggedBy: ['missingAuthorizations', 'missingRelations'],
    params: (c) => ({
      ...who(c.current?.name),
      ...(c.current?.organisation ? { organisation: c.current.organisation } : { organisationKey: 'chat.theEmployer' }),
      endDate: c.current?.endDate ?? '9999-12-31',
      count: c.delegated.length,
    }),
  }),
  step<RemoveContext>({
    id: 'remove',
    phase: 'launch',
    number: '5b',
    file: 'remove',
    machine: removeMachine,
    flaggedBy: ['extraAuthorizations'],
    params: (c) => ({ ...who(c.current?.name), count: c.removed.length }),
    extra: (path, c) => (path === 'check' && c.current ? [{ key: `guide.remove.after.${c.current.scope}` }] : []),
  }),
  step<SendLinkingCodesContext>({
    id: 'sendLinkingCodes',
    phase: 'launch',
    number: '6',
    file: 'send-linking-codes',
    machine: sendLinkingCodesMachine,
    params: (c) => ({
      ...who(c.current?.name),
      email: c.current?.email ?? '',
      count: c.sent.length,
      names: c.sent.join(', '),
    }),
  }),
  step({ id: 'afterLaunch', phase: 'after', number: null, file: 'after-launch', machine: afterLaunchMachine }),
];

export function stepById(id: StepId): GuideStep {
  return STEPS.find((s) => s.id === id)!;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}
