import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClients, parseDate, parseRight, parseStatus, parseSubject, parseSubjects, splitOutsideBrackets } from './values';

describe('cells', () => {
  it.each([
    ['Chantier et conformité', 'Chantier et conformité'],
    ['CHANTIER ET CONFORMITE', 'Chantier et conformité'],
    ["Main-d'oeuvre", "Main-d'œuvre"],
    ['main d’œuvre', "Main-d'œuvre"],
    ['Monthly report', 'Rapport mensuel'],
    ['Payments and statements', 'Paiements et relevés'],
    ['Comptabilité', undefined],
  ])('subject %j → %j', (cell, subject) => expect(parseSubject(cell)).toBe(subject));

  it.each([
    ['Lecture', 'Lecture'],
    ['ÉCRITURE', 'Écriture'],
    ['write', 'Écriture'],
    ['L', 'Lecture'],
    ['admin', undefined],
  ])('right %j → %j', (cell, right) => expect(parseRight(cell)).toBe(right));

  it.each([
    ['Profil (Écriture)', '', [{ subject: 'Profil', right: 'Écriture' }]],
    ['Profil: E; Rapport mensuel = lecture', '', [{ subject: 'Profil', right: 'Écriture' }, { subject: 'Rapport mensuel', right: 'Lecture' }]],
    ["Main-d'œuvre - Écriture", '', [{ subject: "Main-d'œuvre", right: 'Écriture' }]],
    ["Main-d'œuvre", 'Écriture', [{ subject: "Main-d'œuvre", right: 'Écriture' }]],
    ['Profil | Paiements et relevés', 'Lecture; Écriture', [{ subject: 'Profil', right: 'Lecture' }, { subject: 'Paiements et relevés', right: 'Écriture' }]],
    // The same subject twice keeps the stronger right.
    ['Profil (Lecture), Profil (Écriture)', '', [{ subject: 'Profil', right: 'Écriture' }]],
  ])('subjects %j with rights %j', (subjects, rights, expected) => {
    const r = parseSubjects(subjects, rights);
    expect(r.subjects).toEqual(expected);
    expect([r.unknownSubjects, r.unknownRights, r.assumedRead, r.rightsCountMismatch]).toEqual([[], [], false, false]);
  });

  it('assumes « Lecture » when no right is given, and says so', () => {
    expect(parseSubjects('Profil')).toMatchObject({ subjects: [{ subject: 'Profil', right: 'Lecture' }], assumedRead: true });
  });

  it('reports what it did not understand', () => {
    expect(parseSubjects('Profil (Admin); Comptabilité', '')).toMatchObject({ unknownRights: ['Admin'], unknownSubjects: ['Comptabilité'] });
    expect(parseSubjects('Profil; Rapport mensuel; Main-d’œuvre', 'Lecture; Écriture')).toMatchObject({ rightsCountMismatch: true });
  });

  it.each([
    ['Code envoyé le 2026-01-15', { status: 'codeSent', date: '2026-01-15' }],
    ['code sent on 2026/1/5', { status: 'codeSent', date: '2026-01-05' }],
    ['Lié', { status: 'linked', date: '' }],
    ["Besoin d'aide", { status: 'needsHelp', date: '' }],
    ['Pas dans le portail', { status: 'notInPortal', date: '' }],
    ['Code à envoyer', { status: 'codeToSend', date: '' }],
    ['Details wrong', { status: 'detailsWrong', date: '' }],
    ['In portal', { status: 'inPortal', date: '' }],
    ['Code envoyé le 2026-02-30', undefined],
    ['En vacances', undefined],
  ])('status %j', (cell, expected) => expect(parseStatus(cell)).toEqual(expected));

  it.each([
    ['2026-01-15', '2026-01-15'],
    ['2026/1/5', '2026-01-05'],
    ['15/01/2026', undefined],
    ['2026-13-01', undefined],
    ['2026-01-15 et plus', undefined],
  ])('date %j → %j', (cell, expected) => expect(parseDate(cell)).toBe(expected));

  it('reads a clients cell by name, number, or both', () => {
    expect(parseClients('ENTREPRISE SHW INC. (123456); 234 567 | Toitures ABC, inc.\nPLOMBERIE X')).toEqual([
      { text: 'ENTREPRISE SHW INC. (123456)', name: 'ENTREPRISE SHW INC.', number: '123456' },
      { text: '234 567', name: '', number: '234567' },
      { text: 'Toitures ABC, inc.', name: 'Toitures ABC, inc.', number: '' },
      { text: 'PLOMBERIE X', name: 'PLOMBERIE X', number: '' },
    ]);
  });
});

describe('splitOutsideBrackets', () => {
  /** The rule, written plainly: split on separators outside brackets, trim each entry, drop the empty ones. */
  function reference(cell: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of cell) {
      if (ch === '[') depth++;
      else if (ch === ']') depth = Math.max(0, depth - 1);
      if (depth === 0 && ch !== ']' && ';|\n\r'.includes(ch)) {
        parts.push(current);
        current = '';
      } else current += ch;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter((p) => p !== '');
  }

  it('splits as the plain rule does, whatever the spaces and brackets', () => {
    const unit = fc.constantFrom(...'ab ;|[]\n\r\t\u00a0\u2003\ufeff(1)');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (cell) => {
        expect(splitOutsideBrackets(cell)).toEqual(reference(cell));
      }),
      { numRuns: 3000 },
    );
  });
});
