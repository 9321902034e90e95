import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { modifyMachine } from './modify';
import { describeReachability } from '../../test/unit/helpers/reachability';
import { modification } from '../../test/unit/helpers/samples';

describeReachability(modifyMachine);

describe('modify (step 5a)', () => {
  const toDetails = () => {
    const a = createActor(modifyMachine).start();
    for (const type of ['member.wrong', 'step.next', 'step.next'] as const) a.send({ type });
    return a;
  };

  it('catalogue « Profil » → « Dossier client » → the form, member chosen, details, submit', () => {
    const a = toDetails();
    expect(a.getSnapshot().value).toBe('details');
    a.send({ type: 'form.submitted', values: modification });
    expect(a.getSnapshot().value).toBe('fields');
    a.send({ type: 'step.next' });
    a.send({ type: 'member.modified' });
    expect(a.getSnapshot().context.modified).toEqual(['Luc Tremblay']);
  });

  it('refuses a form with nothing to change', () => {
    const a = toDetails();
    a.send({ type: 'form.submitted', values: { ...modification, changes: [], issueNewCode: false } });
    expect(a.getSnapshot().value).toBe('details');
  });

  it('another member starts at the member choice, not at the catalogue', () => {
    const a = toDetails();
    a.send({ type: 'step.next' });
    a.send({ type: 'step.next' });
    a.send({ type: 'member.modified' });
    a.send({ type: 'member.wrong' });
    expect(a.getSnapshot().value).toBe('select');
  });
});
