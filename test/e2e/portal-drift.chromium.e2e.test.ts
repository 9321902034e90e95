/**
 * The portal as it may really behave, on the replica at https://sel.ccq.org,
 * driven from the Portail view of the panel as a person does:
 * - its DOM drifted (a label renamed, a field removed, a second field with the
 *   same label): those fields are reported not found / ambiguous, the panel
 *   says so in French, and nothing lands in the wrong control;
 * - hostile text in its list cells (markup, `javascript:`, formula prefixes,
 *   bidi marks) is read, stored and shown as text: no dialog, no element, no
 *   CSP violation (the harness fails the test on any);
 * - the panel closed in the middle of a fill: reopened, nothing was done
 *   twice, the form is consistent, and a new request works.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormId } from '../../content/plans';
import fr from '../../locales/fr.json';
import { clicks, committed, openScreen, sessionForFile, submissions } from './support/portal-actions';

const s = sessionForFile();
const today = new Date().toISOString().slice(0, 10);
const NO_CLICKS = { attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 };

afterEach(async () => {
  // Whatever the page did, the person's clicks stay the person's.
  expect(await clicks(s.portal)).toEqual(NO_CLICKS);
  expect(await submissions(s.portal)).toBe(0);
});

/** The panel tab stays in the background (the portal is the tab in front): poll, don't wait for frames. */
const inPanel = (panel: Page, fn: string) => panel.waitForFunction(fn, { polling: 50, timeout: 20_000 });

/** Opens the Portail view of `panel`, fills its « Préremplir un formulaire » form and presses « Préremplir ». */
async function requestPrefill(panel: Page, form: FormId, record: Record<string, string>): Promise<void> {
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
async function shownReport(panel: Page) {
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

describe('the portal’s DOM drifted (chromium)', () => {
  it('a label renamed, a field removed, two fields with one label: reported, said in French, nothing filled wrongly', async () => {
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
  });
});

/** Text a portal list could hold: markup, a script, a `javascript:` URL, formula prefixes, bidi controls. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  'javascript:alert(document.domain)',
  '=HYPERLINK("https://not-the-portal.test","clic")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  '\u202Egnp.exe\u202C \u200Fעברית\u200F',
];

describe('hostile text in the portal’s list cells (chromium)', () => {
  it('is read, stored and shown as text: no element, no dialog, no CSP violation', { timeout: 60_000 }, async () => {
    const dialogs: string[] = [];
    await openScreen(s, 'relations');
    s.portal.on('dialog', (d) => void (dialogs.push(`portal: ${d.message()}`), d.dismiss()));
    // The portal re-renders each page of a list from its data: rewrite the first rows' name cells
    // (« Nom », « Prénom »; « Organisation ») as each page arrives, before the reader sees them.
    await s.portal.evaluate((payloads: string[]) => {
      const columns: Record<string, number[]> = { contacts: [0, 1], relations: [0] };
      const rewrite = () => {
        for (const table of document.querySelectorAll<HTMLElement>('table[data-list]')) {
          const cols = columns[table.dataset.list!] ?? [];
          table.querySelectorAll('tbody tr').forEach((tr, i) => {
            if (i >= payloads.length) return;
            for (const c of cols) {
              const td = tr.children[c] as HTMLElement;
              if (td.dataset.hostile) continue;
              td.dataset.hostile = '1';
              const payload = payloads[(i + c) % payloads.length]!;
              const text = `${payload} ${td.textContent}`;
              if (payload.startsWith('javascript:')) {
                // A real link in the page, as a portal cell could hold; its text is what a reader copies.
                const a = document.createElement('a');
                a.href = payload;
                a.textContent = text;
                td.replaceChildren(a);
              } else td.textContent = text;
            }
          });
        }
      };
      new MutationObserver(rewrite).observe(document.body, { childList: true, subtree: true });
      rewrite();
    }, PAYLOADS);

    const panel = await s.h.openPanel();
    panel.on('dialog', (d) => void (dialogs.push(`panel: ${d.message()}`), d.dismiss()));
    await s.portal.bringToFront();
    await panel.$eval('nav.tabs button[data-view="portal"]', (b) => (b as HTMLElement).click());
    await inPanel(panel, `!!document.querySelector('[data-testid=read-lists]')`);
    await panel.$eval('[data-testid=read-lists]', (b) => (b as HTMLElement).click());
    await panel.waitForFunction(`!!document.querySelector('[data-testid=snapshots] [data-list=authorizations]')`, { polling: 100, timeout: 45_000 });

    // Stored verbatim in the inventory: text kept, not interpreted, not cleaned away.
    const stored = await panel.evaluate(() => new Promise<string>((resolve, reject) => {
      const open = indexedDB.open('passerelle');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
        all.onsuccess = () => (open.result.close(), resolve(JSON.stringify(all.result)));
      };
    }));
    for (const p of PAYLOADS) expect(JSON.parse(stored)[0].contacts.some((c: { lastName: string; firstName: string }) => c.lastName.startsWith(p) || c.firstName.startsWith(p)), p).toBe(true);

    // The firm, so that the worklist can compare; then the comparison, as the person starts it.
    await panel.$eval('nav.tabs button[data-view="inventory"]', (b) => (b as HTMLElement).click());
    await inPanel(panel, `!!document.querySelector('details.firm form input')`);
    await panel.evaluate(() => {
      const [name, number] = document.querySelectorAll<HTMLInputElement>('details.firm form input');
      for (const [input, value] of [[name!, 'LAFORCE COMPTABLE INC.'], [number!, '1001']] as const) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      document.querySelector<HTMLFormElement>('details.firm form')!.requestSubmit();
    });
    await inPanel(panel, `!!document.querySelector('details.firm form [role=status]')`);
    await panel.$eval('nav.tabs button[data-view="worklist"]', (b) => (b as HTMLElement).click());
    await inPanel(panel, `!!document.querySelector('[data-testid=compare]:not([disabled])')`);
    await panel.$eval('[data-testid=compare]', (b) => (b as HTMLElement).click());
    await inPanel(panel, `!!document.querySelector('[data-group=contactNotMember] li[data-item]') && !!document.querySelector('[data-group=relationNotServed] li[data-item]')`);

    // Every payload shows as the text it is in the worklist.
    const shown = await panel.$eval('main', (m) => m.textContent ?? '');
    for (const p of PAYLOADS) expect(shown, p).toContain(p);

    for (const view of ['worklist', 'inventory', 'dashboard', 'portal']) {
      await panel.$eval(`nav.tabs button[data-view="${view}"]`, (b) => (b as HTMLElement).click());
      await inPanel(panel, `!!document.querySelector('main[data-view-active="${view}"]')`);
      // Nothing the payloads describe became an element of the panel, nor an event handler, nor a link.
      expect(await panel.$$('body img, body iframe, body object, body embed, body svg script, main script, a[href^="javascript:" i]'), view).toHaveLength(0);
      expect(await panel.evaluate(() => [...document.querySelectorAll('script')].filter((x) => /alert/.test(x.textContent ?? '')).length), view).toBe(0);
      expect(await panel.evaluate(() => [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))), view).toBe(false);
    }
    expect(dialogs).toEqual([]);
    await panel.close();
  });
});

describe('the panel closed in the middle of a fill (chromium)', () => {
  it('reopened: nothing filled twice, the form consistent, nothing submitted, and a new request works', { timeout: 60_000 }, async () => {
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
    expect(midway).toMatchObject({ contact: '', organisation: '' });

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
  });
});
