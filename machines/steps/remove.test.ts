import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { removeMachine } from './remove';
import { describeReachability } from '../../test/unit/helpers/reachability';
import { removal } from '../../test/unit/helpers/samples';

describeReachability(removeMachine);

describe('remove (step 5b)', () => {
  const toDetails = () => {
    const a = createActor(removeMachine).start();
    a.send({ type: 'removal.needed' });
    a.send({ type: 'step.next' });
    return a;
  };

  it.each([
    ['Toutes les relations', 'all'],
    ['Une ou plusieurs relation(s)', 'some'],
    ['Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation', 'subjects'],
  ] as const)('the form with « %s » explains the %s case', (scope, state) => {
    const a = toDetails();
    a.send({ type: 'form.submitted', values: removal(scope) });
    expect(a.getSnapshot().value).toBe(state);
    expect(a.getSnapshot().context.current).toEqual({ name: 'Martin-Robert Desrosiers', scope: state });
  });

  it('a partial removal with no relation picked is refused', () => {
    const a = toDetails();
    a.send({ type: 'form.submitted', values: { ...removal('Une ou plusieurs relation(s)'), relations: [] } });
    expect(a.getSnapshot().value).toBe('details');
  });

  it('choosing the scope by quick reply works without a name', () => {
    const a = toDetails();
    a.send({ type: 'scope.all' });
    expect(a.getSnapshot().value).toBe('all');
    a.send({ type: 'step.next' });
    a.send({ type: 'removal.submitted' });
    expect(a.getSnapshot().value).toBe('check');
    expect(a.getSnapshot().context.removed).toEqual([{ name: '', scope: 'all' }]);
  });
});
