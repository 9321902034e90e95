/**
 * The three catalogue forms, as SPEC.md describes them. « Soumettre » records a
 * submission in the test hook (and counts the click); nothing is ever sent.
 */
import { h } from './dom';
import { shown } from './english';
import { CONTACTS, EMPLOYERS, PROFILES, SUBJECTS_EMPLOYER, SUBJECTS_OWN, contactEntry, employerEntry, grantedEmployers } from './data';
import { count, hook, setCommittedSource } from './hook';
import {
  FormModel,
  checkboxField,
  checkboxGroup,
  chipsField,
  choiceField,
  dateField,
  pickerField,
  radioField,
  searchIn,
  setError,
  setHint,
  textField,
  type Field,
} from './widgets';

export const today = () => new Date().toISOString().slice(0, 10);
export const FOREVER = '9999-12-31';

const contactSearch = searchIn(() => CONTACTS.map(contactEntry));
const employerSearch = searchIn(() => EMPLOYERS.map(employerEntry));
const contactIndex = (entry: unknown) => CONTACTS.findIndex((c) => contactEntry(c) === entry);

function attestation(form: FormModel, name: string, text: string): Field {
  return checkboxField(form, name, text, { required: true, onClick: () => count('attestation') });
}

/** Validates visible required fields, records the submission, shows the confirmation. */
function submitBar(form: FormModel, body: HTMLElement, fields: Field[], title: string) {
  const summary = h('div', { class: 'error-summary', role: 'alert' });
  summary.hidden = true;
  const submit = h('button', { type: 'button', class: 'primary' }, 'Soumettre');
  submit.addEventListener('click', () => {
    count('submit');
    const missing = fields.filter((f) => f.required && !f.row.closest('[hidden]') && f.empty());
    for (const f of fields) setError(f, missing.includes(f) ? 'Ce champ est obligatoire.' : '');
    if (missing.length) {
      summary.textContent = 'Veuillez remplir les champs obligatoires.';
      summary.hidden = false;
      return;
    }
    hook.submissions.push({ form: title, ...structuredClone(form.values) });
    const number = `RITM${String(10040 + hook.submissions.length).padStart(7, '0')}`;
    body.replaceChildren(
      h('div', { class: 'confirmation', role: 'status' }, h('h2', {}, 'Demande soumise'), h('p', {}, `${shown('Votre demande a été soumise avec succès. Numéro de la demande :')} ${number}`)),
    );
  });
  return h('div', { class: 'actions' }, summary, submit);
}

function formShell(form: FormModel, title: string, intro: string, parts: (HTMLElement | Field)[], fields: Field[]) {
  setCommittedSource(() => form.values);
  const body = h('form', { class: 'catalog-form', novalidate: true, onsubmit: (e: Event) => e.preventDefault() });
  body.append(h('p', { class: 'intro' }, intro), ...parts.map((p) => ('row' in p ? p.row : p)), submitBar(form, body, fields, title));
  return h('main', {}, h('h1', {}, title), body);
}

function section(title: string, ...children: HTMLElement[]) {
  return h('section', { class: 'form-section' }, h('h2', {}, title), ...children);
}

