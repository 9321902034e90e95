/**
 * The row planner on generated spreadsheets, hostile cells included: it never
 * throws, every row it accepts holds a member the schema accepts, and nothing
 * leaks into prototypes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Member, Need } from '../schema';
import { IMPORT_FIELDS, guessMapping, type ImportField } from './columns';
import { ERROR_CODES, needsOf, planImport } from './plan';

const HEADERS: Record<ImportField, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  fullName: 'Nom complet',
  email: 'Courriel',
  phone: 'Téléphone',
  phoneType: 'Type de téléphone',
  language: 'Langue',
  clientNumber: 'N° client CCQ',
  role: 'Fonction',
  status: 'Statut',
  codeSentOn: 'Code envoyé le',
  notes: 'Notes',
  clients: 'Clients',
  subjects: 'Sujets autorisés',
  rights: 'Droit',
  firmSubjects: 'Sujets de la firme',
};

const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '=1+1',
    '+cmd',
    '-2',
    '@SUM(A1)',
    '\u202eevil',
    '\u0000',
    '\ud800',
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    'Profil (Écriture); Rapport mensuel',
    'ENTREPRISE SHW INC. (123456); 234567',
    'Code envoyé le 2026-01-15',
    'jean@laforce.example',
    '514 555-0100',
    'x'.repeat(6000),
  ),
);

const sheet = fc
  .record({
    fields: fc.uniqueArray(fc.constantFrom(...IMPORT_FIELDS), { minLength: 1, maxLength: 10 }),
    extraHeaders: fc.array(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ''), { maxLength: 2 }),
    rows: fc.array(fc.array(hostile, { minLength: 0, maxLength: 13 }), { maxLength: 12 }),
  })
  .map(({ fields, extraHeaders, rows }) => [[...fields.map((f) => HEADERS[f]), ...extraHeaders], ...rows]);

describe('planImport on generated spreadsheets', () => {
  it('never throws, and every accepted row holds a valid member and valid needs', () => {
    fc.assert(
      fc.property(sheet, (table) => {
        const { mapping } = guessMapping(table[0]!);
        const plan = planImport(table, mapping, { members: [], clients: [] }, { now: 1 });
        for (const row of plan.rows) {
          expect(row.valid).toBe(!row.issues.some((i) => ERROR_CODES.has(i.code)));
          if (!row.valid) continue;
          expect(Member.safeParse(row.member).success, JSON.stringify(row.member)).toBe(true);
          for (const n of needsOf(row)) expect(Need.safeParse(n).success).toBe(true);
        }
        expect(plan.counts.valid + plan.counts.invalid).toBe(plan.rows.length);
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(({} as Record<string, unknown>).constructor).toBe(Object);
      }),
      { numRuns: 2000 },
    );
  });
});
