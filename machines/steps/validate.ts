/**
 * Step 3 — Validate the organisation's information under « Mon organisation »
 * → « Relations et autorisations ». What the person notes here (the findings)
 * becomes the machine's output; the journey marks the correction steps it calls for.
 *
 * State → screen (message `guide.validate.states.<path>`; portal page):
 * - home                       account linked; home → « Mon organisation » → « Relations et autorisations »  [home]
 * - lists.contacts             « Contacts de l'organisation »: everyone listed? open each profile  [relations]
 * - lists.contactsMissing      note who is missing: they are added in step 4
 * - lists.contactsWrong        note what is wrong: corrected in step 5a
 * - lists.relations            « Relations de l'organisation »: every client relation present?  [relations]
 * - lists.relationsMissing     note missing relations, to create as organisation relations
 * - lists.formerClient         an active relation with an employer no longer a client
 * - lists.contactEmployer      ask that employer to end the relation
 * - lists.contactCcq           or ask the CCQ
 * - lists.authorizations       « Autorisations », filter « Contacts de l'organisation »  [relations]
 * - lists.authorizationsMissing a member lacks what a client file needs: step 5 delegates it
 * - lists.authorizationsExtra  a member has access they should not: step 5b removes it
 * - delay                      a recent change not shown yet: up to 24 hours
 * - summary                    what was noted, and the steps that fix each
 * - done                       (final, output = findings)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export interface Findings {
  missingMembers: boolean;
  wrongDetails: boolean;
  missingRelations: boolean;
  formerClients: boolean;
  missingAuthorizations: boolean;
  extraAuthorizations: boolean;
}
export type Finding = keyof Findings;
export const FINDINGS: readonly Finding[] = [
  'missingMembers',
  'wrongDetails',
  'missingRelations',
  'formerClients',
  'missingAuthorizations',
  'extraAuthorizations',
];
export const noFindings = (): Findings => ({
  missingMembers: false,
  wrongDetails: false,
  missingRelations: false,
  formerClients: false,
  missingAuthorizations: false,
  extraAuthorizations: false,
});

export type ValidateEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'contacts.complete' }
  | { type: 'contacts.missing' }
  | { type: 'contacts.wrong' }
  | { type: 'relations.complete' }
  | { type: 'relations.missing' }
  | { type: 'relations.formerClient' }
  | { type: 'formerClient.contactEmployer' }
  | { type: 'formerClient.contactCcq' }
  | { type: 'authorizations.complete' }
  | { type: 'authorizations.missing' }
  | { type: 'authorizations.extra' }
  | { type: 'list.notUpdated' };

export const validateMachine = setup({
  types: {} as { context: { findings: Findings }; events: ValidateEvent; output: Findings; meta: ScreenMeta },
  actions: {
    note: assign({
      findings: ({ context }, params: { finding: Finding }) => ({ ...context.findings, [params.finding]: true }),
    }),
  },
}).createMachine({
  id: 'validate',
  context: { findings: noFindings() },
  initial: 'home',
  output: ({ context }) => context.findings,
  states: {
    home: {
      meta: { portal: 'home', notes: ['delay24h'] },
      on: { 'step.next': 'lists' },
    },
    lists: {
      initial: 'contacts',
      // Any list may lag behind a change made today; the note is the same for all three.
      on: { 'list.notUpdated': 'delay' },
      states: {
        contacts: {
          meta: { portal: 'relations' },
          on: {
            'contacts.complete': 'relations',
            'contacts.missing': { target: 'contactsMissing', actions: { type: 'note', params: { finding: 'missingMembers' } } },
            'contacts.wrong': { target: 'contactsWrong', actions: { type: 'note', params: { finding: 'wrongDetails' } } },
          },
        },
        contactsMissing: {
          on: {
            // Both can be true of the same list: let the person note the other one too.
            'contacts.wrong': { target: 'contactsWrong', actions: { type: 'note', params: { finding: 'wrongDetails' } } },
            'step.next': 'relations',
          },
        },
        contactsWrong: {
          on: {
            'contacts.missing': { target: 'contactsMissing', actions: { type: 'note', params: { finding: 'missingMembers' } } },
            'step.next': 'relations',
          },
        },
        relations: {
          meta: { portal: 'relations' },
          on: {
            'relations.complete': 'authorizations',
            'relations.missing': { target: 'relationsMissing', actions: { type: 'note', params: { finding: 'missingRelations' } } },
            'relations.formerClient': { target: 'formerClient', actions: { type: 'note', params: { finding: 'formerClients' } } },
            'step.back': 'contacts',
          },
        },
        relationsMissing: {
          on: {
            'relations.formerClient': { target: 'formerClient', actions: { type: 'note', params: { finding: 'formerClients' } } },
            'step.next': 'authorizations',
          },
        },
        formerClient: {
          meta: { notes: ['support'] },
          on: {
            'formerClient.contactEmployer': 'contactEmployer',
            'formerClient.contactCcq': 'contactCcq',
          },
        },
        contactEmployer: {
          on: { 'step.next': 'authorizations', 'formerClient.contactCcq': 'contactCcq' },
        },
        contactCcq: {
          meta: { notes: ['support'] },
          on: { 'step.next': 'authorizations', 'formerClient.contactEmployer': 'contactEmployer' },
        },
        authorizations: {
          meta: { portal: 'relations' },
          on: {
            'authorizations.complete': '#validate.summary',
            'authorizations.missing': {
              target: 'authorizationsMissing',
              actions: { type: 'note', params: { finding: 'missingAuthorizations' } },
            },
            'authorizations.extra': {
              target: 'authorizationsExtra',
              actions: { type: 'note', params: { finding: 'extraAuthorizations' } },
            },
            'step.back': 'relations',
          },
        },
        authorizationsMissing: {
          meta: { notes: ['limitation'] },
          on: {
            'authorizations.extra': {
              target: 'authorizationsExtra',
              actions: { type: 'note', params: { finding: 'extraAuthorizations' } },
            },
            'step.next': '#validate.summary',
          },
        },
        authorizationsExtra: {
          on: {
            'authorizations.missing': {
              target: 'authorizationsMissing',
              actions: { type: 'note', params: { finding: 'missingAuthorizations' } },
            },
            'step.next': '#validate.summary',
          },
        },
        resume: { type: 'history', history: 'shallow' },
      },
    },
    delay: {
      meta: { notes: ['delay24h'] },
      // Back to the list the person was checking, not to the first one.
      on: { 'step.back': 'lists.resume' },
    },
    summary: {
      on: { 'step.next': 'done', 'step.back': 'lists.authorizations' },
    },
    done: { type: 'final' },
  },
});
