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
import { afterEach, describe, expect, it } from 'vitest';
import { clicks, openScreen, sessionForFile, submissions } from './support/portal-actions';
import { inPanel, panelClosedMidFill, portalDrifted } from './support/portal-drills';

const s = sessionForFile();
const NO_CLICKS = { attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 };

afterEach(async () => {
  // Whatever the page did, the person's clicks stay the person's.
  expect(await clicks(s.portal)).toEqual(NO_CLICKS);
  expect(await submissions(s.portal)).toBe(0);
});

describe('the portal’s DOM drifted (chromium)', () => {
  // The body is shared with drills.firefox (support/portal-drills.ts).
  it('a label renamed, a field removed, two fields with one label: reported, said in French, nothing filled wrongly', () => portalDrifted(s));
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
  it('reopened: nothing filled twice, the form consistent, nothing submitted, and a new request works', { timeout: 60_000 }, () => panelClosedMidFill(s));
});
