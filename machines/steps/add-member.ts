/**
 * Step 4 — Add the members missing from « Contacts de l'organisation ».
 *
 * State → screen (message `guide.addMember.states.<state>`; portal page; form):
 * - ask            anyone missing? (noted in step 3)
 * - open           quick links on « Contacts de l'organisation », or « Catalogue de
 *                  services » → « Autorisations » → tile « Ajouter une relation ou
 *                  des sujets autorisés »                                [catalogue]
 * - details        who is added: short form (new contact, names, email,
 *                  relation, dates, subjects)                               form newMember
 * - fill           what goes where in the portal form (« Le contact n'existe pas »,
 *                  « Membre du personnel », « Date de fin », subjects, client number)
 * - submit         the person clicks « Soumettre »; the new contact receives their
 *                  linking coordinates by email
 * - another        another member to add?
 * - delegateNext   employers' authorizations are delegated next (step 5)
 * - done           (final)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';
import { checkNewMember, type AddRelationRequest } from '../rules/add-relation';

/** The name the conversation uses for the contact of an add-relation request. */
export function contactName(r: Pick<AddRelationRequest, 'contactDoesNotExist' | 'contact' | 'firstName' | 'lastName'>): string {
  return r.contactDoesNotExist ? `${r.firstName.trim()} ${r.lastName.trim()}`.trim() : r.contact.trim();
}

export interface AddMemberContext {
  current: { name: string; clientNumber: string } | null;
  added: string[];
}

export type AddMemberEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.skip' }
  | { type: 'member.missing' }
  | { type: 'member.added' }
  | { type: 'form.submitted'; values: AddRelationRequest };

export const addMemberMachine = setup({
  types: {} as { context: AddMemberContext; events: AddMemberEvent; meta: ScreenMeta },
  guards: {
    newMemberIsValid: ({ event }) => event.type === 'form.submitted' && checkNewMember(event.values).length === 0,
  },
  actions: {
    remember: assign({
      current: ({ event }) =>
        event.type === 'form.submitted'
          ? { name: contactName(event.values), clientNumber: event.values.clientNumber.trim() }
          : null,
    }),
    forget: assign({ current: null }),
    countAdded: assign({
      added: ({ context }) => (context.current ? [...context.added, context.current.name] : context.added),
    }),
  },
}).createMachine({
  id: 'addMember',
  context: { current: null, added: [] },
  initial: 'ask',
  states: {
    ask: { on: { 'member.missing': 'open', 'step.skip': 'done' } },
    open: {
      meta: { portal: 'catalogue', notes: ['formAccess'] },
      on: { 'step.next': 'details', 'step.back': 'ask' },
    },
    details: {
      meta: { form: 'newMember' },
      on: {
        'form.submitted': { guard: 'newMemberIsValid', target: 'fill', actions: 'remember' },
        // The form in the chat is a help, not a gate: the portal's form is the real one.
        'step.next': { target: 'fill', actions: 'forget' },
      },
    },
    fill: { on: { 'step.next': 'submit', 'step.back': 'details' } },
    submit: {
      meta: { notes: ['youSubmit'] },
      on: { 'member.added': { target: 'another', actions: 'countAdded' }, 'step.back': 'fill' },
    },
    another: { on: { 'member.missing': 'details', 'step.next': 'delegateNext' } },
    delegateNext: { on: { 'step.next': 'done' } },
    done: { type: 'final' },
  },
});
