/**
 * What the assistant must never do on the portal, as predicates over the
 * visible label of a control. The person submits: attestations, « Soumettre »,
 * « Lier », « Créer mon compte » and « Valider le code » are theirs alone, and
 * passwords, one-time codes and linking coordinates are never read, stored or
 * filled.
 */

/** Labels compared the way people read them: no accents, case, required marks or extra spaces. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** « J'atteste que … » — every declaration checkbox is the person's own statement. */
export function isAttestation(label: string): boolean {
  const l = normalizeLabel(label);
  return /^(j'atteste|i (certify|attest|declare))\b/.test(l) || l.startsWith('declaration');
}

/** The assistant may tick a checkbox only when it is not an attestation. */
export const assistantMayTick = (label: string): boolean => !isAttestation(label);

/** Buttons that commit something in the person's name. */
export const FORBIDDEN_BUTTONS = ['Soumettre', 'Lier', 'Créer mon compte', 'Valider le code'] as const;

export function isForbiddenButton(label: string): boolean {
  const l = normalizeLabel(label);
  return FORBIDDEN_BUTTONS.some((b) => normalizeLabel(b) === l);
}

/**
 * Fields whose value is a secret: passwords, the one-time code, linking
 * coordinates. A checkbox is never a secret (« Émettre un nouveau code de
 * liaison » only asks the portal to send one).
 */
export function isSecretField(label: string, inputType = 'text'): boolean {
  if (inputType === 'checkbox' || inputType === 'radio') return false;
  if (inputType === 'password') return true;
  const l = normalizeLabel(label);
  return (
    /\b(mot de passe|password|usage unique|one-time|coordonnees de liaison|linking coordinates|code de liaison|linking code)\b/.test(
      l,
    ) || /^code\b/.test(l)
  );
}
