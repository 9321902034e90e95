/**
 * The portal integration in Firefox ESR (WebDriver BiDi): a prefill judged by
 * the replica's committed values, a list read across pages, and the person's
 * clicks left alone. The full set of cases runs in Chromium
 * (portal-*.chromium.e2e.test.ts); this proves the same content script and
 * contract work in Firefox's content-script world.
 */
import { describe, expect, it } from 'vitest';
import { listData } from '../../portal/data';
import { planFill } from '../../content/plans';
import { clicks, committed, converse, fill, openScreen, sessionForFile, statuses } from './support/portal-actions';

const s = sessionForFile('firefox');
const today = new Date().toISOString().slice(0, 10);

describe('portal integration (Firefox)', () => {
  it('prefills « Ajouter… » for a delegation through the pickers and the drop-down', async () => {
    await openScreen(s, 'add-relation');
    const plan = planFill('delegateEmployer', { member: { firstName: 'Éric', lastName: 'Tremblay' }, employer: { name: 'ENTREPRISE SHW INC.' }, subjects: ['Rapport mensuel'] }, { today });
    const report = await fill(s, plan);
    expect(statuses(report)).toEqual({ contact: 'filled', who: 'filled', organisation: 'filled', startDate: 'already', endDate: 'already', subjects: 'filled' });
    expect(await committed(s.portal)).toMatchObject({ contact: 'TREMBLAY, Éric', who: 'Une autre organisation', organisation: 'ENTREPRISE SHW INC. (1002345)', subjects: ['Rapport mensuel'], attestAuthority: false, attestAccurate: false });
    expect(await clicks(s.portal)).toEqual({ attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 });
  });

  it('reads « Relations de l\'organisation » across its pages', async () => {
    await openScreen(s, 'relations');
    const events = await converse(s, { type: 'lists.read', lists: ['relations'] }, ['lists.done', 'lists.failed']);
    const done = events[events.length - 1]!;
    expect(done.type).toBe('lists.done');
    expect(done.type === 'lists.done' && done.snapshots[0]!.rows).toEqual(listData('relations').rows);
  });
});
