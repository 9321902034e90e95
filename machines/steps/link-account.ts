/**
 * Step 2 — Link the account to the firm's file with the linking coordinates.
 *
 * State → screen (message `guide.linkAccount.states.<state>`; portal page):
 * - coordinates      have the explanatory email at hand; why linking matters
 *                    (it reconnects the relations migrated from the old system)
 * - noEmail          without the email there are no coordinates: support
 * - method           several linking methods: « Utiliser des coordonnées de liaison »   [link]
 * - start            « LIAISON D'UN PROFIL »: « Commencer »
 * - fill             type the coordinates from the email (Passerelle never sees them)
 * - link             the person clicks « Lier »; a success message appears
 * - failed           no success message: retype exactly, then support
 * - profile          « Sélectionnez un profil » to reach the organisation
 * - limitedServices  does the firm serve employers for the three services a
 *                    delegate cannot reach?
 * - oldCredentials   both ways around it (old-credentials linking; the employer
 *                    adds the member as its own contact)
 * - done             (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type LinkAccountEvent =
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.retry' }
  | { type: 'email.ready' }
  | { type: 'email.missing' }
  | { type: 'link.succeeded' }
  | { type: 'link.failed' }
  | { type: 'services.needed' }
  | { type: 'services.notNeeded' };

export const linkAccountMachine = setup({
  types: {} as { events: LinkAccountEvent; meta: ScreenMeta },
}).createMachine({
  id: 'linkAccount',
  initial: 'coordinates',
  states: {
    coordinates: {
      meta: { notes: ['noSecrets'] },
      on: { 'email.ready': 'method', 'email.missing': 'noEmail' },
    },
    noEmail: {
      meta: { notes: ['support'] },
      on: { 'email.ready': 'method' },
    },
    method: {
      meta: { portal: 'link' },
      on: { 'step.next': 'start', 'step.back': 'coordinates' },
    },
    start: { on: { 'step.next': 'fill', 'step.back': 'method' } },
    fill: { on: { 'step.next': 'link', 'step.back': 'start' } },
    link: {
      meta: { notes: ['youSubmit'] },
      on: { 'link.succeeded': 'profile', 'link.failed': 'failed' },
    },
    failed: {
      meta: { notes: ['support'] },
      // Most failures are a mistyped coordinate: the form is still there to retype.
      on: { 'step.retry': 'fill' },
    },
    profile: { on: { 'step.next': 'limitedServices' } },
    limitedServices: {
      meta: { notes: ['limitation'] },
      on: { 'services.needed': 'oldCredentials', 'services.notNeeded': 'done' },
    },
    oldCredentials: {
      on: { 'step.next': 'done', 'step.back': 'limitedServices' },
    },
    done: { type: 'final' },
  },
});
