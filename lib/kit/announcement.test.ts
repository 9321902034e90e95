import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnnouncement } from './announcement';
import { dateProblems, formatLetterDate, parseIsoDate } from './dates';
import { RESPONSABLE } from './fixtures';
import { kitTranslators, type Translators } from './translate';

let tr: Translators;
beforeAll(async () => {
  tr = await kitTranslators();
});

const input = {
  sender: { ...RESPONSABLE, firmName: 'LAFORCE COMPTABLE INC.' },
  launchDate: '2026-03-01',
  deadline: '2026-03-27',
};

describe('announcement', () => {
  it.each(['fr', 'en'] as const)('reads the same as last time in %s', (lang) => {
    const a = buildAnnouncement(input, lang, tr[lang]);
    expect(`${a.subject}\n\n${a.body}`).toMatchSnapshot();
  });

  it.each(['fr', 'en'] as const)('reads well with no dates and no details (%s)', (lang) => {
    const a = buildAnnouncement({ sender: {} }, lang, tr[lang]);
    expect(`${a.subject}\n\n${a.body}`).toMatchSnapshot();
    expect(a.body).not.toMatch(/\{\{|kit\./);
  });

  it('writes the dates the responsable entered, per language', () => {
    expect(buildAnnouncement(input, 'fr', tr.fr).body).toContain('1er mars 2026');
    expect(buildAnnouncement(input, 'fr', tr.fr).body).toContain('27 mars 2026');
    expect(buildAnnouncement(input, 'en', tr.en).body).toContain('March 1, 2026');
    expect(buildAnnouncement(input, 'en', tr.en).body).toContain('March 27, 2026');
  });

  it('drops the deadline sentence when there is no deadline', () => {
    const withDeadline = buildAnnouncement(input, 'fr', tr.fr).body;
    const without = buildAnnouncement({ ...input, deadline: undefined }, 'fr', tr.fr).body;
    expect(withDeadline).toContain(tr.fr('kit.announcement.text.deadline', { date: '27 mars 2026' }));
    expect(without).not.toContain('27 mars');
  });

  it('names the responsable as first contact, with their details', () => {
    const body = buildAnnouncement(input, 'en', tr.en).body;
    expect(body).toContain(`${RESPONSABLE.email} · ${RESPONSABLE.phone}`);
    expect(body.trimEnd().endsWith(`${RESPONSABLE.name}\nLAFORCE COMPTABLE INC.`)).toBe(true);
  });
});

describe('letter dates', () => {
  it.each([
    ['2026-03-01', 'fr', '1er mars 2026'],
    ['2026-03-15', 'fr', '15 mars 2026'],
    ['2026-12-31', 'fr', '31 décembre 2026'],
    ['2026-03-01', 'en', 'March 1, 2026'],
    ['2026-12-31', 'en', 'December 31, 2026'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatLetterDate(iso, lang)).toBe(expected);
  });

  it.each(['', '2026-02-30', '2026-13-01', '01/03/2026', 'demain'])('refuses %j', (bad) => {
    expect(parseIsoDate(bad)).toBeUndefined();
    expect(formatLetterDate(bad, 'fr')).toBeUndefined();
  });

  it('warns about impossible dates and a deadline before launch', () => {
    expect(dateProblems('2026-03-01', '2026-03-27')).toEqual([]);
    expect(dateProblems(undefined, undefined)).toEqual([]);
    expect(dateProblems('2026-03-27', '2026-03-01')).toEqual(['kit.announcement.errors.deadlineBeforeLaunch']);
    expect(dateProblems('2026-02-30', '2026-03-01')).toEqual(['kit.announcement.errors.launchDate']);
  });
});
