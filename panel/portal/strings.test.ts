/** Every word the portal integration can show has a string in both languages. */
import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { FIELD_REASONS, FIELD_STATUSES, LIST_FAILURES, LIST_IDS } from '../../content/protocol';
import { planFill, type FormId } from '../../content/plans';
import { PATHS } from '../../content/targets';

const FORMS: FormId[] = ['signup', 'addMember', 'delegateEmployer', 'modifyDetails', 'newLinkingCode', 'removeRelation'];
const rich = { firstName: 'a', lastName: 'b', email: 'e', phone: 'p', phoneType: 'Travail', language: 'fr', clientNumber: '1', birthDate: '2000-01-01' } as const;
const keys = new Set(
  [
    planFill('signup', rich, { today: 't' }),
    planFill('addMember', { member: rich, subjects: ['Profil'] }, { today: 't' }),
    planFill('delegateEmployer', { member: rich, employer: { name: 'x' }, subjects: ['Profil'] }, { today: 't' }),
    planFill('modifyDetails', { member: rich }, { today: 't' }),
    planFill('newLinkingCode', { member: rich }, { today: 't' }),
    planFill('removeRelation', { member: rich, scope: 'all' }, { today: 't' }),
    planFill('removeRelation', { member: rich, scope: 'relations', employers: ['x'] }, { today: 't' }),
  ].flatMap((p) => p.steps.map((s) => s.key)),
);

describe.each([['fr', fr], ['en', en]] as const)('%s strings', (_lang, strings) => {
  it('name every field a plan can report', () => {
    for (const k of keys) expect(strings.prefill.fields, k).toHaveProperty([k]);
  });
  it('name every status, reason, form, list, failure and path', () => {
    for (const s of FIELD_STATUSES) expect(strings.prefill.status).toHaveProperty([s]);
    for (const r of FIELD_REASONS) expect(strings.prefill.reason).toHaveProperty([r]);
    for (const f of FORMS) expect(strings.prefill.forms).toHaveProperty([f]);
    for (const l of LIST_IDS) expect(strings.portal.lists).toHaveProperty([l]);
    for (const r of [...LIST_FAILURES, 'disconnected', 'no-portal']) expect(strings.portal.read.reason).toHaveProperty([r]);
    for (const p of Object.keys(PATHS)) {
      expect(strings.portal.guide.paths).toHaveProperty([p]);
      expect(strings.portal.guide.directions).toHaveProperty([p]);
    }
  });
});
