import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sendLinkingCodesMachine } from './send-linking-codes';
import { describeReachability } from '../../test/unit/helpers/reachability';
import { linkingCode } from '../../test/unit/helpers/samples';

describeReachability(sendLinkingCodesMachine);

describe('send linking codes (step 6)', () => {
  const sendTo = (a: ReturnType<typeof start>, contact: string, email: string) => {
    a.send({ type: 'form.submitted', values: { contact, email } });
    a.send({ type: 'code.sent' });
  };
  const start = () => {
    const a = createActor(sendLinkingCodesMachine).start();
    a.send({ type: 'step.next' });
    return a;
  };

  it('loops member by member until all have their code', () => {
    const a = start();
    sendTo(a, 'Luc Tremblay', 'luc@laforce.ca');
    expect(a.getSnapshot().value).toBe('more');
    a.send({ type: 'member.next' });
    sendTo(a, 'Rebecca Descotteaux-Laforce', 'rebecca@laforce.ca');
    a.send({ type: 'members.allSent' });
    expect(a.getSnapshot().value).toBe('received');
    expect(a.getSnapshot().context.sent).toEqual(['Luc Tremblay', 'Rebecca Descotteaux-Laforce']);
    a.send({ type: 'members.allReceived' });
    expect(a.getSnapshot().value).toBe('complete');
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().status).toBe('done');
  });

  it.each([
    ['no address', { ...linkingCode, email: '' }],
    ['an invalid address', { ...linkingCode, email: 'luc@laforce' }],
    ['no member', { ...linkingCode, contact: '' }],
  ])('refuses %s', (_, values) => {
    const a = start();
    a.send({ type: 'form.submitted', values });
    expect(a.getSnapshot().value).toBe('member');
  });

  it('"all sent" is refused until at least one code was sent', () => {
    const a = start();
    expect(a.getSnapshot().can({ type: 'members.allSent' })).toBe(false);
    a.send({ type: 'members.allSent' });
    expect(a.getSnapshot().value).toBe('member');
  });

  it('not received: junk/spam first, then a new code for that member, counted once', () => {
    const a = start();
    sendTo(a, 'Luc Tremblay', 'luc@laforce.ca');
    a.send({ type: 'members.allSent' });
    a.send({ type: 'email.notReceived' });
    expect(a.getSnapshot().value).toBe('junk');
    a.send({ type: 'email.stillMissing' });
    expect(a.getSnapshot().value).toBe('reissue');
    a.send({ type: 'code.reissue' });
    expect(a.getSnapshot().value).toBe('member');
    sendTo(a, 'Luc Tremblay', 'luc.tremblay@laforce.ca');
    expect(a.getSnapshot().context.sent).toEqual(['Luc Tremblay']);
    expect(a.getSnapshot().context.current).toEqual({ name: 'Luc Tremblay', email: 'luc.tremblay@laforce.ca' });
  });

  it('found in junk: back to the question', () => {
    const a = start();
    sendTo(a, 'Luc Tremblay', 'luc@laforce.ca');
    a.send({ type: 'members.allSent' });
    a.send({ type: 'email.notReceived' });
    a.send({ type: 'email.found' });
    expect(a.getSnapshot().value).toBe('received');
  });
});