export function addRelationForm(): HTMLElement {
  const form = new FormModel();
  const notExisting = (v: Record<string, unknown>) => v.contactMissing === true;
  const who = (v: Record<string, unknown>) => v.who as string;
  const profile = choiceField(form, 'profile', 'Profil concerné', PROFILES, { required: true, initial: PROFILES[0] });
  const contact = pickerField(form, 'contact', 'Contact dans ce profil', contactSearch, { required: true, placeholder: 'Rechercher un contact', when: (v) => !notExisting(v) });
  const missing = checkboxField(form, 'contactMissing', "Le contact n'existe pas");
  const first = textField(form, 'firstName', 'Prénom', { required: true, when: notExisting });
  const last = textField(form, 'lastName', 'Nom', { required: true, when: notExisting });
  const birth = dateField(form, 'birthDate', 'Date de naissance', { when: notExisting });
  const client = textField(form, 'clientNumber', 'Numéro de client CCQ', { when: notExisting, hint: "S'il existe, le numéro permet d'éviter les doublons." });
  const email = textField(form, 'email', 'Adresse courriel', { required: true, type: 'email', when: notExisting });
  const lang = choiceField(form, 'language', 'Langue de communication', ['Français', 'Anglais'], { required: true, when: notExisting });
  const phone = textField(form, 'phone', 'Numéro de téléphone principal', { required: true, placeholder: '000 000-0000', when: notExisting });
  const whom = choiceField(form, 'who', 'À qui désirez-vous ajouter une relation?', ['Mon organisation', 'Une autre organisation', 'Un individu'], { required: true });
  const org = pickerField(form, 'organisation', "Choisir l'organisation en relation", employerSearch, { required: true, placeholder: 'Rechercher une organisation', when: (v) => who(v) === 'Une autre organisation' });
  const person = pickerField(form, 'individual', "Choisir l'individu en relation", contactSearch, { required: true, placeholder: 'Rechercher un individu', when: (v) => who(v) === 'Un individu' });
  const relation = choiceField(form, 'relation', 'Choisir la relation à ajouter', ['Membre du personnel', 'Personne responsable'], { required: true, when: (v) => who(v) === 'Mon organisation' });
  const start = dateField(form, 'startDate', 'Date de début', { required: true, initial: today() });
  const end = dateField(form, 'endDate', 'Date de fin', { initial: FOREVER });
  const subjects = chipsField(form, 'subjects', 'Autorisation(s) à ajouter', SUBJECTS_OWN, { hint: 'Sujets autorisés en lecture et en écriture. Plusieurs choix possibles.' });
  const a1 = attestation(form, 'attestAuthority', "J'atteste que l'autorisation permet à cette personne d'obtenir des informations ou d'agir au nom de l'organisation.");
  const a2 = attestation(form, 'attestAccurate', "J'atteste que les modifications demandées sont exactes et qu'elles prendront effet.");
  // A dependent list: the subjects on offer depend on whom the relation is with.
  let lastWho = '';
  form.onCommit(() => {
    if (form.values.who === lastWho) return;
    lastWho = form.values.who as string;
    subjects.setOptions(lastWho === 'Une autre organisation' ? SUBJECTS_EMPLOYER : SUBJECTS_OWN);
  });
  const fields = [profile, contact, missing, first, last, birth, client, email, lang, phone, whom, org, person, relation, start, end, subjects, a1, a2];
  const personal = section('Informations personnelles du contact', first.row, last.row, birth.row, client.row, email.row, lang.row, phone.row);
  form.onCommit(() => (personal.hidden = !notExisting(form.values)));
  personal.hidden = true;
  return formShell(
    form,
    'AJOUTER UNE RELATION OU DES SUJETS AUTORISÉS À UN CONTACT',
    'Seules les personnes ayant les autorisations requises peuvent utiliser ce formulaire.',
    [profile, contact, missing, personal, section('Relation à ajouter', whom.row, org.row, person.row, relation.row, start.row, end.row), subjects, section('Déclaration', a1.row, a2.row)],
    fields,
  );
}

