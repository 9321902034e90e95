import { describe, expect, it } from 'vitest';
import { checkAccountScreenOne, checkAccountScreenTwo, passwordsMatch, termsAccepted } from './account';

describe('account creation rules', () => {
  it.each([
    ['Secret-2026', 'Secret-2026', true],
    ['Secret-2026', 'secret-2026', false],
    ['Secret-2026', 'Secret-2026 ', false],
    ['', '', false],
  ])('passwordsMatch(%j, %j) = %s', (a, b, expected) => {
    expect(passwordsMatch(a, b)).toBe(expected);
  });

  it.each([
    [true, true],
    [false, false],
  ])('termsAccepted(%s) = %s', (checked, expected) => {
    expect(termsAccepted(checked)).toBe(expected);
  });

  it.each([
    [{ email: 'a@b.ca', password: 'x1', confirmation: 'x1' }, []],
    [{ email: 'a@b.ca', password: 'x1', confirmation: 'x2' }, [{ field: 'confirmation', code: 'passwordsDiffer' }]],
    [{ email: '', password: '', confirmation: '' }, [{ field: 'email', code: 'required' }, { field: 'password', code: 'required' }]],
    [{ email: 'a@b', password: 'x', confirmation: 'x' }, [{ field: 'email', code: 'emailInvalid' }]],
  ])('screen 1/2 %j', (values, issues) => {
    expect(checkAccountScreenOne(values)).toEqual(issues);
  });

  it.each([
    [{ firstName: 'Rebecca', lastName: 'Descotteaux-Laforce', termsAccepted: true }, []],
    [{ firstName: 'Rebecca', lastName: ' ', termsAccepted: true }, [{ field: 'lastName', code: 'required' }]],
    [{ firstName: 'Rebecca', lastName: 'D', termsAccepted: false }, [{ field: 'termsAccepted', code: 'termsNotAccepted' }]],
  ])('screen 2/2 %j', (values, issues) => {
    expect(checkAccountScreenTwo(values)).toEqual(issues);
  });
});
