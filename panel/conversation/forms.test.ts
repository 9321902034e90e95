import { describe, expect, it } from 'vitest';
import { FORMS, visibleFields } from './forms';
import { NOW } from '../../test/unit/helpers/samples';
import type { Draft } from '../../machines/persistence';

const names = (id: keyof typeof FORMS, d: Draft) => visibleFields(FORMS[id], { ...FORMS[id].initial(NOW), ...d }).map((f) => f.name);
const issues = (id: keyof typeof FORMS, d: Draft) =>
  FORMS[id].read({ ...FORMS[id].initial(NOW), ...d }).issues.map((i) => `${i.field}:${i.code}`);

describe('in-chat forms', () => {
  it.each<[keyof typeof FORMS, Draft, string[]]>([
    ['newMember', {}, ['contactDoesNotExist', 'firstName', 'lastName', 'email', 'clientNumber', 'relation', 'startDate', 'endDate', 'subjects']],
    ['newMember', { contactDoesNotExist: false }, ['contactDoesNotExist', 'contact', 'relation', 'startDate', 'endDate', 'subjects']],
    ['delegation', {}, ['contact', 'target', 'organisation', 'startDate', 'endDate']],
    ['delegation', { target: 'Mon organisation' }, ['contact', 'target', 'startDate', 'endDate']],
    ['modification', {}, ['contact', 'changes', 'issueNewCode']],
    ['modification', { changes: ['Coordonnées de communication'] }, ['contact', 'changes', 'email', 'phone', 'issueNewCode']],
    ['removal', {}, ['contact', 'scope']],
    ['removal', { scope: 'Toutes les relations' }, ['contact', 'scope']],
    ['removal', { scope: 'Une ou plusieurs relation(s)' }, ['contact', 'scope', 'relations']],
    ['removal', { scope: 'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation' }, ['contact', 'scope', 'relations', 'subjects']],
    ['linkingCode', {}, ['contact', 'email']],
  ])('%s with %j shows %j', (id, draft, shown) => {
    expect(names(id, draft)).toEqual(shown);
  });

  it.each<[keyof typeof FORMS, Draft, string[]]>([
    ['newMember', {}, ['firstName:required', 'lastName:required', 'email:required']],
    ['newMember', { firstName: 'Luc', lastName: 'Tremblay', email: 'luc@laforce.ca' }, []],
    ['newMember', { firstName: 'Luc', lastName: 'Tremblay', email: 'luc@laforce.ca', endDate: '2020-01-01' }, ['endDate:endBeforeStart']],
    ['newMember', { firstName: 'Luc', lastName: 'Tremblay', email: 'luc@laforce.ca', relation: 'Patron' }, ['relation:required']],
    ['delegation', { contact: 'Luc' }, ['organisation:required']],
    ['delegation', { contact: 'Luc', organisation: 'ENTREPRISE SHW INC.', startDate: '12-01-2026' }, ['startDate:dateFormat']],
    ['delegation', { contact: 'Luc', target: '' }, ['target:required']],
    ['modification', { contact: 'Luc' }, ['changes:chooseAtLeastOne']],
    ['modification', { contact: 'Luc', changes: ['Coordonnées de communication'], phone: '352-1000' }, ['phone:phoneFormat']],
    ['modification', { contact: 'Luc', issueNewCode: true }, []],
    ['removal', { contact: 'Luc' }, ['scope:required']],
    ['removal', { contact: 'Luc', scope: 'Une ou plusieurs relation(s)', relations: '\n  \n' }, ['relations:chooseAtLeastOne']],
    ['removal', { contact: 'Luc', scope: 'Une ou plusieurs relation(s)', relations: 'ENTREPRISE SHW INC.\nPLUMBERIE RICHARD BELANGER' }, []],
    ['removal', { contact: 'Luc', scope: 'Détruire' }, ['scope:required']],
    ['linkingCode', { contact: 'Luc', email: 'luc@laforce.ca' }, []],
    ['linkingCode', { contact: 'Luc', email: 'luc@@laforce.ca' }, ['email:emailInvalid']],
  ])('%s with %j → %j', (id, draft, expected) => {
    expect(issues(id, draft)).toEqual(expected);
  });

  it('the answer said in the transcript names the member', () => {
    const { request } = FORMS.removal.read({ contact: ' Luc ', scope: 'Toutes les relations' });
    expect(FORMS.removal.summary(request as never)).toEqual({ name: 'Luc', scope: 'Toutes les relations' });
    const added = FORMS.newMember.read({ ...FORMS.newMember.initial(NOW), firstName: 'Luc', lastName: 'Tremblay', email: 'l@x.ca' });
    expect(FORMS.newMember.summary(added.request as never)).toEqual({ name: 'Luc Tremblay', relation: 'Membre du personnel' });
  });

  it('no form field asks for a password, a code or linking coordinates', async () => {
    const { isSecretField } = await import('../../machines/rules/never');
    const fr = (await import('../../locales/fr.json')).default as { chat: { form: { fields: Record<string, string> } } };
    for (const form of Object.values(FORMS)) {
      for (const f of form.fields) {
        const label = fr.chat.form.fields[f.labelKey.split('.').at(-1)!]!;
        expect(isSecretField(label, f.kind === 'checkbox' ? 'checkbox' : 'text'), `${form.id}.${f.name}`).toBe(false);
      }
    }
  });
});
