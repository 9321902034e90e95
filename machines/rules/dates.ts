/**
 * Dates on the portal's relation forms: text in `YYYY-MM-DD`. The start date
 * defaults to today and the end date to `9999-12-31` (no end), and an end may
 * not come before its start.
 */
import type { Issue } from './issues';

export type IsoDate = string;

/** The portal's "no end" date: leave it unless there is an exception. */
export const DEFAULT_END_DATE: IsoDate = '9999-12-31';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the person's own time zone (the portal shows local dates). */
export function today(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const defaultStartDate = today;

/** Exactly `YYYY-MM-DD` and a real calendar day (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** ISO dates sort as text, so comparing strings is comparing days. */
export const endNotBeforeStart = (start: IsoDate, end: IsoDate): boolean => end >= start;

/** Both dates well formed and in order; an empty end means the default. */
export function checkRelationDates(start: string, end: string): Issue[] {
  const issues: Issue[] = [];
  const effectiveEnd = end.trim() === '' ? DEFAULT_END_DATE : end.trim();
  if (!isIsoDate(start.trim())) issues.push({ field: 'startDate', code: 'dateFormat' });
  if (!isIsoDate(effectiveEnd)) issues.push({ field: 'endDate', code: 'dateFormat' });
  if (issues.length === 0 && !endNotBeforeStart(start.trim(), effectiveEnd)) {
    issues.push({ field: 'endDate', code: 'endBeforeStart' });
  }
  return issues;
}
