/**
 * The portal drills, one body each, run by portal-drift.chromium and
 * drills.firefox on their own session: the portal's DOM drifted, and the
 * panel closed in the middle of a fill. Driven from the Portail view of the
 * panel (in a tab) as a person does, judged by the replica's page hook.
 */
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { FormId } from '../../../content/plans';
import fr from '../../../locales/fr.json';
import { committed, openScreen, type Session } from './portal-actions';

const today = new Date().toISOString().slice(0, 10);

/** The panel tab stays in the background (the portal is the tab in front): poll, don't wait for frames. */
export const inPanel = (panel: Page, fn: string) => panel.waitForFunction(fn, { polling: 50, timeout: 20_000 });

/** Opens the Portail view of `panel`, fills its « Préremplir un formulaire » form and presses « Préremplir ». */
export async function requestPrefill(panel: Page, form: FormId, record: Record<string, string>): Promise<void> {
  await panel.$eval('nav.tabs button[data-view="portal"]', (b) => (b as HTMLElement).click());
  await inPanel(panel, `!!document.querySelector('form.prefill-form button[type=submit]:not([disabled])')`);
  await panel.evaluate(
    (form, record) => {
      const f = document.querySelector<HTMLFormElement>('form.prefill-form')!;
      (f.elements.namedItem('form') as HTMLSelectElement).value = form;
      for (const [k, v] of Object.entries(record)) (f.elements.namedItem(k) as HTMLInputElement).value = v;
      f.requestSubmit();
    },
    form,
    record,
  );
}

/** The report the panel shows once the fill answered: per field, status and text. */
export async function shownReport(panel: Page) {
  await inPanel(panel, `!!document.querySelector('[data-testid=fill-report], [data-testid=prefill-error]')`);
  return panel.evaluate(() => ({
    outcome: document.querySelector('[data-testid=fill-report]')?.getAttribute('data-outcome') ?? document.querySelector('[data-testid=prefill-error]')?.textContent,
    status: document.querySelector('[data-testid=fill-report] > p[role=status]')?.textContent ?? '',
    fields: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid=fill-report] tr[data-field]')].map((tr) => [tr.dataset.field!, tr.dataset.status!]),
    ),
    texts: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid=fill-report] tr[data-field]')].map((tr) => [tr.dataset.field!, tr.querySelector('td')!.textContent!]),
    ),
    drift: document.querySelector('[data-testid=fill-drift]')?.textContent ?? null,
  }));
}

const DELEGATE = { firstName: 'Éric', lastName: 'Tremblay', employer: 'PLUMBERIE RICHARD BÉLANGER' };

/** A label renamed, a field removed, two fields with one label: reported, said in French, nothing filled wrongly. */
export async function portalDrifted(s: Session): Promise<void> {
  await openScreen(s, 'add-relation');
  const before = await committed(s.portal);
  await s.portal.evaluate(() => {
    // (a) « Contact dans ce profil » is now called something else.
    const label = document.querySelector('[data-field=contact] label')!;
    label.firstChild!.textContent = 'Personne visée par la demande';
    // (b) « Date de fin » is gone.
    document.querySelector('[data-field=endDate]')!.remove();
    // (c) A second « Date de début », placed first, that records whatever is typed into it.
    const row = document.createElement('div');
    row.className = 'field';
    row.dataset.drift = 'start';
    const decoyLabel = document.createElement('label');
    decoyLabel.htmlFor = 'drift-start';
    decoyLabel.textContent = 'Date de début';
    const decoy = document.createElement('input');
    decoy.id = 'drift-start';
    decoy.type = 'text';
    const typed: string[] = [];
    (window as unknown as { __drift: string[] }).__drift = typed;
    for (const type of ['keydown', 'input', 'change', 'pointerdown', 'click']) decoy.addEventListener(type, () => typed.push(type));
    row.append(decoyLabel, decoy);
    document.querySelector('[data-field=startDate]')!.before(row);
  });
  const panel = await s.h.openPanel();
  await s.portal.bringToFront();
  await requestPrefill(panel, 'delegateEmployer', DELEGATE);
  const report = await shownReport(panel);

  expect(report.outcome).toBe('done');
  expect(report.fields).toEqual({ contact: 'notFound', who: 'filled', organisation: 'filled', startDate: 'ambiguous', endDate: 'notFound' });
  // Said in the person's language: each field's status, and what to do about them.
  expect(report.texts).toMatchObject({ contact: fr.prefill.status.notFound, startDate: fr.prefill.status.ambiguous, endDate: fr.prefill.status.notFound });
  const names = [fr.prefill.fields.contact, fr.prefill.fields.startDate, fr.prefill.fields.endDate].join(', ');
  expect(report.drift).toBe(fr.prefill.drift.replace('{{fields}}', names));

  // What the portal would receive: only the fields found without doubt were filled.
  expect(await committed(s.portal)).toEqual({
    ...before,
    who: 'Une autre organisation',
    organisation: 'PLUMBERIE RICHARD BELANGER (1003456)',
  });
  expect(before).toMatchObject({ contact: '', startDate: today, endDate: '9999-12-31' });
  // Neither of the two « Date de début » was touched; the renamed picker holds nothing.
  expect(await s.portal.evaluate(() => (window as unknown as { __drift: string[] }).__drift)).toEqual([]);
  expect(await s.portal.$eval('#drift-start', (e) => (e as HTMLInputElement).value)).toBe('');
  expect(await s.portal.$eval('#f-startDate', (e) => (e as HTMLInputElement).value)).toBe(today);
  expect(await s.portal.$eval('#f-contact', (e) => (e as HTMLInputElement).value)).toBe('');
  await panel.close();
}

