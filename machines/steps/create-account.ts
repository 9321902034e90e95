/**
 * Step 1 — Create a user account.
 *
 * State → screen (message `guide.createAccount.states.<state>`; portal page):
 * - open                sign-in « SERVICES EN LIGNE »: click « Créer un compte »     [login]
 * - credentials         « Création du compte » 1/2: « Adresse courriel », « Mot de
 *                       passe », « Confirmez le mot de passe », « Suivant »        [signup]
 * - credentialsProblem  « Suivant » refused: the two passwords differ or the address is malformed
 * - identity            « Création du compte » 2/2: « Prénom », « Nom », the terms
 *                       checkbox (the person ticks it), « Créer mon compte » (the person clicks)
 * - code                a one-time code arrives by email: type it, « Valider le code »
 * - codeNotReceived     junk/spam, the address typed, support
 * - done                (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type CreateAccountEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.problem' }
  | { type: 'step.retry' }
  | { type: 'code.validated' }
  | { type: 'code.notReceived' };

export const createAccountMachine = setup({
  types: {} as { events: CreateAccountEvent; meta: ScreenMeta },
}).createMachine({
  id: 'createAccount',
  initial: 'open',
  states: {
    open: {
      meta: { portal: 'login' },
      on: { 'step.next': 'credentials' },
    },
    credentials: {
      meta: { portal: 'signup', notes: ['noSecrets'] },
      on: { 'step.next': 'identity', 'step.problem': 'credentialsProblem', 'step.back': 'open' },
    },
    credentialsProblem: {
      on: { 'step.retry': 'credentials' },
    },
    identity: {
      meta: { notes: ['youSubmit'] },
      on: { 'step.next': 'code', 'step.back': 'credentials' },
    },
    code: {
      meta: { notes: ['noSecrets'] },
      on: { 'code.validated': 'done', 'code.notReceived': 'codeNotReceived' },
    },
    codeNotReceived: {
      meta: { notes: ['junkFolder', 'support'] },
      on: { 'code.validated': 'done', 'step.back': 'code' },
    },
    done: { type: 'final' },
  },
});
