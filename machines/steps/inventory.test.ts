import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { inventoryMachine } from './inventory';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(inventoryMachine);

describe('inventory', () => {
  it('walks members, clients, contact details, access, preparation in that order', () => {
    const a = createActor(inventoryMachine).start();
    const seen = [a.getSnapshot().value];
    while (a.getSnapshot().status === 'active') {
      a.send({ type: 'step.next' });
      seen.push(a.getSnapshot().value);
    }
    expect(seen).toEqual(['members', 'clients', 'contactDetails', 'access', 'prepare', 'done']);
  });

  it('goes back one item at a time', () => {
    const a = createActor(inventoryMachine).start();
    a.send({ type: 'step.next' });
    a.send({ type: 'step.next' });
    a.send({ type: 'step.back' });
    expect(a.getSnapshot().value).toBe('clients');
  });
});
