/**
 * After launch — accompany members, manage authorizations, check the new processes.
 *
 * State → screen (message `guide.afterLaunch.states.<state>`):
 * - accompany    members connect and link; the responsable is their first
 *                contact; Passerelle's member walkthrough helps
 * - memberStuck  the usual fixes: junk/spam, a new code, the limitation, support
 * - manage       keep contacts, relations and authorizations current (steps 4, 5, 5a, 5b)
 * - processes    check the new processes work; support contacts
 * - done         (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type AfterLaunchEvent = { type: 'step.next' } | { type: 'step.back' } | { type: 'member.stuck' };

export const afterLaunchMachine = setup({
  types: {} as { events: AfterLaunchEvent; meta: ScreenMeta },
}).createMachine({
  id: 'afterLaunch',
  initial: 'accompany',
  states: {
    accompany: {
      meta: { notes: ['firstContact'] },
      on: { 'step.next': 'manage', 'member.stuck': 'memberStuck' },
    },
    memberStuck: {
      meta: { notes: ['junkFolder', 'limitation', 'support'] },
      on: { 'step.back': 'accompany' },
    },
    manage: {
      meta: { notes: ['delay24h'] },
      on: { 'step.next': 'processes', 'step.back': 'accompany' },
    },
    processes: {
      meta: { notes: ['support'] },
      on: { 'step.next': 'done', 'step.back': 'manage' },
    },
    done: { type: 'final' },
  },
});
