import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { afterLaunchMachine } from './after-launch';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(afterLaunchMachine);

describe('after launch', () => {
  it('accompany → manage → processes, with a detour for a stuck member', () => {
    const a = createActor(afterLaunchMachine).start();
    a.send({ type: 'member.stuck' });
    expect(a.getSnapshot().value).toBe('memberStuck');
    expect(a.getSnapshot().getMeta()['afterLaunch.memberStuck']).toEqual({ notes: ['junkFolder', 'limitation', 'support'] });
    a.send({ type: 'step.back' });
    for (const v of ['manage', 'processes']) {
      a.send({ type: 'step.next' });
      expect(a.getSnapshot().value).toBe(v);
    }
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().status).toBe('done');
  });
});
