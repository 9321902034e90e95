/**
 * « Relations et autorisations » as SPEC.md step 3 describes it: the filter
 * « Contacts de l'organisation » over « Autorisations », and each contact's
 * profile opened from « Contacts de l'organisation ».
 */
import { afterEach, describe, expect, it } from 'vitest';
import { $, choose, openReplica, shownList } from '../test/unit/helpers/replica';
import { CONTACTS, FIRM, SUBJECTS_OWN, contactEntry, listData } from './data';
import { setPortalLanguage } from './english';
import { hook } from './hook';

const ALL = listData('authorizations').rows;
const tab = (name: string) => [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === name)!;
const filterShows = () => $('#f-contactFilter .value').textContent;
/** The profile's details as label → value. */
const details = () => Object.fromEntries([...document.querySelectorAll('.details div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));

describe('« Autorisations »: ordering', () => {
  it('lists the organisation\'s own subjects first, then each member\'s rows together', () => {
    const own = ALL.findIndex((r) => r[2] !== FIRM.name);
    expect(ALL.slice(0, own).map((r) => r[0])).toEqual(SUBJECTS_OWN);
    expect(ALL.slice(own).every((r) => r[2] !== FIRM.name)).toBe(true);
    // Grouped by member: each contact's rows form one block.
    const blocks = ALL.map((r) => r[4]).filter((name, i, all) => name !== all[i - 1]);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(ALL).toHaveLength(115);
  });
});

describe('« Autorisations »: the filter « Contacts de l\'organisation »', () => {
  it('narrows the table to one contact\'s rows, and « - Aucun - » brings everyone back', async () => {
    openReplica('relations');
    expect(filterShows()).toBe('- Aucun -');
    expect((await shownList()).range).toBe('Rangées 1 - 20 de 115');
    choose('f-contactFilter', contactEntry(CONTACTS[1]!));
    const one = await shownList();
    const expected = listData('authorizations', 1).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(one.rows).toEqual(expected);
    expect(one.rows.every((r) => r[4] === 'TREMBLAY, ERIC')).toBe(true);
    expect(one.range).toBe(`Rangées 1 - ${expected.length} de ${expected.length}`);
    choose('f-contactFilter', '- Aucun -');
    const all = await shownList();
    expect(all.range).toBe('Rangées 1 - 20 de 115');
    expect(all.rows).toEqual(ALL.slice(0, 20));
  });

  it('for the responsable, her organisation\'s own subjects come first', async () => {
    openReplica('relations');
    choose('f-contactFilter', contactEntry(CONTACTS[0]!));
    const { rows } = await shownList();
    expect(rows.slice(0, 3).map((r) => [r[0], r[2]])).toEqual(SUBJECTS_OWN.map((s) => [s, FIRM.name]));
    expect(rows.slice(3).every((r) => r[2] !== FIRM.name && r[4] === 'DESCOTTEAUX-LAFORCE, REBECCA')).toBe(true);
  });

  it('writing the hidden select filters nothing', async () => {
    openReplica('relations');
    const select = $<HTMLSelectElement>('[data-field=contactFilter] select');
    select.value = contactEntry(CONTACTS[1]!);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await shownList()).range).toBe('Rangées 1 - 20 de 115');
    expect(filterShows()).toBe('- Aucun -');
  });

  it('shows only on « Autorisations », and is still set when the person comes back to it', async () => {
    openReplica('relations');
    choose('f-contactFilter', contactEntry(CONTACTS[1]!));
    await shownList();
    tab("Contacts de l'organisation").click();
    expect((await shownList()).range).toBe('Rangées 1 - 20 de 23');
    expect(document.querySelector('#f-contactFilter')).toBeNull();
    tab('Autorisations').click();
    const back = await shownList();
    expect(filterShows()).toBe(contactEntry(CONTACTS[1]!));
    expect(back.rows).toEqual(listData('authorizations', 1).rows);
  });
});

describe('a contact\'s profile, from « Contacts de l\'organisation »', () => {
  afterEach(() => setPortalLanguage('fr'));

  /** Opens the contacts list, goes to `page` (1-based), and clicks the name in `row`. */
  async function openProfile(row: number, page = 1) {
    openReplica('relations');
    tab("Contacts de l'organisation").click();
    await shownList();
    for (let p = 1; p < page; p++) {
      $<HTMLButtonElement>('button[aria-label="Page suivante"]').click();
      await shownList();
    }
    document.querySelectorAll<HTMLAnchorElement>('table.list tbody tr td:first-child a')[row]!.click();
  }

  it('each name opens that contact\'s details, read only', async () => {
    await openProfile(1);
    const c = CONTACTS[1]!;
    expect(hook.screen).toBe('contact');
    expect($('main h2').textContent).toBe(`${c.first} ${c.last}`);
    expect(details()).toEqual({
      Prénom: c.first,
      Nom: c.last,
      Fonction: c.role,
      Organisation: FIRM.name,
      Actif: 'Vrai',
      'Adresse courriel': c.email,
      'Langue de communication': c.language,
      'Type du numéro de téléphone principal': c.phoneType,
      'Territoire téléphonique': 'Amérique du Nord',
      Indicatif: '+1',
      'Numéro de téléphone principal': c.phone,
    });
    expect(document.querySelectorAll('main input, main select, main textarea, main [role=combobox]')).toHaveLength(0);
  });

  it('opens the right contact from a later page, and the way back returns to the contacts list', async () => {
    await openProfile(1, 2);
    expect($('main h2').textContent).toBe(`${CONTACTS[21]!.first} ${CONTACTS[21]!.last}`);
    expect(details().Actif).toBe('Faux');
    [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent === 'Retour à la liste')!.click();
    expect(hook.screen).toBe('relations');
    expect(tab("Contacts de l'organisation").getAttribute('aria-selected')).toBe('true');
    expect((await shownList()).rows).toEqual(listData('contacts').rows.slice(0, 20));
  });

  it('says so for a contact that does not exist', () => {
    openReplica('contact&contact=99');
    expect($('main [role=alert]').textContent).toBe('Contact introuvable.');
    expect(document.querySelector('.details')).toBeNull();
  });

  it('in the English training copy: labels and choices in English, data as is', async () => {
    setPortalLanguage('en');
    openReplica('contact&contact=4');
    const c = CONTACTS[4]!;
    expect(c.language).toBe('Anglais');
    expect($('main h1').textContent).toBe('Contact profile');
    expect(details()).toMatchObject({ 'First name': c.first, 'Last name': c.last, 'Email address': c.email, 'Language of communication': 'English', Function: 'Staff member', 'Phone territory': 'North America' });
    expect([...document.querySelectorAll('a')].some((a) => a.textContent === 'Back to the list')).toBe(true);
    openReplica('relations');
    expect($('#f-contactFilter-label').textContent).toBe('Organization contacts');
    expect(filterShows()).toBe('- None -');
  });
});
