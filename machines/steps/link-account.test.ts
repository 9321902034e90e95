import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { linkAccountMachine } from './link-account';
import { describeReachability } from '../../test/unit/helpers/reachability';

describeReachability(linkAccountMachine);

describe('link account', () => {
  const run = (...events: string[]) => {
    const a = createActor(linkAccountMachine).start();
    for (const type of events) a.send({ type } as never);
    return a.getSnapshot();
  };
  const toLier = ['email.ready', 'step.next', 'step.next', 'step.next'];

  it('« Utiliser des coordonnées de liaison » → « Commencer » → fill → « Lier » → « Sélectionnez un profil »', () => {
    expect(run('email.ready').value).toBe('method');
    expect(run(...toLier).value).toBe('link');
    expect(run(...toLier, 'link.succeeded').value).toBe('profile');
    expect(run(...toLier, 'link.succeeded', 'step.next').value).toBe('limitedServices');
  });

  it('without the email: support, then on when it arrives', () => {
    expect(run('email.missing').value).toBe('noEmail');
    expect(run('email.missing', 'email.ready').value).toBe('method');
  });

  it('a failed link goes back to the coordinates, not to the start', () => {
    expect(run(...toLier, 'link.failed').value).toBe('failed');
    expect(run(...toLier, 'link.failed', 'step.retry').value).toBe('fill');
  });

  it.each([
    ['services.needed', 'oldCredentials'],
    ['services.notNeeded', 'done'],
  ])('the three limited services: %s → %s', (event, state) => {
    expect(run(...toLier, 'link.succeeded', 'step.next', event).value).toBe(state);
  });

  it('the old-credentials way ends the step', () => {
    expect(run(...toLier, 'link.succeeded', 'step.next', 'services.needed', 'step.next').status).toBe('done');
  });
});
