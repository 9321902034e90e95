/**
 * Text comparison the way a person reads a label: case, accents, typographic
 * apostrophes, required markers and surrounding punctuation do not matter.
 */

const MARKERS = /\((?:obligatoire|requis|required|facultatif|optional)\)|\*/g;

export function norm(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[’‘`´]/g, "'")
    .replace(MARKERS, ' ')
    .replace(/[^a-z0-9'@.,()&/+-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:?.,]+$/, '');
}

export const words = (text: string): string[] => norm(text).split(/[\s'(),./-]+/).filter(Boolean);

/**
 * 2: same label; 1: every word wanted is in the candidate (extra words allowed:
 * « Nom » finds « Nom de famille »); 0: no match.
 */
export function labelScore(candidate: string, wanted: string): 0 | 1 | 2 {
  const c = norm(candidate);
  const w = norm(wanted);
  if (!c || !w) return 0;
  if (c === w) return 2;
  const have = new Set(words(c));
  return words(w).every((x) => have.has(x)) ? 1 : 0;
}
