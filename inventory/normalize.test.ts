import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emailKey,
  fold,
  foldGeneralForTests,
  normalizePhone,
  numberKey,
  organisationKey,
  parseLanguage,
  parseOrganisation,
  parsePhoneType,
  personKey,
  personKeyOf,
} from './normalize';

describe('fold', () => {
  it.each([
    ['Éloïse Bérubé', 'eloise berube'],
    ['  CÔTÉ   Jean ', 'cote jean'],
    ['Main-d’œuvre', "main-d'oeuvre"],
    ['Æsop\u00a0Ltée', 'aesop ltee'],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => expect(fold(input)).toBe(expected));

  // The Latin-1 table path must give exactly what the general (normalize) path gives.
  const latin = fc.constantFrom(...'aZ -,.\'éÉèàçÇôœŒæÆ«»\u00a0\u00ad×ßøÐþÿ\t\n`´’\u0301\u200b\ud800\u0000Ω');
  it.each([
    ['French-like text', fc.string({ unit: latin, maxLength: 30 })],
    ['any text', fc.string({ unit: 'grapheme-composite', maxLength: 30 })],
    ['any UTF-16', fc.string({ unit: 'binary', maxLength: 30 })],
    ['long French-like text', fc.string({ unit: latin, minLength: 250, maxLength: 300 })],
  ])('agrees with the general path on %s', (_, arb) => {
    fc.assert(fc.property(arb, (s) => fold(s) === foldGeneralForTests(s)), { numRuns: 3000 });
  });
});

describe('personKey: the same person however the portal writes the name', () => {
  const rebecca = personKeyOf('Rebecca', 'Descotteaux-Laforce');
  it.each([
    'REBECCA DESCOTTEAUX-LAFORCE',
    'DESCOTTEAUX-LAFORCE, REBECCA',
    'Descotteaux-Laforce, Rébecca',
    'rebecca  descotteaux laforce',
    'DESCOTTEAUX LAFORCE Rebecca',
    ' Descotteaux–Laforce ,Rebecca ',
  ])('%j', (shown) => expect(personKey(shown)).toBe(rebecca));

  // Words in the order Array.prototype.sort() gives (the key's order before sorting by insertion).
  it('orders the words as sort() does', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abzAÉé-\' ,.\u00a0\ud800\uffff'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const name = words.join(' ');
        const reference = fold(name).split(/[\s,.'\-\u2010-\u2015_/]+/).filter((w) => w !== '').sort().join(' ');
        expect(personKey(name)).toBe(reference);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Rebecca Descotteaux', 'Rebecca Descotteaux-Laforce'],
    ['Jean Tremblay', 'Jeanne Tremblay'],
    ["Marc D'Amours", 'Marc Amours'],
  ])('%j is not %j', (a, b) => expect(personKey(a)).not.toBe(personKey(b)));
});

describe('organisations', () => {
  it.each([
    ['ENTREPRISE SHW INC. (123456)', { name: 'ENTREPRISE SHW INC.', number: '123456' }],
    ['Autorisations - 1001 - LAFORCE COMPTABLE INC.', { name: 'LAFORCE COMPTABLE INC.', number: '1001' }],
    ['Administratrice - 2002 - PLUMBERIE RICHARD BELANGER', { name: 'PLUMBERIE RICHARD BELANGER', number: '2002' }],
    ['PLUMBERIE RICHARD BELANGER', { name: 'PLUMBERIE RICHARD BELANGER', number: '' }],
    ['CONSTRUCTION ABC (QUÉBEC) INC.', { name: 'CONSTRUCTION ABC (QUÉBEC) INC.', number: '' }],
  ])('parseOrganisation(%j)', (cell, expected) => expect(parseOrganisation(cell)).toEqual(expected));

  it.each([
    ['ENTREPRISE SHW INC.', 'Entreprise SHW inc'],
    ['ENTREPRISE SHW INC. (123456)', 'entreprise shw inc.'],
    ['PLUMBERIE RICHARD BÉLANGER', 'Plumberie Richard Belanger'],
    ['Les Toitures D’Amours ltée', "LES TOITURES D'AMOURS LTEE"],
  ])('%j ≡ %j', (a, b) => expect(organisationKey(a)).toBe(organisationKey(b)));

  it.each([
    ['123456', '00123456'],
    ['123 456', '123-456'],
  ])('number %j ≡ %j', (a, b) => expect(numberKey(a)).toBe(numberKey(b)));

  it('keeps a lone zero', () => expect(numberKey('0')).toBe('0'));

  // The key as first written: folded, punctuation as spaces, one space between words.
  it.each([
    ['organisation-like text', fc.string({ unit: fc.constantFrom(...'aZé .,;-&()\'"_/\t\u00a0\u2003\u2013œ0123'), maxLength: 30 })],
    ['any UTF-16', fc.string({ unit: 'binary', maxLength: 30 })],
  ])('organisationKey on %s is the plain rule', (_, arb) => {
    fc.assert(
      fc.property(arb, (name) => {
        const plain = fold(parseOrganisation(name).name)
          .replace(/[.,;|'"\-\u2010-\u2015_/&()]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        expect(organisationKey(name)).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalizePhone', () => {
  it.each([
    ['514 555-1234', '514 555-1234', ''],
    ['(514) 555-1234', '514 555-1234', ''],
    ['514.555.1234', '514 555-1234', ''],
    ['+1 514 555 1234', '514 555-1234', ''],
    ['1-514-555-1234', '514 555-1234', ''],
    ['5145551234', '514 555-1234', ''],
    ['514 555-1234 poste 22', '514 555-1234', '22'],
    ['514-555-1234 ext. 7', '514 555-1234', '7'],
  ])('%j → %j', (raw, phone, extension) => expect(normalizePhone(raw)).toEqual({ phone, extension }));

  it.each(['555-1234', '514 555-12345', 'N/A', '=1+1', '', '2 514 555 1234'])('%j is refused', (raw) =>
    expect(normalizePhone(raw)).toBeNull(),
  );

  it('reads any value as the first, plainly written version did', () => {
    const EXT = /^(.*?)\s*(?:poste|post\.|p\.|ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
    const reference = (raw: string) => {
      let main = raw.trim();
      let extension = '';
      const ext = /[a-z#]/i.test(main) ? EXT.exec(main) : null;
      if (ext) [, main, extension] = ext as unknown as [string, string, string];
      if (!/^[\d\s().+\-\u2010-\u2015]*$/.test(main)) return null;
      let digits = main.replace(/\D/g, '');
      if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
      if (digits.length !== 10) return null;
      return { phone: `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`, extension };
    };
    const unit = fc.constantFrom(...'0123456789 -().+#xXpPostex\u00a0\u2013\t'.split(''), 'poste', 'ext.', '514', '555');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (raw) => {
        expect(normalizePhone(raw)).toEqual(reference(raw));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('labels', () => {
  it.each([
    ['Cellulaire', 'cell'],
    ['MOBILE', 'cell'],
    ['Bureau', 'work'],
    ['Résidence', 'home'],
    ['fax', undefined],
  ])('phone type %j → %j', (label, expected) => expect(parsePhoneType(label)).toBe(expected));

  it.each([
    ['Français', 'fr'],
    ['anglais', 'en'],
    ['English', 'en'],
    ['FR', 'fr'],
    ['espagnol', undefined],
  ])('language %j → %j', (label, expected) => expect(parseLanguage(label)).toBe(expected));

  it('compares emails without case or surrounding spaces', () => {
    expect(emailKey(' Rebecca@Laforce.CA ')).toBe(emailKey('rebecca@laforce.ca'));
  });
});
