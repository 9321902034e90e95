/**
 * Step 5 — Delegate an employer's authorizations to a member.
 *
 * State → screen (message `guide.delegate.states.<state>`; portal page; form):
 * - ask      does a member need access to an employer's file? (the three
 *            services a delegate cannot reach are recalled here)
 * - open     « Catalogue de services » → « Autorisations » → « Ajouter une
 *            relation ou des sujets autorisés à un contact »              [add-relation]
 * - details  which member, which employer, dates: short form              form delegation
 * - fill     « Contact dans ce profil », « Une autre organisation », « Choisir
 *            l'organisation en relation », « Date de début », « Date de fin »
 * - attest   the person reads and ticks both attestations, then « Soumettre »
 * - another  another delegation?
 * - done     (final)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';
import { checkDelegation, type AddRelationRequest } from '../rules/add-relation';
import { DEFAULT_END_DATE } from '../rules/dates';
import { contactName } from './add-member';

export interface DelegateContext {
  current: { name: string; organisation: string; endDate: string } | null;
  delegated: { name: string; organisation: string }[];
}

export type DelegateEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.skip' }
  | { type: 'delegation.needed' }
  | { type: 'delegation.submitted' }
  | { type: 'form.submitted'; values: AddRelationRequest };

export const delegateMachine = setup({
  types: {} as { context: DelegateContext; events: DelegateEvent; meta: ScreenMeta },
  guards: {
    delegationIsValid: ({ event }) => event.type === 'form.submitted' && checkDelegation(event.values).length === 0,
  },
  actions: {
    remember: assign({
      current: ({ event }) =>
        event.type === 'form.submitted'
          ? {
              name: contactName(event.values),
              organisation: event.values.organisation.trim(),
              endDate: event.values.endDate.trim() || DEFAULT_END_DATE,
            }
          : null,
    }),
    forget: assign({ current: null }),
    countDelegated: assign({
      delegated: ({ context }) =>
        context.current
          ? [...context.delegated, { name: context.current.name, organisation: context.current.organisation }]
          : context.delegated,
    }),
  },
}).createMachine({
  id: 'delegate',
  context: { current: null, delegated: [] },
  initial: 'ask',
  states: {
    ask: {
      meta: { notes: ['limitation'] },
      on: { 'delegation.needed': 'open', 'step.skip': 'done' },
    },
    open: {
      meta: { portal: 'add-relation', notes: ['formAccess'] },
      on: { 'step.next': 'details', 'step.back': 'ask' },
    },
    details: {
      meta: { form: 'delegation' },
      on: {
        'form.submitted': { guard: 'delegationIsValid', target: 'fill', actions: 'remember' },
        'step.next': { target: 'fill', actions: 'forget' },
      },
    },
    fill: { on: { 'step.next': 'attest', 'step.back': 'details' } },
    attest: {
      meta: { notes: ['youSubmit'] },
      on: { 'delegation.submitted': { target: 'another', actions: 'countDelegated' }, 'step.back': 'fill' },
    },
    another: {
      meta: { notes: ['delay24h'] },
      on: { 'delegation.needed': 'details', 'step.next': 'done' },
    },
    done: { type: 'final' },
  },
});
