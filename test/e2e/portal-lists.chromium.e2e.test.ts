/**
 * Reading the three lists and showing the way, in Chromium with the built
 * extension on the replica at https://sel.ccq.org.
 */
import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import { CONTACTS, contactEntry, listData } from '../../portal/data';
import type { PortEvent, Snapshot } from '../../content/protocol';
import { PATHS, outcomeWords, targetWords } from '../../content/targets';
import { converse, openScreen, sessionForFile } from './support/portal-actions';

const s = sessionForFile();

const read = (lists: Snapshot['list'][]) => converse(s, { type: 'lists.read', lists }, ['lists.done', 'lists.failed']);
const last = (events: PortEvent[]) => events[events.length - 1]!;

/** The inventory's snapshots (the extension's IndexedDB), as [complete, contacts, relations, authorizations] counts. */
const storedSnapshots = () =>
  s.panel.evaluate(() => new Promise<[boolean, number, number, number][]>((resolve, reject) => {
    const open = indexedDB.open('passerelle');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
      all.onsuccess = () => resolve((all.result as { complete: boolean; contacts: unknown[]; relations: unknown[]; authorizations: unknown[] }[]).map((x) => [x.complete, x.contacts.length, x.relations.length, x.authorizations.length]));
    };
  }));

/** The Portail view's « Lire les listes », clicked through the DOM (the panel tab stays in the background). */
async function readFromPanel(button = '[data-testid=read-lists]') {
  if (!(await s.panel.$('[data-testid=read-lists]'))) await s.panel.$eval('[data-view=portal]', (b) => (b as HTMLElement).click());
  await s.panel.waitForSelector(button);
  await s.panel.$eval(button, (b) => (b as HTMLElement).click());
}