/** The panel closed in the middle of a fill; reopened: nothing filled twice, the form consistent, a new request works. */
export async function panelClosedMidFill(s: Session): Promise<void> {
  await openScreen(s, 'add-relation');
  // What reaches the page's widgets: characters typed into each picker, options chosen.
  await s.portal.evaluate(() => {
    const seen = { typed: {} as Record<string, number>, options: [] as string[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    document.addEventListener('input', (e) => {
      const id = (e.target as HTMLElement).id;
      if ((e as InputEvent).inputType === 'insertText') seen.typed[id] = (seen.typed[id] ?? 0) + 1;
    }, true);
    document.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest('[role=option]');
      if (option) seen.options.push(option.textContent ?? '');
    }, true);
  });
  const seen = () => s.portal.evaluate(() => (window as unknown as { __seen: { typed: Record<string, number>; options: string[] } }).__seen);

  const first = await s.h.openPanel();
  await s.portal.bringToFront();
  await requestPrefill(first, 'delegateEmployer', DELEGATE);
  // The contact picker is searching (the fill waits for its results): the person closes the panel.
  await s.portal.waitForSelector('#f-contact[aria-expanded=true]');
  const midway = await committed(s.portal);
  await first.close();
  // The organisation comes two fields later (a picker, then a choice, then ~26
  // characters typed): still empty proves the close came mid-fill. The contact
  // itself may be chosen by now on a busy machine, so it proves nothing here.
  expect(midway).toMatchObject({ organisation: '' });

  // The page's fill goes on to the end on its own (nobody is left to answer); wait until the form settles.
  await s.portal.waitForFunction(() => (window as unknown as { __portal: { committed(): { organisation?: string } } }).__portal.committed().organisation);
  await s.portal.waitForFunction(() => !document.querySelector('[role=combobox][aria-expanded=true]'));
  const whole = {
    contact: 'TREMBLAY, Éric', who: 'Une autre organisation', organisation: 'PLUMBERIE RICHARD BELANGER (1003456)',
    startDate: today, endDate: '9999-12-31', attestAuthority: false, attestAccurate: false,
  };
  expect(await committed(s.portal)).toMatchObject(whole);
  const once = { typed: { 'f-contact': 'Tremblay'.length, 'f-organisation': DELEGATE.employer.length }, options: ['TREMBLAY, Éric', 'Une autre organisation', 'PLUMBERIE RICHARD BELANGER (1003456)'] };
  expect(await seen()).toEqual(once);

  // Reopened: the same request again. The page already holds every value: nothing is typed or chosen again.
  const again = await s.h.openPanel();
  await s.portal.bringToFront();
  let report = { outcome: '' as string | null | undefined, fields: {} as Record<string, string>, status: '' };
  for (let attempt = 0; attempt < 3; attempt++) {
    await requestPrefill(again, 'delegateEmployer', DELEGATE);
    report = await shownReport(again);
    // Were the first fill still finishing its last step, the page says so and the person presses again.
    if (report.outcome !== 'refused') break;
    expect(report.status).toContain(fr.prefill.refused.busy);
  }
  expect(report.outcome).toBe('done');
  expect(report.fields).toEqual({ contact: 'already', who: 'already', organisation: 'already', startDate: 'already', endDate: 'already' });
  expect(await seen()).toEqual(once);
  expect(await committed(s.portal)).toMatchObject(whole);
  await again.close();
}
