/**
 * Step 5b — Remove a member, or some of their access.
 *
 * State → screen (message `guide.remove.states.<state>`; portal page; form):
 * - ask       someone left, or should lose access to a client file?
 * - open      tile « Retirer une relation ou des sujets autorisés à un contact »  [remove-relation]
 * - details   who, and how much: short form (the scope)                    form removal
 * - all       « Toutes les relations »: every relation and subject goes, clients'
 *             included; « Actif » becomes « Faux »
 * - some      « Une ou plusieurs relation(s) »: pick the client files among
 *             « Relation(s) déjà octroyée(s) »
 * - subjects  « Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation »
 * - submit    the person ticks the attestation and clicks « Soumettre »
 * - check     what the lists will show (up to 24 hours)
 * - another   another removal?
 * - done      (final)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';
import { ALL_RELATIONS, SOME_RELATIONS, SOME_SUBJECTS, type RemovalScope } from '../rules/labels';
import { checkRemoval, type RemovalRequest } from '../rules/remove-relation';

export type ScopeId = 'all' | 'some' | 'subjects';
const SCOPE_IDS: Record<RemovalScope, ScopeId> = {
  [ALL_RELATIONS]: 'all',
  [SOME_RELATIONS]: 'some',
  [SOME_SUBJECTS]: 'subjects',
};

export interface RemoveContext {
  current: { name: string; scope: ScopeId } | null;
  removed: { name: string; scope: ScopeId }[];
}

export type RemoveEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.skip' }
  | { type: 'removal.needed' }
  | { type: 'removal.submitted' }
  | { type: 'scope.all' }
  | { type: 'scope.some' }
  | { type: 'scope.subjects' }
  | { type: 'form.submitted'; values: RemovalRequest };

const validWithScope = (event: RemoveEvent, scope: ScopeId) =>
  event.type === 'form.submitted' &&
  checkRemoval(event.values).length === 0 &&
  event.values.scope !== '' &&
  SCOPE_IDS[event.values.scope] === scope;

export const removeMachine = setup({
  types: {} as { context: RemoveContext; events: RemoveEvent; meta: ScreenMeta },
  guards: {
    removesAll: ({ event }) => validWithScope(event, 'all'),
    removesSome: ({ event }) => validWithScope(event, 'some'),
    removesSubjects: ({ event }) => validWithScope(event, 'subjects'),
  },
  actions: {
    remember: assign({
      current: ({ event }) =>
        event.type === 'form.submitted' && event.values.scope !== ''
          ? { name: event.values.contact.trim(), scope: SCOPE_IDS[event.values.scope] }
          : null,
    }),
    rememberScope: assign({
      current: (_, params: { scope: ScopeId }) => ({ name: '', scope: params.scope }),
    }),
    countRemoved: assign({
      removed: ({ context }) => (context.current ? [...context.removed, context.current] : context.removed),
    }),
  },
}).createMachine({
  id: 'remove',
  context: { current: null, removed: [] },
  initial: 'ask',
  states: {
    ask: { on: { 'removal.needed': 'open', 'step.skip': 'done' } },
    open: {
      meta: { portal: 'remove-relation', notes: ['catalogPath', 'formAccess'] },
      on: { 'step.next': 'details', 'step.back': 'ask' },
    },
    details: {
      meta: { form: 'removal' },
      on: {
        'form.submitted': [
          { guard: 'removesAll', target: 'all', actions: 'remember' },
          { guard: 'removesSome', target: 'some', actions: 'remember' },
          { guard: 'removesSubjects', target: 'subjects', actions: 'remember' },
        ],
        // Choosing the scope alone is enough to explain the portal's form.
        'scope.all': { target: 'all', actions: { type: 'rememberScope', params: { scope: 'all' } } },
        'scope.some': { target: 'some', actions: { type: 'rememberScope', params: { scope: 'some' } } },
        'scope.subjects': { target: 'subjects', actions: { type: 'rememberScope', params: { scope: 'subjects' } } },
      },
    },
    all: { on: { 'step.next': 'submit', 'step.back': 'details' } },
    some: { on: { 'step.next': 'submit', 'step.back': 'details' } },
    subjects: { on: { 'step.next': 'submit', 'step.back': 'details' } },
    submit: {
      meta: { notes: ['youSubmit'] },
      on: { 'removal.submitted': { target: 'check', actions: 'countRemoved' } },
    },
    check: {
      meta: { portal: 'relations', notes: ['delay24h'] },
      on: { 'step.next': 'another' },
    },
    another: { on: { 'removal.needed': 'details', 'step.next': 'done' } },
    done: { type: 'final' },
  },
});
