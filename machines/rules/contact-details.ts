/**
 * Contact details as the portal takes them: an email where the linking
 * coordinates will be sent, and a North American phone number written
 * `000 000-0000` (« Indicatif » +1 is a separate field).
 */

/**
 * Pragmatic email check: one @, a dotted domain, no spaces. Stricter checks
 * reject real addresses; this one only catches typing mistakes.
 */
export function isValidEmail(value: string): boolean {
  const v = value.trim();
  if (v.length > 254) return false;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v) && !v.includes('..');
}

/**
 * A phone number typed any usual way (514.352.1000, (514) 352-1000,
 * +1 514 352 1000) in the portal's `000 000-0000` form, or undefined when it
 * is not a 10-digit North American number.
 */
export function normalizePhone(value: string): string | undefined {
  let digits = value.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return undefined;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

export const isPortalPhone = (value: string): boolean => /^\d{3} \d{3}-\d{4}$/.test(value);
