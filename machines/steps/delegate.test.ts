import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { delegateMachine } from './delegate';
import { describeReachability } from '../../test/unit/helpers/reachability';
import { delegation } from '../../test/unit/helpers/samples';

describeReachability(delegateMachine);

describe('delegate (step 5)', () => {
  const toDetails = () => {
    const a = createActor(delegateMachine).start();
    a.send({ type: 'delegation.needed' });
    a.send({ type: 'step.next' });
    return a;
  };

  it('remembers member, employer and end date from the form', () => {
    const a = toDetails();
    a.send({ type: 'form.submitted', values: delegation });
    expect(a.getSnapshot().context.current).toEqual({
      name: 'REBECCA DESCOTTEAUX-LAFORCE',
      organisation: 'ENTREPRISE SHW INC.',
      endDate: '9999-12-31',
    });
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().value).toBe('attest');
    a.send({ type: 'delegation.submitted' });
    expect(a.getSnapshot().context.delegated).toEqual([{ name: 'REBECCA DESCOTTEAUX-LAFORCE', organisation: 'ENTREPRISE SHW INC.' }]);
  });

  it.each([
    ['« Une autre organisation » without the organisation', { ...delegation, organisation: '' }],
    ['« - Aucun - »', { ...delegation, target: '- Aucun -' as const }],
    ['end before start', { ...delegation, endDate: '2000-01-01' }],
  ])('refuses %s', (_, values) => {
    const a = toDetails();
    a.send({ type: 'form.submitted', values });
    expect(a.getSnapshot().value).toBe('details');
  });

  it('the limitation is recalled before delegating', () => {
    const a = createActor(delegateMachine).start();
    expect(a.getSnapshot().getMeta()['delegate.ask']).toEqual({ notes: ['limitation'] });
  });
});
