/**
 * « Ajouter une relation ou des sujets autorisés à un contact »: one portal form
 * used by step 4 (add a missing member) and step 5 (delegate an employer's
 * authorizations to a member).
 */
import { checkRelationDates, DEFAULT_END_DATE, today } from './dates';
import { isValidEmail } from './contact-details';
import { requireText, type Issue } from './issues';
import { OTHER_ORGANISATION, type RelationTarget, type RelationToAdd, type SubjectToAdd } from './labels';

export interface AddRelationRequest {
  /** « Le contact n'existe pas »: the person is not yet a contact of the organisation. */
  contactDoesNotExist: boolean;
  /** « Contact dans ce profil », when the contact already exists. */
  contact: string;
  /** Personal information of a new contact. */
  firstName: string;
  lastName: string;
  email: string;
  /** CCQ client number, if the member already has one (the portal checks for duplicates). */
  clientNumber: string;
  /** « À qui désirez-vous ajouter une relation? » */
  target: RelationTarget | '';
  /** « Choisir l'organisation en relation », when the target is another organisation. */
  organisation: string;
  /** « Choisir la relation à ajouter » */
  relation: RelationToAdd | '';
  startDate: string;
  endDate: string;
  subjects: SubjectToAdd[];
}

/** A request as the portal opens it: start today, no end, nothing chosen. */
export function emptyAddRelation(now: Date = new Date()): AddRelationRequest {
  return {
    contactDoesNotExist: false,
    contact: '',
    firstName: '',
    lastName: '',
    email: '',
    clientNumber: '',
    target: '',
    organisation: '',
    relation: '',
    startDate: today(now),
    endDate: DEFAULT_END_DATE,
    subjects: [],
  };
}

/** Ticking « Le contact n'existe pas » makes the new contact's personal details required. */
export const personalDetailsRequired = (r: Pick<AddRelationRequest, 'contactDoesNotExist'>): boolean =>
  r.contactDoesNotExist;

/** Choosing « Une autre organisation » makes « Choisir l'organisation en relation » required. */
export const organisationRequired = (r: Pick<AddRelationRequest, 'target'>): boolean => r.target === OTHER_ORGANISATION;

/** The checks every use of the form shares. */
export function checkAddRelation(r: AddRelationRequest): Issue[] {
  const issues: Issue[] = [];
  if (personalDetailsRequired(r)) {
    requireText(issues, 'firstName', r.firstName);
    requireText(issues, 'lastName', r.lastName);
    // The new contact's linking coordinates are sent to this address.
    if (r.email.trim() === '') issues.push({ field: 'email', code: 'required' });
    else if (!isValidEmail(r.email)) issues.push({ field: 'email', code: 'emailInvalid' });
  } else {
    requireText(issues, 'contact', r.contact);
  }
  if (organisationRequired(r)) requireText(issues, 'organisation', r.organisation);
  issues.push(...checkRelationDates(r.startDate, r.endDate));
  return issues;
}

/** Step 4: a new member needs the relation « Membre du personnel » (or « Personne responsable »). */
export function checkNewMember(r: AddRelationRequest): Issue[] {
  const issues = checkAddRelation(r);
  if (r.relation === '') issues.push({ field: 'relation', code: 'required' });
  return issues;
}

/** Step 5: delegating means saying to whom — normally « Une autre organisation », the employer. */
export function checkDelegation(r: AddRelationRequest): Issue[] {
  const issues = checkAddRelation(r);
  if (r.target === '' || r.target === '- Aucun -') issues.push({ field: 'target', code: 'required' });
  return issues;
}
