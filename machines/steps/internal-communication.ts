/**
 * Before launch, 3 — tell the members what is coming.
 *
 * State → screen (message `guide.internalCommunication.states.<state>`):
 * - announce      the four things to announce: the online services change,
 *                 linking coordinates are coming for a new account, help is
 *                 available, authorization processes change
 * - firstContact  the responsable is their first contact for account and
 *                 linking problems; members can follow Passerelle's member walkthrough
 * - done          (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type InternalCommunicationEvent = { type: 'step.next' } | { type: 'step.back' };

export const internalCommunicationMachine = setup({
  types: {} as { events: InternalCommunicationEvent; meta: ScreenMeta },
}).createMachine({
  id: 'internalCommunication',
  initial: 'announce',
  states: {
    announce: { on: { 'step.next': 'firstContact' } },
    firstContact: {
      meta: { notes: ['keepEmail'] },
      on: { 'step.next': 'done', 'step.back': 'announce' },
    },
    done: { type: 'final' },
  },
});
