import { describe, expect, it } from 'vitest';
import type { Client, Member, Need } from '../../inventory/schema';
import type { WorklistItem } from '../../inventory/worklist';
import { fillRequestFor, type Lookup } from './worklist-prefill';

const member: Member = {
  id: 'm1', firstName: 'Éric', lastName: 'Tremblay', email: 'eric@laforce.ca', phoneType: 'work', phone: '514 555-0101',
  language: 'fr', clientNumber: '', role: '', status: 'active' as Member['status'], codeSentOn: '', notes: '', updatedAt: 0,
};
const client: Client = { id: 'c1', name: 'ENTREPRISE SHW INC.', number: '1002345', served: true, updatedAt: 0 };
const needs: Need[] = [{ id: 'n1', memberId: 'm1', clientId: 'firm', subjects: [{ subject: 'Profil', right: 'Lecture' }, { subject: 'Profil', right: 'Écriture' }] }];
const find: Lookup = { member: (id) => (id === 'm1' ? member : undefined), client: (id) => (id === 'c1' ? client : undefined), needs: () => needs };
const item = (finding: WorklistItem['finding']) => ({ finding }) as WorklistItem;

describe('fillRequestFor', () => {
  it.each([
    ['memberMissing', { kind: 'memberMissing', key: 'k', memberId: 'm1' }, {
      form: 'addMember',
      record: { member: { firstName: 'Éric', lastName: 'Tremblay', language: 'fr', email: 'eric@laforce.ca', phone: '514 555-0101', phoneType: 'Travail' }, subjects: ['Profil'] },
    }],
    ['memberDetails', { kind: 'memberDetails', key: 'k', memberId: 'm1', contactName: 'x', differences: [{ field: 'email', inventory: 'a', portal: 'b' }] }, {
      form: 'modifyDetails',
      record: { member: { firstName: 'Éric', lastName: 'Tremblay', language: 'fr', email: 'eric@laforce.ca', phone: '514 555-0101', phoneType: 'Travail' } },
    }],
    ['authorizationMissing', { kind: 'authorizationMissing', key: 'k', memberId: 'm1', clientId: 'c1', missing: [{ subject: 'Paiements et relevés', right: 'Lecture' }, { subject: 'Paiements et relevés', right: 'Écriture' }] }, {
      form: 'delegateEmployer',
      record: { member: { firstName: 'Éric', lastName: 'Tremblay' }, employer: { name: 'ENTREPRISE SHW INC.', number: '1002345' }, subjects: ['Paiements et relevés'] },
    }],
    ['linkingCodeNotSent', { kind: 'linkingCodeNotSent', key: 'k', memberId: 'm1' }, {
      form: 'newLinkingCode', record: { member: { firstName: 'Éric', lastName: 'Tremblay', email: 'eric@laforce.ca' } },
    }],
  ])('%s', (_kind, finding, expected) => {
    expect(fillRequestFor(item(finding as WorklistItem['finding']), find)).toEqual(expected);
  });

  it.each([
    ['relationMissing', { kind: 'relationMissing', key: 'k', clientId: 'c1', inactive: false }],
    ['relationNotServed', { kind: 'relationNotServed', key: 'k', organisation: 'X', clientId: '' }],
    ['contactNotMember', { kind: 'contactNotMember', key: 'k', contactName: 'X', contactEmail: '' }],
    ['an unknown member', { kind: 'linkingCodeNotSent', key: 'k', memberId: 'gone' }],
    ["the firm's own subjects", { kind: 'authorizationMissing', key: 'k', memberId: 'm1', clientId: 'firm', missing: [{ subject: 'Profil', right: 'Lecture' }] }],
  ])('no prefill for %s', (_name, finding) => {
    expect(fillRequestFor(item(finding as WorklistItem['finding']), find)).toBeUndefined();
  });
});
