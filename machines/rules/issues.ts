/**
 * What a rule reports when a value is not acceptable: which field, and a code.
 * Codes, not sentences: the panel turns `code` into `chat.errors.<code>` in the
 * person's language, and other callers (portal prefill) can map them their way.
 */
export type IssueCode =
  | 'required'
  | 'emailInvalid'
  | 'dateFormat'
  | 'endBeforeStart'
  | 'passwordsDiffer'
  | 'termsNotAccepted'
  | 'phoneFormat'
  | 'chooseAtLeastOne';

export interface Issue {
  field: string;
  code: IssueCode;
}

/** Every issue code, for tests and for the locale convention check. */
export const ISSUE_CODES: readonly IssueCode[] = [
  'required',
  'emailInvalid',
  'dateFormat',
  'endBeforeStart',
  'passwordsDiffer',
  'termsNotAccepted',
  'phoneFormat',
  'chooseAtLeastOne',
];

/** A value a person left empty (spaces only count as empty). */
export const isBlank = (value: string | undefined | null): boolean => !value || value.trim() === '';

export function requireText(issues: Issue[], field: string, value: string | undefined): void {
  if (isBlank(value)) issues.push({ field, code: 'required' });
}