export function modifyContactForm(): HTMLElement {
  const form = new FormModel();
  const wants = (what: string) => (v: Record<string, unknown>) => v[what] === true;
  const profile = choiceField(form, 'profile', 'Profil concerné', PROFILES, { required: true, initial: PROFILES[0] });
  const contact = pickerField(form, 'contact', 'Individu autorisé ou contact dans ce profil', contactSearch, { required: true, placeholder: 'Rechercher un contact' });
  const cComm = checkboxField(form, 'changeCommunication', 'Coordonnées de communication');
  const cPers = checkboxField(form, 'changePersonal', 'Informations personnelles');
  const cEnd = checkboxField(form, 'changeEndDate', "Date de fin d'une relation");
  const comm = wants('changeCommunication');
  const lang = choiceField(form, 'language', 'Langue de communication', ['Français', 'Anglais'], { when: comm });
  const email = textField(form, 'email', 'Adresse courriel', { type: 'email', when: comm });
  const phoneType = choiceField(form, 'phoneType', 'Type du numéro de téléphone principal', ['Cellulaire', 'Domicile', 'Travail'], { when: comm });
  const territory = choiceField(form, 'territory', 'Territoire téléphonique', ['Amérique du Nord', 'International'], { when: comm, initial: 'Amérique du Nord' });
  const prefix = textField(form, 'prefix', 'Indicatif', { readOnly: true, initial: '+1', when: comm });
  const phone = textField(form, 'phone', 'Numéro de téléphone principal', { placeholder: '000 000-0000', when: comm });
  const addPhone = checkboxField(form, 'addPhone', 'Ajouter un autre numéro de téléphone', { when: comm });
  const phone2 = textField(form, 'phone2', 'Autre numéro de téléphone', { placeholder: '000 000-0000', when: (v) => comm(v) && v.addPhone === true });
  const pers = wants('changePersonal');
  const first = textField(form, 'firstName', 'Prénom', { when: pers });
  const last = textField(form, 'lastName', 'Nom', { when: pers });
  const relation = choiceField(form, 'endRelation', 'Relation', [], { required: true, when: wants('changeEndDate') });
  const endDate = dateField(form, 'endDate', 'Date de fin', { required: true, when: wants('changeEndDate') });
  const code = checkboxField(form, 'newLinkingCode', 'Émettre un nouveau code de liaison');
  const attest = attestation(form, 'attestAccurate', "J'atteste que les modifications demandées sont exactes et complètes.");
  // Choosing the contact shows its current values and reloads its relations.
  let lastContact: unknown;
  form.onCommit(() => {
    if (form.values.contact === lastContact) return;
    lastContact = form.values.contact;
    const c = CONTACTS[contactIndex(lastContact)];
    setHint(lang, c ? `${shown('Valeur actuelle:')} ${shown(c.language)}` : '');
    setHint(email, c ? `${shown('Valeur actuelle:')} ${c.email}` : '');
    setHint(phoneType, c ? `${shown('Valeur actuelle:')} ${shown(c.phoneType)}` : '');
    setHint(phone, c ? `${shown('Valeur actuelle:')} ${c.phone}` : '');
    relation.setOptions(c ? grantedEmployers(contactIndex(lastContact)).map((e) => `${e.name} - a comme firme comptable ou serv. de paie`) : []);
  });
  const fields = [profile, contact, cComm, cPers, cEnd, lang, email, phoneType, territory, prefix, phone, addPhone, phone2, first, last, relation, endDate, code, attest];
  return formShell(
    form,
    "MODIFIER LES INFORMATIONS PERSONNELLES ET LES COORDONNÉES D'UN INDIVIDU AUTORISÉ OU D'UN CONTACT",
    'Les modifications peuvent prendre jusqu’à 24 heures avant d’apparaître.',
    [
      profile,
      contact,
      checkboxGroup(form, 'Que désirez-vous modifier?', [cComm, cPers, cEnd]),
      section('Coordonnées de communication', lang.row, email.row, phoneType.row, territory.row, prefix.row, phone.row, addPhone.row, phone2.row),
      section('Informations personnelles', first.row, last.row),
      section("Date de fin d'une relation", relation.row, endDate.row),
      code,
      section('Déclaration', attest.row),
    ],
    fields,
  );
}

export const REMOVE_CHOICES = ['Toutes les relations', 'Une ou plusieurs relation(s)', 'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation'];

export function removeRelationForm(): HTMLElement {
  const form = new FormModel();
  const profile = choiceField(form, 'profile', 'Profil concerné', PROFILES, { required: true, initial: PROFILES[0] });
  const contact = pickerField(form, 'contact', 'Contact dans ce profil', contactSearch, { required: true, placeholder: 'Rechercher un contact' });
  const granted = h('p', { class: 'granted', 'data-field': 'granted' });
  granted.hidden = true;
  const scope = radioField(form, 'scope', 'Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer?', REMOVE_CHOICES, { required: true });
  const relations = chipsField(form, 'relations', 'Relation(s) à retirer', [], { required: true, when: (v) => v.scope === REMOVE_CHOICES[1] });
  const relation = choiceField(form, 'relation', 'Relation', [], { required: true, when: (v) => v.scope === REMOVE_CHOICES[2] });
  const subjects = chipsField(form, 'subjects', 'Sujet(s) autorisé(s) à retirer', SUBJECTS_EMPLOYER, { required: true, when: (v) => v.scope === REMOVE_CHOICES[2] });
  const attest = attestation(form, 'attestAccurate', "J'atteste que les modifications demandées sont exactes.");
  let lastContact: unknown;
  form.onCommit(() => {
    if (form.values.contact === lastContact) return;
    lastContact = form.values.contact;
    const i = contactIndex(lastContact);
    const names = i < 0 ? [] : grantedEmployers(i).map((e) => e.name);
    granted.textContent = i < 0 ? '' : `${shown('Relation(s) déjà octroyée(s) :')} ${names.join(', ')}`;
    granted.hidden = i < 0;
    relations.setOptions(names);
    relation.setOptions(names);
  });
  return formShell(
    form,
    'RETIRER UNE RELATION OU DES SUJETS AUTORISÉS À UN CONTACT',
    '« Toutes les relations » retire aussi les sujets autorisés qui y sont liés, y compris ceux de vos clients.',
    [profile, contact, granted, scope, relations, relation, subjects, section('Déclaration', attest.row)],
    [profile, contact, scope, relations, relation, subjects, attest],
  );
}
