/**
 * Reading the three lists and showing the way, in Chromium with the built
 * extension on the replica at https://sel.ccq.org.
 */
import { describe, expect, it } from 'vitest';
import { listData } from '../../portal/data';
import type { PortEvent, Snapshot } from '../../content/protocol';
import { PATHS, outcomeWords, targetWords } from '../../content/targets';
import { converse, openScreen, sessionForFile } from './support/portal-actions';

const s = sessionForFile();

const read = (lists: Snapshot['list'][]) => converse(s, { type: 'lists.read', lists }, ['lists.done', 'lists.failed']);
const last = (events: PortEvent[]) => events[events.length - 1]!;

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
    // The panel tab stays in the background (the portal is the active tab): click through the DOM.
    await s.panel.$eval('[data-view=portal]', (b) => (b as HTMLElement).click());
    await s.panel.waitForSelector('[data-testid=read-lists]');
    await s.panel.$eval('[data-testid=read-lists]', (b) => (b as HTMLElement).click());
    await s.panel.waitForSelector('[data-testid=snapshots] [data-list=authorizations]', { timeout: 30_000 });
    const counts = await s.panel.$$eval('[data-testid=snapshots] li', (li) => li.map((x) => x.textContent));
    expect(counts).toHaveLength(3);
    expect(counts[1]).toMatch(/57/);
    // The inventory's database (the extension's origin) holds one complete snapshot.
    const stored = await s.panel.evaluate(() => new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('passerelle');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
        all.onsuccess = () => resolve((all.result as { complete: boolean; contacts: unknown[]; relations: unknown[]; authorizations: unknown[] }[]).map((x) => [x.complete, x.contacts.length, x.relations.length, x.authorizations.length]));
      };
    }));
    expect(stored).toEqual([[true, 23, 57, 115]]);
    expect(await s.portal.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await s.portal.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
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
