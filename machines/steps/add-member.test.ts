import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addMemberMachine, contactName } from './add-member';
import { describeReachability } from '../../test/unit/helpers/reachability';
import { newMember } from '../../test/unit/helpers/samples';

describeReachability(addMemberMachine);

describe('add member', () => {
  const start = () => {
    const a = createActor(addMemberMachine).start();
    a.send({ type: 'member.missing' });
    a.send({ type: 'step.next' });
    return a;
  };

  it('nobody missing: the step is skipped', () => {
    const a = createActor(addMemberMachine).start();
    a.send({ type: 'step.skip' });
    expect(a.getSnapshot().status).toBe('done');
  });

  it('a valid form moves on and remembers the name; the member counts once submitted', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('details');
    a.send({ type: 'form.submitted', values: newMember });
    expect(a.getSnapshot().value).toBe('fill');
    expect(a.getSnapshot().context.current).toEqual({ name: 'Luc Tremblay', clientNumber: '123456' });
    a.send({ type: 'step.next' });
    a.send({ type: 'member.added' });
    expect(a.getSnapshot().context.added).toEqual(['Luc Tremblay']);
    expect(a.getSnapshot().value).toBe('another');
  });

  it.each([
    ['no personal details though the contact does not exist', { ...newMember, firstName: '' }],
    ['a bad email', { ...newMember, email: 'luc@' }],
    ['no relation', { ...newMember, relation: '' as const }],
    ['end before start', { ...newMember, endDate: '2020-01-01' }],
  ])('an invalid form is refused (%s)', (_, values) => {
    const a = start();
    a.send({ type: 'form.submitted', values });
    expect(a.getSnapshot().value).toBe('details');
    expect(a.getSnapshot().context.current).toBeNull();
  });

  it('loops for another member, then reminds that delegation follows', () => {
    const a = start();
    a.send({ type: 'form.submitted', values: newMember });
    a.send({ type: 'step.next' });
    a.send({ type: 'member.added' });
    a.send({ type: 'member.missing' });
    expect(a.getSnapshot().value).toBe('details');
    a.send({ type: 'step.next' });
    a.send({ type: 'step.next' });
    a.send({ type: 'member.added' });
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().value).toBe('delegateNext');
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().status).toBe('done');
  });

  it.each([
    [{ contactDoesNotExist: true, contact: '', firstName: ' Luc ', lastName: 'Tremblay ' }, 'Luc Tremblay'],
    [{ contactDoesNotExist: false, contact: ' REBECCA DESCOTTEAUX-LAFORCE ', firstName: 'x', lastName: 'y' }, 'REBECCA DESCOTTEAUX-LAFORCE'],
  ])('contactName(%j) = %s', (r, name) => {
    expect(contactName(r)).toBe(name);
  });
});
