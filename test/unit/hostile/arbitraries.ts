/**
 * Hostile text for the fuzz suites: what a spreadsheet, a web page or a
 * forged message can carry. Lone surrogates, NUL and other controls,
 * right-to-left marks, spreadsheet formula prefixes, prototype keys, markup,
 * and strings large enough to hit every length limit.
 */
import fc from 'fast-check';

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const SPECIMENS = [
  '\ud800',
  'a\udfffb',
  '\u0000',
  'x\u0000y',
  '\u202eevil\u202c',
  '\u200f\u061c\u200e',
  '=1+1',
  '+cmd|/C calc',
  '-2+3',
  '@SUM(A1)',
  '\t=HYPERLINK("x")',
  "'=1",
  ...PROTOTYPE_KEYS,
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"; DROP TABLE',
  '\ufeff',
  '\r\n',
  '""',
  'Ω≈ç√',
  'Éloïse Bérubé',
  'jean@laforce.example',
  '514 555-0100',
  'Code envoyé le 2026-01-15',
  'Profil (Écriture); Rapport mensuel',
  'ENTREPRISE SHW INC. (123456); 234567 [Profil: E]',
];

/** One hostile cell: generated text of any kind, or a specimen, alone or followed by noise. */
export const hostileText = (maxLength = 30) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength }) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 4, arbitrary: fc.constantFrom(...SPECIMENS) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SPECIMENS), fc.string({ unit: 'binary', maxLength: 8 })).map(([a, b]) => a + b) },
  );

/** Strings past every length limit (cells, names, notes, message fields). Use sparingly: one per case keeps runs fast. */
export const hugeText = fc.constantFrom('x'.repeat(6000), '\ud800'.repeat(3000), `${'é'.repeat(20_000)}@x.example`);
