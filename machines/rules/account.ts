/**
 * « Création du compte »: the two screens' rules. Passerelle never stores or
 * fills a password; these checks exist so a helper on the page can say *why*
 * « Suivant » or « Créer mon compte » would be refused, from values it reads
 * and forgets at once.
 */
import { isBlank, type Issue } from './issues';
import { isValidEmail } from './contact-details';

/** « Mot de passe » and « Confirmez le mot de passe » must be the same, and not empty. */
export const passwordsMatch = (password: string, confirmation: string): boolean =>
  password !== '' && password === confirmation;

/** « J'ai lu et j'approuve les conditions d'utilisation. » is required — and the person's to tick. */
export const termsAccepted = (checked: boolean): boolean => checked === true;

export interface AccountScreenOne {
  email: string;
  password: string;
  confirmation: string;
}

export function checkAccountScreenOne(v: AccountScreenOne): Issue[] {
  const issues: Issue[] = [];
  if (isBlank(v.email)) issues.push({ field: 'email', code: 'required' });
  else if (!isValidEmail(v.email)) issues.push({ field: 'email', code: 'emailInvalid' });
  if (v.password === '') issues.push({ field: 'password', code: 'required' });
  else if (!passwordsMatch(v.password, v.confirmation)) issues.push({ field: 'confirmation', code: 'passwordsDiffer' });
  return issues;
}

export interface AccountScreenTwo {
  firstName: string;
  lastName: string;
  termsAccepted: boolean;
}

export function checkAccountScreenTwo(v: AccountScreenTwo): Issue[] {
  const issues: Issue[] = [];
  if (isBlank(v.firstName)) issues.push({ field: 'firstName', code: 'required' });
  if (isBlank(v.lastName)) issues.push({ field: 'lastName', code: 'required' });
  if (!termsAccepted(v.termsAccepted)) issues.push({ field: 'termsAccepted', code: 'termsNotAccepted' });
  return issues;
}
