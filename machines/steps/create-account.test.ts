import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createAccountMachine } from './create-account';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(createAccountMachine);

describe('create account', () => {
  const run = (...events: string[]) => {
    const a = createActor(createAccountMachine).start();
    for (const type of events) a.send({ type } as never);
    return a.getSnapshot();
  };

  it('follows the portal: sign-in, 1/2, 2/2, one-time code', () => {
    expect(run().value).toBe('open');
    expect(run('step.next').value).toBe('credentials');
    expect(run('step.next', 'step.next').value).toBe('identity');
    expect(run('step.next', 'step.next', 'step.next').value).toBe('code');
    expect(run('step.next', 'step.next', 'step.next', 'code.validated').status).toBe('done');
  });

  it('a refused « Suivant » explains and returns to the same screen', () => {
    expect(run('step.next', 'step.problem').value).toBe('credentialsProblem');
    expect(run('step.next', 'step.problem', 'step.retry').value).toBe('credentials');
  });

  it('a missing one-time code has its own help, then the code can still be validated', () => {
    const s = run('step.next', 'step.next', 'step.next', 'code.notReceived');
    expect(s.value).toBe('codeNotReceived');
    expect(run('step.next', 'step.next', 'step.next', 'code.notReceived', 'code.validated').status).toBe('done');
  });

  it('cannot skip the code: « code.validated » is refused before the code screen', () => {
    expect(run('code.validated').value).toBe('open');
  });

  it('links the sign-in and sign-up pages', () => {
    expect(run().getMeta()['createAccount.open']).toMatchObject({ portal: 'login' });
    expect(run('step.next').getMeta()['createAccount.credentials']).toMatchObject({ portal: 'signup' });
  });
});
