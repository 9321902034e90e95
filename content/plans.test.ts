import { describe, expect, it } from 'vitest';
import { planFill, type FillPlan } from './plans';

const today = '2026-03-02';
/** A plan as a table: key, kind, value (and the flags that matter). */
const table = (p: FillPlan) =>
  p.steps.map((s) => [s.key, s.kind, s.value, ...(s.conditional ? ['conditional'] : []), ...(s.group ? [`in ${s.group[0]}`] : [])]);

describe('planFill', () => {
  it('sign-up: the two name fields, trimmed', () => {
    expect(table(planFill('signup', { firstName: ' Rebecca ', lastName: 'Descotteaux-Laforce' }, { today }))).toEqual([
      ['firstName', 'text', 'Rebecca'],
      ['lastName', 'text', 'Descotteaux-Laforce'],
    ]);
  });

  it('new member: « Le contact n\'existe pas », personal fields, « Mon organisation », relation, dates, subjects', () => {
    const plan = planFill('addMember', {
      member: { firstName: 'Éric', lastName: 'Tremblay', email: 'eric@laforce.ca', phone: '514 555-0101', language: 'fr', clientNumber: '123456' },
      subjects: ['Paiements et relevés', 'Profil'],
    }, { today });
    expect(plan.formTitle[0]).toBe('Ajouter une relation ou des sujets autorisés à un contact');
    expect(table(plan)).toEqual([
      ['contactMissing', 'checkbox', true],
      ['firstName', 'text', 'Éric', 'conditional'],
      ['lastName', 'text', 'Tremblay', 'conditional'],
      ['clientNumber', 'text', '123456', 'conditional'],
      ['language', 'select', 'Français', 'conditional'],
      ['email', 'text', 'eric@laforce.ca', 'conditional'],
      ['phone', 'text', '514 555-0101', 'conditional'],
      ['who', 'select', 'Mon organisation'],
      ['relation', 'select', 'Membre du personnel', 'conditional'],
      ['startDate', 'date', today],
      ['endDate', 'date', '9999-12-31'],
      ['subjects', 'chips', ['Paiements et relevés', 'Profil']],
    ]);
    expect(plan.steps.find((s) => s.key === 'startDate')?.defaults).toEqual([today]);
  });

  it('delegating an employer: member picker, « Une autre organisation », employer picker', () => {
    const plan = planFill('delegateEmployer', { member: { firstName: 'Éric', lastName: 'Tremblay' }, employer: { name: 'ENTREPRISE SHW INC.', number: '1002345' }, endDate: '2026-12-31' }, { today });
    expect(table(plan)).toEqual([
      ['contact', 'picker', 'TREMBLAY, Éric'],
      ['who', 'select', 'Une autre organisation'],
      ['organisation', 'picker', 'ENTREPRISE SHW INC. (1002345)', 'conditional'],
      ['startDate', 'date', today],
      ['endDate', 'date', '2026-12-31'],
    ]);
    expect(plan.steps[0]!.query).toBe('Tremblay');
    expect(plan.steps[2]!.query).toBe('ENTREPRISE SHW INC.');
  });

  it('modify details: only the details the record has', () => {
    expect(table(planFill('modifyDetails', { member: { firstName: 'Mélanie', lastName: 'Gagnon', email: 'm@x.ca', phoneType: 'Travail' } }, { today }))).toEqual([
      ['individual', 'picker', 'GAGNON, Mélanie'],
      ['communication', 'checkbox', true, 'in Que désirez-vous modifier?'],
      ['email', 'text', 'm@x.ca', 'conditional'],
      ['phoneType', 'select', 'Travail', 'conditional'],
    ]);
  });

  it.each([
    [{ firstName: 'Luc', lastName: 'Girard' }, [['individual', 'picker', 'GIRARD, Luc'], ['newCode', 'checkbox', true]]],
    [{ firstName: 'Luc', lastName: 'Girard', email: 'luc@x.ca' }, [
      ['individual', 'picker', 'GIRARD, Luc'],
      ['communication', 'checkbox', true, 'in Que désirez-vous modifier?'],
      ['email', 'text', 'luc@x.ca', 'conditional'],
      ['newCode', 'checkbox', true],
    ]],
  ])('new linking code for %j', (member, expected) => {
    expect(table(planFill('newLinkingCode', { member }, { today }))).toEqual(expected);
  });

  it.each([
    ['all', undefined, [['contact', 'picker', 'COTE, François'], ['removeAll', 'radio', true, 'in Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer?']]],
    ['relations', ['ENTREPRISE SHW INC.'], [
      ['contact', 'picker', 'COTE, François'],
      ['removeSome', 'radio', true, 'in Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer?'],
      ['relationsToRemove', 'chips', ['ENTREPRISE SHW INC.'], 'conditional'],
    ]],
  ] as const)('remove %s', (scope, employers, expected) => {
    expect(table(planFill('removeRelation', { member: { firstName: 'François', lastName: 'Cote' }, scope, employers: employers && [...employers] }, { today }))).toEqual(expected);
  });

  it('never plans an attestation, a password, a code or a linking coordinate', () => {
    const plans = [
      planFill('signup', { firstName: 'a', lastName: 'b' }, { today }),
      planFill('addMember', { member: { firstName: 'a', lastName: 'b', email: 'e', phone: 'p', language: 'en' }, subjects: ['Profil'] }, { today }),
      planFill('delegateEmployer', { member: { firstName: 'a', lastName: 'b' }, employer: { name: 'X' } }, { today }),
      planFill('modifyDetails', { member: { firstName: 'a', lastName: 'b', email: 'e', phone: 'p', phoneType: 'Cellulaire', language: 'fr' } }, { today }),
      planFill('newLinkingCode', { member: { firstName: 'a', lastName: 'b', email: 'e' } }, { today }),
      planFill('removeRelation', { member: { firstName: 'a', lastName: 'b' }, scope: 'relations', employers: ['X'] }, { today }),
    ];
    for (const label of plans.flatMap((p) => p.steps.flatMap((s) => s.label))) {
      expect(label).not.toMatch(/atteste|attest|mot de passe|password|conditions/i);
      if (!/Émettre|Issue a new/.test(label)) expect(label).not.toMatch(/code|liaison|linking/i);
    }
  });
});
