/**
 * « Modifier les informations personnelles et les coordonnées d'un individu
 * autorisé ou d'un contact » — used to correct a member (step 5a) and to send
 * linking coordinates (step 6, with « Émettre un nouveau code de liaison »).
 */
import { isValidEmail, normalizePhone } from './contact-details';
import { isBlank, requireText, type Issue } from './issues';
import type { ModifyChoice } from './labels';

export interface ModifyRequest {
  /** « Individu autorisé ou contact dans ce profil » */
  contact: string;
  /** « Que désirez-vous modifier? » */
  changes: ModifyChoice[];
  /** New address, when changing it (where the linking coordinates go). */
  email: string;
  /** New main phone number, any usual notation. */
  phone: string;
  /** « Émettre un nouveau code de liaison » */
  issueNewCode: boolean;
}

export function checkModify(r: ModifyRequest): Issue[] {
  const issues: Issue[] = [];
  requireText(issues, 'contact', r.contact);
  // Submitting with nothing to change and no code to issue does nothing.
  if (r.changes.length === 0 && !r.issueNewCode) issues.push({ field: 'changes', code: 'chooseAtLeastOne' });
  if (!isBlank(r.email) && !isValidEmail(r.email)) issues.push({ field: 'email', code: 'emailInvalid' });
  if (!isBlank(r.phone) && normalizePhone(r.phone) === undefined) issues.push({ field: 'phone', code: 'phoneFormat' });
  return issues;
}

/** Step 6: the member and the valid address the portal will email their coordinates to. */
export interface LinkingCodeRequest {
  contact: string;
  email: string;
}

export function checkLinkingCode(r: LinkingCodeRequest): Issue[] {
  const issues: Issue[] = [];
  requireText(issues, 'contact', r.contact);
  if (isBlank(r.email)) issues.push({ field: 'email', code: 'required' });
  else if (!isValidEmail(r.email)) issues.push({ field: 'email', code: 'emailInvalid' });
  return issues;
}
