import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { explanatoryEmailMachine } from './explanatory-email';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(explanatoryEmailMachine);

describe('explanatory email', () => {
  it.each([
    [['email.received', 'step.next'], 'done'],
    [['email.notReceived', 'email.received'], 'keep'],
    [['email.notReceived', 'step.later'], 'done'],
    [['email.lost', 'email.recovered', 'step.next'], 'done'],
    [['email.lost', 'step.later'], 'done'],
  ] as const)('%j → %s', (events, expected) => {
    const a = createActor(explanatoryEmailMachine).start();
    for (const type of events) a.send({ type });
    expect(a.getSnapshot().value).toBe(expected);
  });

  it('a lost email points to support', () => {
    const a = createActor(explanatoryEmailMachine).start();
    a.send({ type: 'email.lost' });
    expect(Object.values(a.getSnapshot().getMeta())[0]).toEqual({ notes: ['support'] });
  });
});
