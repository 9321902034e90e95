/**
 * Dates the responsable types (`<input type="date">` gives `YYYY-MM-DD`),
 * written out the way each language writes them in a letter.
 */
import type { Language } from '../i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of an ISO date, or undefined when it is not a real day. */
export function parseIsoDate(iso: string | undefined): Date | undefined {
  const m = iso ? ISO_DATE.exec(iso.trim()) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Rejects 2026-02-30, which Date would roll over to March.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** « 1er mars 2026 », « 15 mars 2026 »; "March 15, 2026". UTC so no time zone shifts the day. */
export function formatLetterDate(iso: string | undefined, lang: Language): string | undefined {
  const date = parseIsoDate(iso);
  if (!date) return undefined;
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' });
  return format
    .formatToParts(date)
    .map((part) => (lang === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** Problems worth telling the responsable before the announcement goes out. */
export function dateProblems(launch: string | undefined, deadline: string | undefined): string[] {
  const problems: string[] = [];
  if (launch && !parseIsoDate(launch)) problems.push('kit.announcement.errors.launchDate');
  if (deadline && !parseIsoDate(deadline)) problems.push('kit.announcement.errors.deadline');
  const l = parseIsoDate(launch);
  const d = parseIsoDate(deadline);
  if (l && d && d < l) problems.push('kit.announcement.errors.deadlineBeforeLaunch');
  return problems;
}
