/** The list reader against the replica's own pages (happy-dom). */
import { afterEach, describe, expect, it } from 'vitest';
import { CONTACTS, contactEntry, listData } from '../portal/data';
import { setPortalLanguage } from '../portal/english';
import { hook } from '../portal/hook';
import { $, choose, openReplica as open, shownList } from '../test/unit/helpers/replica';
import { filtered, readLists } from './lists';
import type { PortEvent } from './protocol';

describe('readLists on the replica', () => {
  it('reads a list whole, page by page', async () => {
    open('relations');
    const events: PortEvent[] = [];
    await readLists(['contacts'], (e) => events.push(e), () => false);
    expect(events.map((e) => e.type)).toEqual(['lists.progress', 'lists.progress', 'lists.done']);
    const done = events[2]!;
    expect(done.type === 'lists.done' && done.snapshots[0]).toMatchObject({ list: 'contacts', total: 23, rows: listData('contacts').rows });
  });

  it('stops when cancelled and hands back nothing', async () => {
    open('relations');
    const events: PortEvent[] = [];
    let cancelled = false;
    await readLists(['relations'], (e) => (events.push(e), e.type === 'lists.progress' && (cancelled = true)), () => cancelled);
    expect(events.map((e) => e.type)).toEqual(['lists.progress', 'lists.failed']);
    expect(events[1]).toMatchObject({ reason: 'cancelled' });
  });

  it('retries a page that failed to load', async () => {
    open('relations');
    const events: PortEvent[] = [];
    hook.failNextPage(1);
    await readLists(['contacts'], (e) => events.push(e), () => false);
    expect(events.filter((e) => e.type === 'lists.retry')).toHaveLength(1);
    expect(events.at(-1)!.type).toBe('lists.done');
  });
});

describe('a list narrowed by the filter « Contacts de l\'organisation »', () => {
  afterEach(() => setPortalLanguage('fr'));
  const tremblay = contactEntry(CONTACTS[1]!);

  it('is refused, nothing handed back, and the filter left as the person set it', async () => {
    open('relations');
    choose('f-contactFilter', tremblay);
    await shownList();
    const events: PortEvent[] = [];
    await readLists(['contacts', 'relations', 'authorizations'], (e) => events.push(e), () => false);
    expect(events.at(-1)).toEqual({ type: 'lists.failed', list: 'authorizations', reason: 'filtered' });
    expect(events.some((e) => e.type === 'lists.done')).toBe(false);
    expect($('#f-contactFilter .value').textContent).toBe(tremblay);
    expect((await shownList()).rows).toEqual(listData('authorizations', 1).rows);
  });

  it('reads every row once the filter is back to « - Aucun - »', async () => {
    open('relations');
    choose('f-contactFilter', tremblay);
    await shownList();
    choose('f-contactFilter', '- Aucun -');
    await shownList();
    const events: PortEvent[] = [];
    await readLists(['authorizations'], (e) => events.push(e), () => false);
    const done = events.at(-1)!;
    expect(done.type === 'lists.done' && done.snapshots[0]).toMatchObject({ total: 115, rows: listData('authorizations').rows });
  });

  it('is seen on the English training copy too (« Organization contacts », "- None -")', async () => {
    setPortalLanguage('en');
    open('relations');
    expect(filtered()).toBe(false);
    choose('f-contactFilter', tremblay);
    await shownList();
    expect(filtered()).toBe(true);
    choose('f-contactFilter', '- None -');
    await shownList();
    expect(filtered()).toBe(false);
  });
});

describe('filtered(): a contact filter found by its label, judged by the value it shows', () => {
  // The choice is set after parsing (data-chosen): happy-dom does not always honour `selected` in markup.
  const select = (label: string, chosen: string, attrs = '') =>
    `<div ${attrs}><label for="f">${label}</label><select id="f" data-chosen="${chosen}"><option>- Aucun -</option><option>Tous</option><option>TREMBLAY, Éric</option><option>- None -</option></select></div>`;
  it.each([
    ['a select on one contact', select("Contacts de l'organisation", 'TREMBLAY, Éric'), true],
    ['a select on « - Aucun - »', select("Contacts de l'organisation", '- Aucun -'), false],
    ['a select on « Tous »', select("Contacts de l'organisation *", 'Tous'), false],
    ['the English label, one contact', select('Organization contacts', 'TREMBLAY, Éric'), true],
    ['the English label, "- None -"', select('Organization contacts', '- None -'), false],
    ['a hidden filter', select("Contacts de l'organisation", 'TREMBLAY, Éric', 'hidden'), false],
    ['another drop-down with a value', select('Profil concerné', 'TREMBLAY, Éric'), false],
    ['a custom drop-down showing a name', `<div role="combobox" aria-label="Contacts de l'organisation">TREMBLAY, Éric ▾</div>`, true],
    ['a search box with a name, more words in its label', `<input type="search" aria-label="Filtrer par contacts de l'organisation" value="Tremblay">`, true],
    ['an empty search box', `<input type="search" aria-label="Contacts de l'organisation" value="">`, false],
  ])('%s → %s', (_name, html, expected) => {
    document.body.innerHTML = html; // a test fixture, not product code
    for (const s of document.querySelectorAll<HTMLSelectElement>('select[data-chosen]')) s.value = s.dataset.chosen!;
    expect(filtered()).toBe(expected);
  });
});
