/**
 * The member's walkthrough: a staff member of the firm who received (or is
 * waiting for) their linking coordinates, creating their account and linking it.
 * Separate from the responsable's journey; the journey runs it when the person
 * says they are a member.
 *
 * State → screen (message `guide.member.states.<path>`; portal page):
 * - walkthrough.intro                what is coming: an email with their own coordinates
 * - walkthrough.email                has the email arrived?
 * - walkthrough.noEmail              junk/spam folder first
 * - walkthrough.askResponsable       still nothing: their responsable checks the
 *                                    address and issues a new code
 * - walkthrough.account.open         sel.ccq.org → « Créer un compte »             [login]
 * - walkthrough.account.credentials  « Création du compte » 1/2                      [signup]
 * - walkthrough.account.identity     « Création du compte » 2/2, terms ticked by them
 * - walkthrough.account.code         one-time code → « Valider le code »
 * - walkthrough.account.codeHelp     code not received
 * - walkthrough.link.method          « Utiliser des coordonnées de liaison »          [link]
 * - walkthrough.link.start           « LIAISON D'UN PROFIL » → « Commencer »
 * - walkthrough.link.fill            their coordinates from the email
 * - walkthrough.link.lier            they click « Lier »; success message
 * - walkthrough.link.failed          no success: retype, then their responsable
 * - walkthrough.profile              « Sélectionnez un profil »
 * - walkthrough.limitation           the three services not reachable as a
 *                                    delegate, and both ways around it
 * - stuck                            who to ask: their responsable first, then support
 * - done                             (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from './meta';

export type MemberEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.retry' }
  | { type: 'step.resume' }
  | { type: 'member.stuck' }
  | { type: 'email.received' }
  | { type: 'email.notReceived' }
  | { type: 'email.stillMissing' }
  | { type: 'code.validated' }
  | { type: 'code.notReceived' }
  | { type: 'link.succeeded' }
  | { type: 'link.failed' };

export const memberMachine = setup({
  types: {} as { events: MemberEvent; meta: ScreenMeta },
}).createMachine({
  id: 'member',
  initial: 'walkthrough',
  states: {
    walkthrough: {
      initial: 'intro',
      // "I'm stuck" is offered on every screen of the walkthrough.
      on: { 'member.stuck': 'stuck' },
      states: {
        intro: { meta: { notes: ['noSecrets'] }, on: { 'step.next': 'email' } },
        email: { on: { 'email.received': 'account', 'email.notReceived': 'noEmail' } },
        noEmail: {
          meta: { notes: ['junkFolder'] },
          on: { 'email.received': 'account', 'email.stillMissing': 'askResponsable' },
        },
        askResponsable: { on: { 'email.received': 'account' } },
        account: {
          initial: 'open',
          states: {
            open: { meta: { portal: 'login' }, on: { 'step.next': 'credentials' } },
            credentials: { meta: { portal: 'signup' }, on: { 'step.next': 'identity', 'step.back': 'open' } },
            identity: { meta: { notes: ['youSubmit'] }, on: { 'step.next': 'code', 'step.back': 'credentials' } },
            code: { on: { 'code.validated': '#member.walkthrough.link', 'code.notReceived': 'codeHelp' } },
            codeHelp: {
              meta: { notes: ['junkFolder'] },
              on: { 'code.validated': '#member.walkthrough.link', 'step.back': 'code' },
            },
          },
        },
        link: {
          initial: 'method',
          states: {
            method: { meta: { portal: 'link' }, on: { 'step.next': 'start' } },
            start: { on: { 'step.next': 'fill', 'step.back': 'method' } },
            fill: { on: { 'step.next': 'lier', 'step.back': 'start' } },
            lier: { meta: { notes: ['youSubmit'] }, on: { 'link.succeeded': '#member.walkthrough.profile', 'link.failed': 'failed' } },
            failed: { on: { 'step.retry': 'fill' } },
          },
        },
        profile: { on: { 'step.next': 'limitation' } },
        limitation: { on: { 'step.next': '#member.done' } },
        resume: { type: 'history', history: 'deep' },
      },
    },
    stuck: {
      meta: { notes: ['support'] },
      // Back to the exact screen the member left, inside account or link.
      on: { 'step.resume': 'walkthrough.resume' },
    },
    done: { type: 'final' },
  },
});

/** The walkthrough's sections, in order, for the table of contents. */
export const MEMBER_SECTIONS = ['intro', 'email', 'account', 'link', 'profile', 'limitation'] as const;
export type MemberSection = (typeof MEMBER_SECTIONS)[number];
