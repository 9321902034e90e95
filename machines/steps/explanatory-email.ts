/**
 * Before launch, 1 — the CCQ's explanatory email.
 *
 * State → screen (message `guide.explanatoryEmail.states.<state>`):
 * - received     asks whether the email arrived; lists what it holds
 *                (linking coordinates, first-connection instructions, member
 *                steps, important dates)
 * - keep         keep it until linking is completely done
 * - notReceived  look in junk/spam, then write to support; preparation can go on
 * - lost         ask support for it again
 * - done         (final) the journey moves on to the inventory
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type ExplanatoryEmailEvent =
  | { type: 'email.received' }
  | { type: 'email.notReceived' }
  | { type: 'email.lost' }
  | { type: 'email.recovered' }
  | { type: 'step.later' }
  | { type: 'step.next' };

export const explanatoryEmailMachine = setup({
  types: {} as { events: ExplanatoryEmailEvent; meta: ScreenMeta },
}).createMachine({
  id: 'explanatoryEmail',
  initial: 'received',
  states: {
    received: {
      on: {
        'email.received': 'keep',
        'email.notReceived': 'notReceived',
        'email.lost': 'lost',
      },
    },
    keep: {
      meta: { notes: ['noSecrets'] },
      on: { 'step.next': 'done' },
    },
    notReceived: {
      meta: { notes: ['junkFolder', 'support'] },
      on: {
        'email.received': 'keep',
        // The inventory and the announcement do not need the email: no reason to wait.
        'step.later': 'done',
      },
    },
    lost: {
      meta: { notes: ['support'] },
      on: {
        'email.recovered': 'keep',
        'step.later': 'done',
      },
    },
    done: { type: 'final' },
  },
});
