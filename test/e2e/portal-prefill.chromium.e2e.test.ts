/**
 * Prefill on the replica at https://sel.ccq.org in Chromium with the built
 * extension: every form, judged by what the replica would receive (its hook),
 * plus the rules that never bend.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { planFill } from '../../content/plans';
import type { FillStep } from '../../content/protocol';
import { clicks, committed, fill, openScreen, statuses, submissions, sessionForFile } from './support/portal-actions';

const s = sessionForFile();
const today = new Date().toISOString().slice(0, 10);
const ADD = ['Ajouter une relation ou des sujets autorisés à un contact'];
const MODIFY = planFill('modifyDetails', { member: { firstName: 'a', lastName: 'b' } }, { today }).formTitle;
afterEach(async () => {
  // Whatever the test did, the person's clicks stay the person's.
  expect(await clicks(s.portal)).toEqual({ attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 });
  expect(await submissions(s.portal)).toBe(0);
});

describe('prefill each form (chromium)', () => {
  it('sign-up 2/2: names into « Prénom » and « Nom de famille »', async () => {
    await openScreen(s, 'signup2');
    const report = await fill(s, planFill('signup', { firstName: 'Rebecca', lastName: 'Descotteaux-Laforce' }, { today }));
    expect(statuses(report)).toEqual({ firstName: 'filled', lastName: 'filled' });
    expect(await committed(s.portal)).toEqual({ firstName: 'Rebecca', lastName: 'Descotteaux-Laforce', terms: false });
  });

  it('« Ajouter… »: a new member with personal fields, relation, dates and subjects', async () => {
    await openScreen(s, 'add-relation');
    const plan = planFill('addMember', {
      member: { firstName: 'Noémie', lastName: 'Lévesque-Roy', email: 'noemie.levesque@laforcecomptable.ca', phone: '514 555-0199', language: 'fr', clientNumber: '7654321' },
      subjects: ['Paiements et relevés', 'Profil'],
    }, { today });
    const report = await fill(s, plan);
    expect(report.outcome).toBe('done');
    expect(statuses(report)).toEqual({
      contactMissing: 'filled', firstName: 'filled', lastName: 'filled', clientNumber: 'filled', language: 'filled', email: 'filled', phone: 'filled',
      who: 'filled', relation: 'filled', startDate: 'already', endDate: 'already', subjects: 'filled',
    });
    expect(await committed(s.portal)).toMatchObject({
      contact: '', contactMissing: true, firstName: 'Noémie', lastName: 'Lévesque-Roy', clientNumber: '7654321',
      email: 'noemie.levesque@laforcecomptable.ca', language: 'Français', phone: '514 555-0199',
      who: 'Mon organisation', relation: 'Membre du personnel', startDate: today, endDate: '9999-12-31',
      subjects: ['Paiements et relevés', 'Profil'], attestAuthority: false, attestAccurate: false,
    });
  });

  it('« Ajouter… »: delegating an employer through both pickers and the dependent list', async () => {
    await openScreen(s, 'add-relation');
    const plan = planFill('delegateEmployer', {
      member: { firstName: 'Éric', lastName: 'Tremblay' },
      employer: { name: 'PLUMBERIE RICHARD BÉLANGER' },
      subjects: ['Rapport mensuel', "Main-d'œuvre"],
      endDate: '2027-03-31',
    }, { today });
    const report = await fill(s, plan);
    expect(statuses(report)).toEqual({ contact: 'filled', who: 'filled', organisation: 'filled', startDate: 'already', endDate: 'filled', subjects: 'filled' });
    expect(await committed(s.portal)).toMatchObject({
      contact: 'TREMBLAY, Éric', who: 'Une autre organisation', organisation: 'PLUMBERIE RICHARD BELANGER (1003456)',
      startDate: today, endDate: '2027-03-31', subjects: ['Rapport mensuel', "Main-d'œuvre"], attestAuthority: false, attestAccurate: false,
    });
  });

  it('« Modifier… »: contact details', async () => {
    await openScreen(s, 'modify-contact');
    const report = await fill(s, planFill('modifyDetails', {
      member: { firstName: 'Mélanie', lastName: 'Gagnon', email: 'melanie.gagnon@laforce.ca', phone: '438 555-0142', phoneType: 'Travail', language: 'en' },
    }, { today }));
    expect(statuses(report)).toEqual({ individual: 'filled', communication: 'filled', language: 'filled', email: 'filled', phoneType: 'filled', phone: 'filled' });
    expect(await committed(s.portal)).toMatchObject({
      contact: 'GAGNON, Mélanie', changeCommunication: true, language: 'Anglais', email: 'melanie.gagnon@laforce.ca',
      phoneType: 'Travail', territory: 'Amérique du Nord', prefix: '+1', phone: '438 555-0142', newLinkingCode: false, attestAccurate: false,
    });
  });

  it('« Modifier… »: a new linking code', async () => {
    await openScreen(s, 'modify-contact');
    const report = await fill(s, planFill('newLinkingCode', { member: { firstName: 'Luc', lastName: 'Girard', email: 'luc.girard@laforcecomptable.ca' } }, { today }));
    expect(statuses(report)).toEqual({ individual: 'filled', communication: 'filled', email: 'filled', newCode: 'filled' });
    expect(await committed(s.portal)).toMatchObject({ contact: 'GIRARD, Luc', email: 'luc.girard@laforcecomptable.ca', newLinkingCode: true, attestAccurate: false });
  });

  it('« Retirer… »: some relations of a member', async () => {
    await openScreen(s, 'remove-relation');
    const report = await fill(s, planFill('removeRelation', { member: { firstName: 'Rebecca', lastName: 'Descotteaux-Laforce' }, scope: 'relations', employers: ['ENTREPRISE SHW INC.'] }, { today }));
    expect(statuses(report)).toEqual({ contact: 'filled', removeSome: 'filled', relationsToRemove: 'filled' });
    expect(await committed(s.portal)).toMatchObject({
      contact: 'DESCOTTEAUX-LAFORCE, Rebecca', scope: 'Une ou plusieurs relation(s)', relations: ['ENTREPRISE SHW INC.'], attestAccurate: false,
    });
    expect(await s.portal.$eval('[data-field=granted]', (e) => e.textContent)).toMatch(/^Relation\(s\) déjà octroyée\(s\) : ENTREPRISE SHW INC\./);
  });
});

describe('never', () => {
  it('touches hidden, disabled or read-only fields', async () => {
    await openScreen(s, 'modify-contact');
    await s.portal.click('#f-changeCommunication'); // the person's own click
    await s.portal.evaluate(() => {
      document.getElementById('f-email')!.setAttribute('disabled', '');
      document.querySelector<HTMLElement>('[data-field=phone]')!.style.display = 'none';
    });
    const before = await committed(s.portal);
    const steps: FillStep[] = [
      { key: 'email', kind: 'text', label: ['Adresse courriel'], value: 'x@y.ca' },
      { key: 'phone', kind: 'text', label: ['Numéro de téléphone principal'], value: '514 555-0000' },
      { key: 'prefix', kind: 'text', label: ['Indicatif'], value: '+33' },
    ];
    const report = await fill(s, { formTitle: MODIFY, steps });
    expect(statuses(report)).toEqual({ email: 'skipped:disabled', phone: 'skipped:hidden', prefix: 'skipped:readonly' });
    expect(await committed(s.portal)).toEqual(before);
  });

  it('guesses between two candidates for one label', async () => {
    await openScreen(s, 'add-relation');
    const report = await fill(s, { formTitle: ADD, steps: [{ key: 'd', kind: 'date', label: ['Date'], value: '2030-01-01' }] });
    expect(statuses(report)).toEqual({ d: 'ambiguous' });
    expect(await committed(s.portal)).toMatchObject({ startDate: today, endDate: '9999-12-31' });
  });

  it('ticks attestations, presses person-only buttons or fills secrets, whatever the plan says', async () => {
    await openScreen(s, 'add-relation');
    const attest: FillStep[] = [
      { key: 'a1', kind: 'checkbox', label: ["J'atteste que l'autorisation permet à cette personne d'obtenir des informations ou d'agir au nom de l'organisation."], value: true },
      { key: 'a2', kind: 'checkbox', label: ["J'atteste que les modifications demandées sont exactes et qu'elles prendront effet."], value: true },
    ];
    expect(statuses(await fill(s, { formTitle: ADD, steps: attest }))).toEqual({ a1: 'skipped:forbidden', a2: 'skipped:forbidden' });
    await openScreen(s, 'signup');
    const secrets: FillStep[] = [{ key: 'p', kind: 'text', label: ['Mot de passe'], value: 'hunter2' }];
    expect(statuses(await fill(s, { formTitle: ['Création du compte'], steps: secrets }))).toEqual({ p: 'skipped:forbidden' });
    expect(await committed(s.portal)).toEqual({});
    await openScreen(s, 'otp');
    const code: FillStep[] = [{ key: 'c', kind: 'text', label: ['Code'], value: '123456' }];
    expect(statuses(await fill(s, { formTitle: ['Validation du courriel'], steps: code }))).toEqual({ c: 'skipped:forbidden' });
    expect(await committed(s.portal)).toEqual({});
  });

  it('fills on a page other than the one the request was made on', async () => {
    await openScreen(s, 'signup2');
    const plan = planFill('signup', { firstName: 'A', lastName: 'B' }, { today });
    expect(await fill(s, plan, 'https://sel.ccq.org/?id=signup')).toMatchObject({ outcome: 'refused', reason: 'page-changed', fields: [] });
    expect(await committed(s.portal)).toEqual({ terms: false });
  });

  it('fills because the page asked: spoofed page events and messages do nothing', async () => {
    await openScreen(s, 'signup2');
    const message = { type: 'prefill.run', url: 'https://sel.ccq.org/?id=signup2', formTitle: ['Création du compte'], steps: [{ key: 'f', kind: 'text', label: ['Prénom'], value: 'Spoof' }] };
    const pageTried = await s.portal.evaluate(async (m) => {
      window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent('prefill.run', { detail: m }));
      window.dispatchEvent(new MessageEvent('message', { data: m }));
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    }, message);
    // The page has no channel to the extension at all (externally_connectable admits nobody).
    expect(pageTried).not.toBe('function');
    await new Promise((r) => setTimeout(r, 500));
    expect(await s.portal.$eval('#f-firstName', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(await committed(s.portal)).toEqual({ terms: false });
  });

  it('goes on after the person navigates away during a fill', async () => {
    await openScreen(s, 'add-relation');
    const plan = planFill('delegateEmployer', { member: { firstName: 'Éric', lastName: 'Tremblay' }, employer: { name: 'ENTREPRISE SHW INC.' } }, { today });
    const running = fill(s, plan);
    // The person clicks « Accueil » while the picker waits for its results.
    await s.portal.waitForSelector('[role=listbox]');
    await s.portal.click('a[href="?id=home"]');
    const report = await running;
    expect(report.outcome).toBe('aborted');
    expect(report.fields.slice(-1)[0]).toEqual({ key: 'endDate', status: 'aborted' });
    expect(await s.portal.evaluate(() => location.search)).toBe('?id=home');
    expect(await committed(s.portal)).toEqual({});
  });
});
