/**
 * The executor against the replica's own DOM and widgets (happy-dom): what the
 * portal would receive is read from the replica's hook, not from the DOM.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPortal } from '../portal/app';
import { hook } from '../portal/hook';
import { runFill } from './executor';
import { planFill, type FillPlan } from './plans';
import type { FillStep, PrefillRun } from './protocol';

const today = new Date().toISOString().slice(0, 10);

function open(id: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://sel.ccq.org/?id=${id}`);
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  startPortal(root);
}
const request = (plan: FillPlan): PrefillRun => ({ type: 'prefill.run', url: location.href, formTitle: plan.formTitle, steps: plan.steps });
const statuses = (r: Awaited<ReturnType<typeof runFill>>) => Object.fromEntries(r.fields.map((f) => [f.key, f.reason ? `${f.status}:${f.reason}` : f.status]));

beforeEach(() => {
  hook.clicks.attestation = hook.clicks.submit = 0;
});
afterEach(() => {
  // Nothing the fill did may count as the person's clicks.
  expect(hook.clicks.attestation).toBe(0);
  expect(hook.clicks.submit).toBe(0);
});

describe('executor on the replica', () => {
  it('sign-up 2/2: « Nom » fills « Nom de famille »', async () => {
    open('signup2');
    const report = await runFill(request(planFill('signup', { firstName: 'Rebecca', lastName: 'Descotteaux-Laforce' }, { today })));
    expect(statuses(report)).toEqual({ firstName: 'filled', lastName: 'filled' });
    expect(hook.committed()).toMatchObject({ firstName: 'Rebecca', lastName: 'Descotteaux-Laforce', terms: false });
  });

  it('delegating an employer drives the drop-down, both pickers and the conditional field', async () => {
    open('add-relation');
    const plan = planFill('delegateEmployer', { member: { firstName: 'Éric', lastName: 'Tremblay' }, employer: { name: 'ENTREPRISE SHW INC.' }, subjects: ['Rapport mensuel'] }, { today });
    const report = await runFill(request(plan));
    expect(report.outcome).toBe('done');
    expect(statuses(report)).toEqual({ contact: 'filled', who: 'filled', organisation: 'filled', startDate: 'already', endDate: 'already', subjects: 'filled' });
    expect(hook.committed()).toMatchObject({
      contact: 'TREMBLAY, Éric',
      who: 'Une autre organisation',
      organisation: 'ENTREPRISE SHW INC. (1002345)',
      startDate: today,
      endDate: '9999-12-31',
      subjects: ['Rapport mensuel'],
      attestAuthority: false,
      attestAccurate: false,
    });
  }, 20_000);

  it('refuses a page other than the one asked from, and a missing form', async () => {
    open('add-relation');
    const plan = planFill('signup', { firstName: 'a', lastName: 'b' }, { today });
    expect(await runFill({ ...request(plan), url: 'https://sel.ccq.org/?id=home' })).toMatchObject({ outcome: 'refused', reason: 'page-changed' });
    expect(await runFill(request(plan))).toMatchObject({ outcome: 'refused', reason: 'wrong-form' });
  });

  it('never fills secrets or attestations even when a step asks for them', async () => {
    open('link');
    document.querySelector<HTMLButtonElement>('button.method')!.click();
    document.querySelector<HTMLButtonElement>('button.primary')!.click();
    const steps: FillStep[] = [
      { key: 'file', kind: 'text', label: ['Numéro de dossier'], value: '123' },
      { key: 'code', kind: 'text', label: ['Code de liaison'], value: 'ABC' },
    ];
    const report = await runFill({ type: 'prefill.run', url: location.href, formTitle: ["LIAISON D'UN PROFIL"], steps });
    expect(statuses(report)).toEqual({ file: 'skipped:forbidden', code: 'skipped:forbidden' });
    expect(hook.committed()).toEqual({});
    open('modify-contact');
    const attest: FillStep = { key: 'a', kind: 'checkbox', label: ["J'atteste que les modifications demandées sont exactes et complètes."], value: true };
    const r2 = await runFill({ type: 'prefill.run', url: location.href, formTitle: planFill('modifyDetails', { member: { firstName: 'a', lastName: 'b' } }, { today }).formTitle, steps: [attest] });
    expect(statuses(r2)).toEqual({ a: 'skipped:forbidden' });
    expect(hook.committed().attestAccurate).toBe(false);
  });

  it('leaves the person\'s own value, and reports read-only and ambiguous fields', async () => {
    open('add-relation');
    const end = document.getElementById('f-endDate') as HTMLInputElement;
    end.focus();
    end.value = '2027-06-30';
    end.blur();
    const steps: FillStep[] = [
      { key: 'end', kind: 'date', label: ['Date de fin'], value: '9999-12-31', defaults: ['9999-12-31'] },
      { key: 'date', kind: 'date', label: ['Date'], value: '2026-01-01' },
    ];
    const report = await runFill({ type: 'prefill.run', url: location.href, formTitle: ['Ajouter une relation ou des sujets autorisés à un contact'], steps });
    expect(statuses(report)).toEqual({ end: 'skipped:edited', date: 'ambiguous' });
    expect(hook.committed().endDate).toBe('2027-06-30');
    open('modify-contact');
    document.getElementById('f-changeCommunication')!.click();
    const r2 = await runFill({ type: 'prefill.run', url: location.href, formTitle: ["Modifier les informations personnelles et les coordonnées d'un individu autorisé ou d'un contact"], steps: [{ key: 'p', kind: 'text', label: ['Indicatif'], value: '+33' }] });
    expect(statuses(r2)).toEqual({ p: 'skipped:readonly' });
    expect(hook.committed().prefix).toBe('+1');
  });
});