describe('reading the lists (chromium)', () => {
  it('reads every page of the three lists, exactly as the portal lists them', async () => {
    await openScreen(s, 'relations');
    const events = await read(['contacts', 'relations', 'authorizations']);
    const done = last(events);
    expect(done.type).toBe('lists.done');
    if (done.type !== 'lists.done') return;
    for (const snap of done.snapshots) {
      const expected = listData(snap.list);
      expect(snap.columns, snap.list).toEqual(expected.columns);
      expect(snap.rows, snap.list).toEqual(expected.rows);
      expect(snap.total).toBe(expected.rows.length);
    }
    expect(done.snapshots.map((x) => [x.list, x.total])).toEqual([['contacts', 23], ['relations', 57], ['authorizations', 115]]);
    const progress = events.filter((e) => e.type === 'lists.progress');
    expect(progress.filter((e) => e.type === 'lists.progress' && e.list === 'relations').map((e) => e.type === 'lists.progress' && `${e.page}/${e.pages}:${e.rows}`)).toEqual(['1/3:20', '2/3:40', '3/3:57']);
  });

  it('tries a page again when it fails to load', async () => {
    await openScreen(s, 'relations');
    await s.portal.evaluate(() => (window as unknown as { __portal: { failNextPage(n: number): void } }).__portal.failNextPage(1));
    const events = await read(['relations']);
    expect(events.some((e) => e.type === 'lists.retry')).toBe(true);
    const done = last(events);
    expect(done.type === 'lists.done' && done.snapshots[0]!.rows).toEqual(listData('relations').rows);
  });

  it('gives up after repeated failures and returns nothing partial', async () => {
    await openScreen(s, 'relations');
    await s.portal.evaluate(() => (window as unknown as { __portal: { failNextPage(n: number): void } }).__portal.failNextPage(50));
    const events = await read(['contacts', 'relations']);
    expect(last(events)).toEqual({ type: 'lists.failed', list: 'contacts', reason: 'page-failed' });
    expect(events.some((e) => e.type === 'lists.done')).toBe(false);
  });

  it('says so when the lists are not on screen', async () => {
    await openScreen(s, 'home');
    expect(last(await read(['contacts']))).toEqual({ type: 'lists.failed', list: 'contacts', reason: 'wrong-page' });
  });

  it('from the Portail view: the agent summoned by the panel, then the counts stored in the inventory (extension storage, not the page\'s)', async () => {
    // A fresh page load: nothing of ours runs there until the panel asks.
    await s.portal.goto('https://sel.ccq.org/?id=relations', { waitUntil: 'load' });
    await expect(s.h.sendToPortal(s.portal, { type: 'portal.ping' }, { from: s.panel, summon: false })).rejects.toThrow(/Receiving end does not exist/);
    await readFromPanel();
    await s.panel.waitForSelector('[data-testid=snapshots] [data-list=authorizations]', { timeout: 30_000 });
    const counts = await s.panel.$$eval('[data-testid=snapshots] li', (li) => li.map((x) => x.textContent));
    expect(counts).toHaveLength(3);
    expect(counts[1]).toMatch(/57/);
    // The inventory's database (the extension's origin) holds one complete snapshot.
    expect(await storedSnapshots()).toEqual([[true, 23, 57, 115]]);
    expect(await s.portal.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await s.portal.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  });
});

describe('the filter « Contacts de l\'organisation » and the contacts\' profiles (chromium)', () => {
  const tremblay = contactEntry(CONTACTS[1]!);
  const filterShows = () => s.portal.$eval('#f-contactFilter .value', (e) => e.textContent);

  /** Chooses `text` in the filter with the mouse, as the person does, and waits for the list to reload. */
  async function chooseFilter(text: string) {
    await s.portal.bringToFront();
    await s.portal.click('#f-contactFilter');
    await s.portal.waitForSelector('#f-contactFilter-listbox [role=option]');
    const options = await s.portal.$$('#f-contactFilter-listbox [role=option]');
    const wanted = [];
    for (const o of options) if (await o.evaluate((e, t) => e.textContent === t, text)) wanted.push(o);
    expect(wanted).toHaveLength(1);
    await wanted[0]!.click();
    await s.portal.waitForFunction((t) => document.querySelector('#f-contactFilter .value')?.textContent === t && !document.querySelector('[aria-busy=true]'), {}, text);
  }

  it('a read with the filter on one contact fails as « filtered » and leaves the filter; cleared, every row is read', async () => {
    await openScreen(s, 'relations');
    await chooseFilter(tremblay);
    const refused = await read(['contacts', 'relations', 'authorizations']);
    expect(last(refused)).toEqual({ type: 'lists.failed', list: 'authorizations', reason: 'filtered' });
    expect(refused.some((e) => e.type === 'lists.done')).toBe(false);
    expect(await filterShows()).toBe(tremblay);
    await chooseFilter('- Aucun -');
    const done = last(await read(['authorizations']));
    expect(done.type === 'lists.done' && done.snapshots[0]!.rows).toEqual(listData('authorizations').rows);
  });

  it('from the Portail view: the reason in French, nothing stored; the filter cleared, « Réessayer » reads and stores all three lists', async () => {
    await s.portal.goto('https://sel.ccq.org/?id=relations', { waitUntil: 'load' });
    await chooseFilter(tremblay);
    const before = await storedSnapshots();
    await readFromPanel();
    await s.panel.waitForSelector('[data-testid=read-failed]', { timeout: 30_000 });
    expect(await s.panel.$eval('[data-testid=read-failed]', (e) => e.textContent)).toContain(fr.portal.read.reason.filtered);
    expect(await storedSnapshots()).toEqual(before);
    expect(await filterShows()).toBe(tremblay);
    await chooseFilter('- Aucun -');
    await readFromPanel('[data-testid=read-retry]');
    // The panel tab is in the background, where requestAnimationFrame does not run: poll by time.
    await s.panel.waitForFunction((done) => document.querySelector('[data-testid=read-status]')?.textContent === done, { polling: 100, timeout: 30_000 }, fr.portal.read.done);
    expect(await storedSnapshots()).toEqual([...before, [true, 23, 57, 115]]);
  });

  it('a name in « Contacts de l\'organisation » opens that contact\'s profile; « Retour à la liste » comes back', async () => {
    await s.portal.goto('https://sel.ccq.org/?id=relations', { waitUntil: 'load' });
    await s.portal.bringToFront();
    await s.portal.click('[role=tab]:nth-child(2)');
    await s.portal.waitForSelector('table[data-list=contacts]');
    const links = await s.portal.$$('table[data-list=contacts] tbody td:first-child a');
    await links[2]!.click();
    await s.portal.waitForSelector('.details');
    const c = CONTACTS[2]!;
    expect(s.portal.url()).toBe('https://sel.ccq.org/?id=contact&contact=2');
    const shown = Object.fromEntries(await s.portal.$$eval('.details div', (ds) => ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])));
    expect(shown).toMatchObject({ Prénom: c.first, Nom: c.last, 'Adresse courriel': c.email, 'Numéro de téléphone principal': c.phone, 'Langue de communication': c.language, Fonction: c.role });
    await s.portal.click('a.back');
    await s.portal.waitForSelector('table[data-list=contacts]');
    expect(await s.portal.$eval('[role=tab][aria-selected=true]', (t) => t.textContent)).toBe("Contacts de l'organisation");
  });
});

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('showing the way', () => {
  const outline = (sel: string) => s.portal.$eval(sel, (e) => (e as HTMLElement).style.outline);

  it('outlines « Mon organisation », then « Relations et autorisations », then the tab, following the person', async () => {
    await openScreen(s, 'home');
    const guide = converse(s, { type: 'guide.show', targets: PATHS.contacts.map(targetWords) }, ['never'], 3500);
    await s.portal.waitForFunction(() => document.querySelector<HTMLElement>('button[aria-haspopup=menu]')?.style.outline.includes('3px'));
    await s.portal.click('button[aria-haspopup=menu]');
    await s.portal.waitForFunction(() => document.querySelector<HTMLElement>('[role=menuitem]')?.style.outline.includes('3px'));
    expect(await outline('button[aria-haspopup=menu]')).toBe('');
    await s.portal.click('[role=menuitem]');
    await s.portal.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === "Contacts de l'organisation")?.style.outline.includes('3px'));
    const events = await guide;
    expect(events.filter((e) => e.type === 'guide.found').map((e) => e.type === 'guide.found' && e.target)).toEqual(['myOrganisation', 'relationsAndAuthorizations', 'tabContacts']);
    // Disconnecting (the panel moved on) removes the outline.
    await s.portal.waitForFunction(() => ![...document.querySelectorAll<HTMLElement>('[style*=outline]')].length);
  });

  it('reports a control it cannot find, in time for manual directions', async () => {
    await openScreen(s, 'otp');
    const events = await converse(s, { type: 'guide.show', targets: PATHS.addForm.map(targetWords), timeoutMs: 300 }, ['guide.missing'], 5000);
    expect(last(events)).toEqual({ type: 'guide.missing', target: 'serviceCatalogue' });
  });

  it('notices the linking success message', async () => {
    await openScreen(s, 'link');
    const guide = converse(s, { type: 'guide.show', targets: PATHS.link.map(targetWords), outcome: outcomeWords('linked') }, ['guide.outcome'], 15_000);
    // The person follows the outline: each click only once the control is outlined.
    const outlined = (sel: string) => s.portal.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.style.outline.includes('3px'), {}, sel);
    await outlined('button.method');
    await s.portal.click('button.method');
    await outlined('button.primary');
    await s.portal.click('button.primary'); // « Commencer »
    await s.portal.type('#f-fileNumber', '1001');
    await s.portal.type('#f-linkingCode', 'secret');
    await outlined('button.primary');
    await s.portal.click('button.primary'); // « Lier », the person's click
    const events = await guide;
    expect(events.map((e) => e.type === 'guide.found' ? e.target : e.type)).toEqual(['useLinkingCoordinates', 'start', 'link', 'guide.outcome']);
  });
});
