import { describe, expect, it } from 'vitest';
import {
  checkAddRelation,
  checkDelegation,
  checkNewMember,
  emptyAddRelation,
  organisationRequired,
  personalDetailsRequired,
  type AddRelationRequest,
} from './add-relation';

const NOW = new Date(2026, 0, 12);
const base = (patch: Partial<AddRelationRequest>): AddRelationRequest => ({ ...emptyAddRelation(NOW), ...patch });

describe('« Ajouter une relation ou des sujets autorisés à un contact »', () => {
  it('opens with start today and end 9999-12-31', () => {
    const r = emptyAddRelation(NOW);
    expect(r.startDate).toBe('2026-01-12');
    expect(r.endDate).toBe('9999-12-31');
    expect(r.contactDoesNotExist).toBe(false);
    expect(r.subjects).toEqual([]);
  });

  it.each([
    [true, true],
    [false, false],
  ])('« Le contact n\'existe pas » = %s ⇒ personal details required: %s', (ticked, required) => {
    expect(personalDetailsRequired({ contactDoesNotExist: ticked })).toBe(required);
  });

  it.each([
    ['Une autre organisation', true],
    ['Mon organisation', false],
    ['Un individu', false],
    ['- Aucun -', false],
    ['', false],
  ] as const)('target %j ⇒ organisation required: %s', (target, required) => {
    expect(organisationRequired({ target })).toBe(required);
  });

  it.each<[string, Partial<AddRelationRequest>, { field: string; code: string }[]]>([
    ['existing contact, nothing else', { contact: 'REBECCA DESCOTTEAUX-LAFORCE' }, []],
    ['no contact chosen', {}, [{ field: 'contact', code: 'required' }]],
    [
      'new contact without details',
      { contactDoesNotExist: true },
      [
        { field: 'firstName', code: 'required' },
        { field: 'lastName', code: 'required' },
        { field: 'email', code: 'required' },
      ],
    ],
    [
      'new contact with a bad email',
      { contactDoesNotExist: true, firstName: 'Luc', lastName: 'Tremblay', email: 'luc@' },
      [{ field: 'email', code: 'emailInvalid' }],
    ],
    [
      'new contact, complete (no contact picked needed)',
      { contactDoesNotExist: true, firstName: 'Luc', lastName: 'Tremblay', email: 'luc@laforce.ca' },
      [],
    ],
    [
      'another organisation without the organisation',
      { contact: 'X', target: 'Une autre organisation' },
      [{ field: 'organisation', code: 'required' }],
    ],
    [
      'another organisation named',
      { contact: 'X', target: 'Une autre organisation', organisation: 'ENTREPRISE SHW INC.' },
      [],
    ],
    ['end before start', { contact: 'X', endDate: '2025-12-31' }, [{ field: 'endDate', code: 'endBeforeStart' }]],
    ['end left empty means no end', { contact: 'X', endDate: '' }, []],
    ['start not YYYY-MM-DD', { contact: 'X', startDate: '12/01/2026' }, [{ field: 'startDate', code: 'dateFormat' }]],
  ])('%s', (_, patch, issues) => {
    expect(checkAddRelation(base(patch))).toEqual(issues);
  });

  it.each<[Partial<AddRelationRequest>, { field: string; code: string }[]]>([
    [{ contactDoesNotExist: true, firstName: 'A', lastName: 'B', email: 'a@b.ca', relation: 'Membre du personnel' }, []],
    [{ contactDoesNotExist: true, firstName: 'A', lastName: 'B', email: 'a@b.ca' }, [{ field: 'relation', code: 'required' }]],
  ])('new member (step 4) %j', (patch, issues) => {
    expect(checkNewMember(base(patch))).toEqual(issues);
  });

  it.each<[Partial<AddRelationRequest>, { field: string; code: string }[]]>([
    [{ contact: 'X', target: 'Une autre organisation', organisation: 'PLUMBERIE RICHARD BELANGER' }, []],
    [{ contact: 'X', target: '- Aucun -' }, [{ field: 'target', code: 'required' }]],
    [{ contact: 'X', target: '' }, [{ field: 'target', code: 'required' }]],
    [
      { contact: 'X', target: 'Une autre organisation' },
      [{ field: 'organisation', code: 'required' }],
    ],
  ])('delegation (step 5) %j', (patch, issues) => {
    expect(checkDelegation(base(patch))).toEqual(issues);
  });
});
