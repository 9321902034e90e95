import { describe, expect, it } from 'vitest';
import { checkRelationDates, DEFAULT_END_DATE, endNotBeforeStart, isIsoDate, today } from './dates';

describe('dates', () => {
  it('default end is the portal\'s "no end" date', () => {
    expect(DEFAULT_END_DATE).toBe('9999-12-31');
  });

  it.each([
    [new Date(2026, 0, 5, 9), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(2025, 9, 27, 0, 0), '2025-10-27'],
  ])('today(%s) = %s (local day, zero padded)', (now, expected) => {
    expect(today(now)).toBe(expected);
  });

  it.each([
    ['2026-01-31', true],
    ['9999-12-31', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['26-01-05', false],
    ['2026/01/05', false],
    ['05-01-2026', false],
    [' 2026-01-05', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '9999-12-31', true],
    ['2026-01-02', '2026-01-01', false],
  ])('end %s ≥ start %s: %s', (start, end, expected) => {
    expect(endNotBeforeStart(start, end)).toBe(expected);
  });

  it.each([
    ['2026-01-05', '9999-12-31', []],
    ['2026-01-05', '', []],
    ['2026-01-05', '2026-01-04', [{ field: 'endDate', code: 'endBeforeStart' }]],
    ['2026-1-5', '9999-12-31', [{ field: 'startDate', code: 'dateFormat' }]],
    ['2026-01-05', '31/12/9999', [{ field: 'endDate', code: 'dateFormat' }]],
    ['', 'x', [{ field: 'startDate', code: 'dateFormat' }, { field: 'endDate', code: 'dateFormat' }]],
  ])('checkRelationDates(%j, %j)', (start, end, issues) => {
    expect(checkRelationDates(start, end)).toEqual(issues);
  });
});
