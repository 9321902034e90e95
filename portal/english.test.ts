import { describe, expect, it } from 'vitest';
import { FORM_TITLES, planFill } from '../content/plans';
import { LIST_TABS } from '../content/lists';
import { TARGETS } from '../content/targets';
import { norm } from '../content/text';
import { ENGLISH } from './english';

/** Every [French, English] pair Passerelle looks for: the English copy must show that very English. */
const pairs: [string, string][] = [
  ...Object.values(TARGETS).filter((w) => w.length > 1).map((w) => [w[0], w[1]] as [string, string]),
  ...Object.values(LIST_TABS).map((w) => [w[0]!, w[1]!] as [string, string]),
  ...Object.values(FORM_TITLES).map((w) => [w[0], w[1]] as [string, string]),
];

/** Shown in French on the English copy too: « Profil » is also an authorized subject, data that stays as is. */
const KEPT_FRENCH = new Set(['Profil']);

describe('the training copy in English shows the words Passerelle looks for', () => {
  it('keeps « Profil » French (the agent then finds it by its French words)', () => {
    for (const fr of KEPT_FRENCH) expect(ENGLISH[fr]).toBeUndefined();
  });

  it.each(pairs.filter(([fr]) => !KEPT_FRENCH.has(fr)))('« %s » → "%s"', (fr, en) => {
    // Form headings are in capitals on screen; the agent compares without case.
    const shown = ENGLISH[fr] ?? ENGLISH[fr.toUpperCase()];
    expect(shown && norm(shown)).toBe(norm(en));
  });

  it('prefill labels: each English label a plan carries is the copy’s English for its French label', () => {
    const today = '2026-12-01';
    const plans = [
      planFill('addMember', { member: { firstName: 'a', lastName: 'b', email: 'a@b.c', phone: '514 555-0000', language: 'fr', clientNumber: '1', birthDate: '2000-01-01' }, subjects: ['Profil'] }, { today }),
      planFill('delegateEmployer', { member: { firstName: 'a', lastName: 'b' }, employer: { name: 'X' } }, { today }),
      planFill('modifyDetails', { member: { firstName: 'a', lastName: 'b', email: 'a@b.c', phone: '514 555-0000', phoneType: 'Travail', language: 'en' } }, { today }),
      planFill('newLinkingCode', { member: { firstName: 'a', lastName: 'b' } }, { today }),
      planFill('removeRelation', { member: { firstName: 'a', lastName: 'b' }, scope: 'relations', employers: ['X'] }, { today }),
    ];
    const labels = plans.flatMap((p) => p.steps.flatMap((s) => [s.label, ...(s.group ? [s.group] : [])]));
    for (const [fr, en] of labels) expect([fr, ENGLISH[fr!]]).toEqual([fr, en]);
  });

  it('an English plan picks drop-down choices by their English words; other steps unchanged', () => {
    const fr = planFill('delegateEmployer', { member: { firstName: 'a', lastName: 'b' }, employer: { name: 'X' } }, { today: '2026-12-01' });
    const en = planFill('delegateEmployer', { member: { firstName: 'a', lastName: 'b' }, employer: { name: 'X' } }, { today: '2026-12-01', portalLanguage: 'en' });
    expect(en.steps.map((s) => s.value)).toEqual(fr.steps.map((s) => (s.value === 'Une autre organisation' ? 'Another organization' : s.value)));
  });
});
