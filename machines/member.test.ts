import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { memberMachine } from './member';
import { describeReachability } from '../test/unit/helpers/reachability';
import { valuePath } from './screen';
import { MEMBER_WALKTHROUGH } from '../test/scripts/journeys';

describeReachability(memberMachine);

describe('member walkthrough', () => {
  const run = (...events: string[]) => {
    const a = createActor(memberMachine).start();
    for (const type of events) a.send({ type } as never);
    return a;
  };
  const path = (a: ReturnType<typeof run>) => valuePath(a.getSnapshot().value);
  // The walkthrough as the journey script clicks it, without the role question.
  const happy = MEMBER_WALKTHROUGH.slice(1).map((step) => ('reply' in step ? step.reply : ''));

  it('creates the account, links it, picks the profile, learns the limitation', () => {
    const a = run();
    const seen = [path(a)];
    for (const type of happy) {
      a.send({ type } as never);
      seen.push(path(a));
    }
    expect(seen).toEqual([
      'walkthrough.intro',
      'walkthrough.email',
      'walkthrough.account.open',
      'walkthrough.account.credentials',
      'walkthrough.account.identity',
      'walkthrough.account.code',
      'walkthrough.link.method',
      'walkthrough.link.start',
      'walkthrough.link.fill',
      'walkthrough.link.lier',
      'walkthrough.profile',
      'walkthrough.limitation',
      'done',
    ]);
    expect(a.getSnapshot().status).toBe('done');
  });

  it('no email: junk folder, then their responsable', () => {
    expect(path(run('step.next', 'email.notReceived'))).toBe('walkthrough.noEmail');
    expect(path(run('step.next', 'email.notReceived', 'email.stillMissing'))).toBe('walkthrough.askResponsable');
    expect(path(run('step.next', 'email.notReceived', 'email.stillMissing', 'email.received'))).toBe('walkthrough.account.open');
  });

  it('stuck anywhere, then back to the exact screen they left', () => {
    const a = run('step.next', 'email.received', 'step.next', 'step.next', 'step.next', 'code.validated', 'step.next', 'step.next');
    expect(path(a)).toBe('walkthrough.link.fill');
    a.send({ type: 'member.stuck' });
    expect(path(a)).toBe('stuck');
    expect(a.getSnapshot().can({ type: 'member.stuck' })).toBe(false);
    a.send({ type: 'step.resume' });
    expect(path(a)).toBe('walkthrough.link.fill');
  });

  it('a failed link returns to the coordinates', () => {
    const a = run('step.next', 'email.received', 'step.next', 'step.next', 'step.next', 'code.validated', 'step.next', 'step.next', 'step.next', 'link.failed');
    expect(path(a)).toBe('walkthrough.link.failed');
    a.send({ type: 'step.retry' });
    expect(path(a)).toBe('walkthrough.link.fill');
  });
});
