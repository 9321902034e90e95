import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { internalCommunicationMachine } from './internal-communication';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(internalCommunicationMachine);

describe('internal communication', () => {
  it('announces, then says who the first contact is', () => {
    const a = createActor(internalCommunicationMachine).start();
    expect(a.getSnapshot().value).toBe('announce');
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().value).toBe('firstContact');
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().status).toBe('done');
  });
});
