import { describe, expect, it } from 'vitest';
import {
  emailKey,
  fold,
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
