/**
 * Step 5a — Modify a member's information.
 *
 * State → screen (message `guide.modify.states.<state>`; portal page; form):
 * - ask      any member whose details are wrong? (noted in step 3)
 * - open     « Catalogue de services » → catalogue « Profil » → category « Dossier
 *            client » → « Modifier les informations personnelles et les
 *            coordonnées d'un individu autorisé ou d'un contact »        [catalogue]
 * - select   « Profil concerné », then the member in « Individu autorisé ou contact dans ce profil »
 * - details  what changes: short form                                      form modification
 * - fields   « Que désirez-vous modifier? », language, email, phone fields,
 *            « Émettre un nouveau code de liaison »
 * - submit   the person ticks the « Déclaration » and clicks « Soumettre »; the
 *            member gets a confirmation and their linking coordinates
 * - another  another member to correct?
 * - done     (final)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';
import { checkModify, type ModifyRequest } from '../rules/modify-contact';

export interface ModifyContext {
  current: { name: string } | null;
  modified: string[];
}

export type ModifyEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.skip' }
  | { type: 'member.wrong' }
  | { type: 'member.modified' }
  | { type: 'form.submitted'; values: ModifyRequest };

export const modifyMachine = setup({
  types: {} as { context: ModifyContext; events: ModifyEvent; meta: ScreenMeta },
  guards: {
    modificationIsValid: ({ event }) => event.type === 'form.submitted' && checkModify(event.values).length === 0,
  },
  actions: {
    remember: assign({
      current: ({ event }) => (event.type === 'form.submitted' ? { name: event.values.contact.trim() } : null),
    }),
    forget: assign({ current: null }),
    countModified: assign({
      modified: ({ context }) => (context.current ? [...context.modified, context.current.name] : context.modified),
    }),
  },
}).createMachine({
  id: 'modify',
  context: { current: null, modified: [] },
  initial: 'ask',
  states: {
    ask: { on: { 'member.wrong': 'open', 'step.skip': 'done' } },
    open: {
      meta: { portal: 'catalogue' },
      on: { 'step.next': 'select', 'step.back': 'ask' },
    },
    select: { on: { 'step.next': 'details', 'step.back': 'open' } },
    details: {
      meta: { form: 'modification' },
      on: {
        'form.submitted': { guard: 'modificationIsValid', target: 'fields', actions: 'remember' },
        'step.next': { target: 'fields', actions: 'forget' },
      },
    },
    fields: { on: { 'step.next': 'submit', 'step.back': 'details' } },
    submit: {
      meta: { notes: ['youSubmit'] },
      on: { 'member.modified': { target: 'another', actions: 'countModified' }, 'step.back': 'fields' },
    },
    another: { on: { 'member.wrong': 'select', 'step.next': 'done' } },
    done: { type: 'final' },
  },
});
