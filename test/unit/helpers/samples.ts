/** Valid answers to the in-chat forms, as the forms send them. */
import { emptyAddRelation, type AddRelationRequest } from '../../../machines/rules/add-relation';
import type { RemovalRequest } from '../../../machines/rules/remove-relation';
import type { LinkingCodeRequest, ModifyRequest } from '../../../machines/rules/modify-contact';

export const NOW = new Date(2026, 0, 12, 10);

export const newMember: AddRelationRequest = {
  ...emptyAddRelation(NOW),
  contactDoesNotExist: true,
  firstName: 'Luc',
  lastName: 'Tremblay',
  email: 'luc.tremblay@laforce-comptable.ca',
  clientNumber: '123456',
  relation: 'Membre du personnel',
  subjects: ['Paiements et relevés'],
};

export const delegation: AddRelationRequest = {
  ...emptyAddRelation(NOW),
  contact: 'REBECCA DESCOTTEAUX-LAFORCE',
  target: 'Une autre organisation',
  organisation: 'ENTREPRISE SHW INC.',
};

export const modification: ModifyRequest = {
  contact: 'Luc Tremblay',
  changes: ['Coordonnées de communication'],
  email: 'luc@laforce-comptable.ca',
  phone: '514.352.1000',
  issueNewCode: true,
};

export const removal = (scope: RemovalRequest['scope']): RemovalRequest => ({
  contact: 'Martin-Robert Desrosiers',
  scope,
  relations: ['ENTREPRISE SHW INC.'],
  subjects: ['Rapport mensuel'],
});

export const linkingCode: LinkingCodeRequest = { contact: 'Luc Tremblay', email: 'luc@laforce-comptable.ca' };

/** Payload events the traversal cannot invent, per machine. */
export const PAYLOAD_EVENTS: Record<string, { type: string; [k: string]: unknown }[]> = {
  addMember: [{ type: 'form.submitted', values: newMember }],
  delegate: [{ type: 'form.submitted', values: delegation }],
  modify: [{ type: 'form.submitted', values: modification }],
  remove: [
    { type: 'form.submitted', values: removal('Toutes les relations') },
    { type: 'form.submitted', values: removal('Une ou plusieurs relation(s)') },
    { type: 'form.submitted', values: removal('Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation') },
  ],
  sendLinkingCodes: [{ type: 'form.submitted', values: linkingCode }],
};
