/**
 * Step 6 — Send linking coordinates to every member, one at a time, until all
 * have them.
 *
 * State → screen (message `guide.sendLinkingCodes.states.<state>`; portal page; form):
 * - open      tile « Modifier les informations personnelles et les coordonnées
 *             d'un individu autorisé ou d'un contact »                    [modify-contact]
 * - member    which member, and the valid address the code goes to        form linkingCode
 * - check     check their details, the address, tick « Émettre un nouveau code
 *             de liaison », the person ticks the attestation and clicks « Soumettre »
 * - more      codes sent so far; another member?
 * - received  did every member get the email?
 * - junk      « Courriels indésirables » / « Spam » first
 * - reissue   still nothing: check the address and issue a new code
 * - complete  every member has their coordinates
 * - done      (final)
 */
import { assign, setup } from 'xstate';
import type { ScreenMeta } from '../meta';
import { checkLinkingCode, type LinkingCodeRequest } from '../rules/modify-contact';

export interface SendLinkingCodesContext {
  current: { name: string; email: string } | null;
  /** Members whose code was sent, once each (a re-issued code does not count twice). */
  sent: string[];
}

export type SendLinkingCodesEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'code.sent' }
  | { type: 'code.reissue' }
  | { type: 'member.next' }
  | { type: 'members.allSent' }
  | { type: 'members.allReceived' }
  | { type: 'email.notReceived' }
  | { type: 'email.found' }
  | { type: 'email.stillMissing' }
  | { type: 'form.submitted'; values: LinkingCodeRequest };

export const sendLinkingCodesMachine = setup({
  types: {} as { context: SendLinkingCodesContext; events: SendLinkingCodesEvent; meta: ScreenMeta },
  guards: {
    linkingCodeIsValid: ({ event }) => event.type === 'form.submitted' && checkLinkingCode(event.values).length === 0,
    someoneHasACode: ({ context }) => context.sent.length > 0,
  },
  actions: {
    remember: assign({
      current: ({ event }) =>
        event.type === 'form.submitted' ? { name: event.values.contact.trim(), email: event.values.email.trim() } : null,
    }),
    countSent: assign({
      sent: ({ context }) =>
        context.current && !context.sent.includes(context.current.name)
          ? [...context.sent, context.current.name]
          : context.sent,
    }),
  },
}).createMachine({
  id: 'sendLinkingCodes',
  context: { current: null, sent: [] },
  initial: 'open',
  states: {
    open: {
      meta: { portal: 'modify-contact', notes: ['catalogPath'] },
      on: { 'step.next': 'member' },
    },
    member: {
      meta: { form: 'linkingCode' },
      on: {
        'form.submitted': { guard: 'linkingCodeIsValid', target: 'check', actions: 'remember' },
        // Nobody left to do: the person may stop the loop from the form too.
        'members.allSent': { guard: 'someoneHasACode', target: 'received' },
      },
    },
    check: {
      meta: { notes: ['youSubmit'] },
      on: { 'code.sent': { target: 'more', actions: 'countSent' }, 'step.back': 'member' },
    },
    more: {
      on: { 'member.next': 'member', 'members.allSent': 'received' },
    },
    received: {
      on: { 'members.allReceived': 'complete', 'email.notReceived': 'junk' },
    },
    junk: {
      meta: { notes: ['junkFolder'] },
      on: { 'email.found': 'received', 'email.stillMissing': 'reissue' },
    },
    reissue: {
      // A new code goes through the same form, so the loop starts again for that member.
      on: { 'code.reissue': 'member', 'step.back': 'received' },
    },
    complete: { on: { 'step.next': 'done' } },
    done: { type: 'final' },
  },
});
