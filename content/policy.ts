/**
 * What the extension must never touch, enforced here for every step whatever
 * the plan says: passwords, one-time codes, linking coordinates, attestations,
 * and the buttons that only the person presses.
 */
import { textOf } from './dom';
import { norm } from './text';

const SECRET_LABEL = /\b(mot de passe|password|code|liaison|linking|passcode|nip|pin)\b/;
const ATTESTATION = /\b(j'atteste|atteste|attest|certifie|certify|conditions d'utilisation|terms of use|declare)\b/;
const SECRET_FORM = /coordonnees de liaison|liaison d'un profil|linking|code de validation|validation code|mot de passe/;
const PERSON_ONLY = /^(soumettre|submit|lier|link|creer mon compte|create my account|valider le code|validate the code|connexion|sign in|suivant|next|envoyer|send)$/;

const isCheck = (el: Element) => (el as HTMLInputElement).type === 'checkbox' || el.getAttribute('role') === 'checkbox' || el.getAttribute('role') === 'switch';

/** True when filling `el` (labelled `label`) is forbidden. */
export function forbiddenField(el: Element, label: string): boolean {
  const input = el as HTMLInputElement;
  if (input.type === 'password') return true;
  if (/one-time-code|password/.test(input.autocomplete ?? el.getAttribute('autocomplete') ?? '')) return true;
  const l = norm(label);
  if (isCheck(el)) {
    if (ATTESTATION.test(l)) return true;
  } else if ((input.type !== 'radio' && el.getAttribute('role') !== 'radio') && SECRET_LABEL.test(l)) {
    return true;
  }
  // A whole form that holds linking coordinates or a code is off limits.
  const form = el.closest('form,[role=form],section,main');
  const heading = form?.querySelector('h1,h2,legend');
  return !!heading && SECRET_FORM.test(norm(textOf(heading)));
}

/** True when pressing `el` could submit, link, create the account or validate a code. */
export function personOnly(el: Element): boolean {
  const button = el.closest('button,a,[role=button],input[type=submit],input[type=button]');
  if (!button) return false;
  if ((button as HTMLButtonElement).type === 'submit' && button.tagName !== 'A') return true;
  return PERSON_ONLY.test(norm(textOf(button) || (button as HTMLInputElement).value || button.getAttribute('aria-label')));
}
