/**
 * Before launch, 2 — the inventory of members and clients.
 *
 * State → screen (message `guide.inventory.states.<state>`):
 * - members         a complete, current list of every member of the firm
 * - clients         and of every client (employer) the firm acts for
 * - contactDetails  check each member's email and phone
 * - access          each member's role and the client files they need
 * - prepare         what to tell them about the transition
 * - done            (final)
 */
import { setup } from 'xstate';
import type { ScreenMeta } from '../meta';

export type InventoryEvent = { type: 'step.next' } | { type: 'step.back' };

export const inventoryMachine = setup({
  types: {} as { events: InventoryEvent; meta: ScreenMeta },
}).createMachine({
  id: 'inventory',
  initial: 'members',
  states: {
    members: { on: { 'step.next': 'clients' } },
    clients: { on: { 'step.next': 'contactDetails', 'step.back': 'members' } },
    contactDetails: { on: { 'step.next': 'access', 'step.back': 'clients' } },
    access: { on: { 'step.next': 'prepare', 'step.back': 'contactDetails' } },
    prepare: { on: { 'step.next': 'done', 'step.back': 'access' } },
    done: { type: 'final' },
  },
});
