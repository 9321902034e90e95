import { describe, expect, it } from 'vitest';
import { isPortalPhone, isValidEmail, normalizePhone } from './contact-details';

describe('email', () => {
  it.each([
    ['rebecca@laforce-comptable.ca', true],
    ['r.descotteaux+ccq@mon-1001.com', true],
    ['  padded@exemple.qc.ca  ', true],
    ['exemple@courriel.com', true],
    ['rfu@desrosiers-1000@gmail.com', false],
    ['no-at-sign.ca', false],
    ['nodomain@', false],
    ['user@localhost', false],
    ['two..dots@x.ca', false],
    ['space in@x.ca', false],
    ['user@x..ca', false],
    ['', false],
  ])('isValidEmail(%j) = %s', (value, expected) => {
    expect(isValidEmail(value)).toBe(expected);
  });
});

describe('phone', () => {
  it.each([
    ['514.352.1000', '514 352-1000'],
    ['(514) 352-1000', '514 352-1000'],
    ['+1 450 752 1000', '450 752-1000'],
    ['1-819-555-0199', '819 555-0199'],
    ['000 000-0000', '000 000-0000'],
    ['352-1000', undefined],
    ['+33 1 23 45 67 89', undefined],
    ['', undefined],
  ])('normalizePhone(%j) = %j', (value, expected) => {
    expect(normalizePhone(value)).toBe(expected);
  });

  it.each([
    ['514 352-1000', true],
    ['514-352-1000', false],
    ['5143521000', false],
  ])('isPortalPhone(%j) = %s', (value, expected) => {
    expect(isPortalPhone(value)).toBe(expected);
  });
});
