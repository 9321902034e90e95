/**
 * The replica must behave like the portal, or tests against it prove nothing:
 * writing values into the DOM commits nothing; only a person's sequences do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTCOMES } from '../content/targets';
import { $, openReplica as open, pointer, until } from '../test/unit/helpers/replica';
import { currentScreenId, isTrainingCopy } from './app';
import { hook } from './hook';
import { ENGLISH, setPortalLanguage } from './english';

describe('replica routing', () => {
  it.each([
    ['?id=relations', 'relations'],
    ['?id=nope', 'login'],
    ['', 'login'],
  ])('%j → %s', (search, id) => expect(currentScreenId(search)).toBe(id));
  it.each([
    ['chrome-extension:', true],
    ['moz-extension:', true],
    ['https:', false],
  ])('training banner for %s: %s', (protocol, shown) => expect(isTrainingCopy(protocol)).toBe(shown));
  it('shows no training banner at the portal\'s address', () => {
    open('login');
    expect(document.querySelector('.training-banner')).toBeNull();
  });
});

describe('replica widgets', () => {
  beforeEach(() => open('add-relation'));

  it('drop-down: setting the hidden select or clicking an option without a press chooses nothing', () => {
    const select = $<HTMLSelectElement>('[data-field=who] select');
    select.value = 'Une autre organisation';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(hook.committed().who).toBe('');
    pointer($('#f-who'), 'pointerdown'); // opens
    const option = [...document.querySelectorAll<HTMLElement>('#f-who-listbox [role=option]')].find((o) => o.textContent === 'Mon organisation')!;
    option.click();
    expect(hook.committed().who).toBe('');
    pointer(option, 'pointerdown');
    option.click();
    expect(hook.committed().who).toBe('Mon organisation');
    expect($('[data-field=relation]').hidden).toBe(false);
  });

  it('picker: typing commits nothing until an entry is chosen; results arrive later', async () => {
    const input = $<HTMLInputElement>('#f-contact');
    input.focus();
    input.value = 'Tremblay';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(document.querySelector('#f-contact-listbox [role=option]')).toBeNull();
    expect(await until(() => !!document.querySelector('#f-contact-listbox [role=option]'))).toBe(true);
    input.blur();
    expect(hook.committed().contact).toBe('');
    expect(input.value).toBe('');
  });

  it('checkbox: writing .checked commits nothing; a click does and shows the conditional fields', () => {
    const box = $<HTMLInputElement>('#f-contactMissing');
    box.checked = true;
    expect(hook.committed().contactMissing).toBe(false);
    box.checked = false;
    box.click();
    expect(hook.committed().contactMissing).toBe(true);
    expect($('[data-field=firstName]').closest('[hidden]')).toBeNull();
  });

  it('dates: commit on blur, an error otherwise', () => {
    const end = $<HTMLInputElement>('#f-endDate');
    end.focus();
    end.value = '2026-02-30';
    expect(hook.committed().endDate).toBe('9999-12-31');
    end.blur();
    expect(hook.committed().endDate).toBeNull();
    expect(end.getAttribute('aria-invalid')).toBe('true');
  });

  it('« Soumettre » with missing fields records nothing but counts the click', () => {
    const before = hook.clicks.submit;
    [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Soumettre')!.click();
    expect(hook.clicks.submit).toBe(before + 1);
    expect(hook.submissions).toHaveLength(0);
    expect(document.querySelector('.error-summary')!.textContent).toMatch(/obligatoires/);
  });
});

describe('the English training copy: words shown around values', () => {
  // The panel sets the copy's language (training-copy.ts); the portal's address stays French.
  beforeEach(() => setPortalLanguage('en'));
  afterEach(() => setPortalLanguage('fr'));

  /** Chooses the first contact the picker finds for « Tremblay », the way a person does. */
  async function chooseContact() {
    const input = $<HTMLInputElement>('#f-contact');
    input.focus();
    input.value = 'Tremblay';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await until(() => !!document.querySelector('#f-contact-listbox [role=option]'))).toBe(true);
    const option = document.querySelector<HTMLElement>('#f-contact-listbox [role=option]')!;
    pointer(option, 'pointerdown');
    option.click();
    expect(hook.committed().contact).not.toBe('');
  }

  it('« Valeur actuelle: … » hints, value as stored', async () => {
    open('modify-contact');
    await chooseContact();
    const email = $('#email-hint').textContent!;
    expect(email).toMatch(/^Current value: \S+@\S+$/);
    expect($('#language-hint').textContent).toMatch(/^Current value: (French|English)$/);
  });

  it('« Relation(s) déjà octroyée(s) : … »', async () => {
    open('remove-relation');
    await chooseContact();
    expect($('[data-field=granted]').textContent).toMatch(/^Relationship\(s\) already granted: \S/);
  });

  it('the date error and its placeholder', () => {
    open('add-relation');
    const end = $<HTMLInputElement>('#f-endDate');
    expect(end.placeholder).toBe('YYYY-MM-DD');
    end.focus();
    end.value = '2026-02-30';
    end.blur();
    expect($('#endDate-error').textContent).toBe('Invalid date. Use the format YYYY-MM-DD.');
  });

  it('breadcrumb and catalogue headings («Profil » stays: it is data too)', () => {
    open('relations');
    expect($('nav[aria-label=Breadcrumb]').textContent).toBe('Home > Relationships and authorizations');
    open('catalogue');
    [...document.querySelectorAll<HTMLButtonElement>('.catalogues button')].find((b) => b.textContent === 'Profil')!.click();
    [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Client file')!.click();
    expect($('.tiles h2').textContent).toBe('Profil › Client file');
  });

  it('the confirmation carries the words Passerelle looks for once a request is submitted', () => {
    expect(ENGLISH['Votre demande a été soumise avec succès. Numéro de la demande :']).toContain(OUTCOMES.submitted[1]);
  });

  it('at the portal\'s address the same words stay French', () => {
    setPortalLanguage('fr');
    open('relations');
    expect($("nav[aria-label=\"Fil d'Ariane\"]").textContent).toBe('Accueil > Relations et autorisations');
  });
});
