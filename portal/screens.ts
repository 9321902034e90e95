/**
 * The replica's screens, one per `?id=`. Labels are the portal's, quoted from SPEC.md.
 */
import { h } from './dom';
import { portalLanguage, shown as inCopyLanguage } from './english';
import { CONTACTS, FIRM, PAGE_SIZE, contactEntry, listData, type ListId } from './data';
import { addRelationForm, modifyContactForm, removeRelationForm } from './forms';
import { count, hook, setCommittedSource, takeFailure } from './hook';
import { FormModel, checkboxField, choiceField, textField } from './widgets';

/** Shows screen `id`; `params` go in the query string beside it (which contact, which list). */
export type Navigate = (id: string, params?: Record<string, string>) => void;

export interface Screen {
  title: string;
  render(navigate: Navigate): HTMLElement;
}

const link = (navigate: Navigate, id: string, text: string | Node, attrs: Record<string, string> = {}, params: Record<string, string> = {}) =>
  h('a', { href: `?${new URLSearchParams({ id, ...params })}`, ...attrs, onclick: (e: Event) => (e.preventDefault(), navigate(id, params)) }, text);

/** Data (names, addresses) shown as is: a text node, never translated with the screen. */
const data = (text: string) => document.createTextNode(text);

/** The signed-in header: « Mon organisation » is a menu, « Catalogue de services » a link. */
function header(navigate: Navigate) {
  const menu = h('ul', { role: 'menu', id: 'menu-organisation', class: 'menu' },
    h('li', { role: 'none' }, link(navigate, 'relations', 'Relations et autorisations', { role: 'menuitem' })),
    h('li', { role: 'none' }, h('a', { href: '#', role: 'menuitem', onclick: (e: Event) => e.preventDefault() }, "Profil de l'organisation")),
  );
  menu.hidden = true;
  const toggle = h('button', { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'menu-organisation' }, 'Mon organisation');
  toggle.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    toggle.setAttribute('aria-expanded', String(!menu.hidden));
  });
  return h('header', { class: 'portal-header' },
    h('span', { class: 'brand' }, 'CCQ · Services en ligne'),
    h('nav', { 'aria-label': 'Menu principal' },
      link(navigate, 'home', 'Accueil'),
      h('div', { class: 'menu-wrap' }, toggle, menu),
      link(navigate, 'catalogue', 'Catalogue de services'),
      h('a', { href: '#', onclick: (e: Event) => e.preventDefault() }, 'Mes dossiers autorisés'),
    ),
    h('span', { class: 'profile' }, FIRM.name),
  );
}

const signedIn = (navigate: Navigate, ...children: (Node | string)[]) => h('div', { class: 'signed-in' }, header(navigate), ...children);

/** Screens with a form of plain fields (sign-up, code) expose their committed values too. */
function plainForm(title: string, build: (form: FormModel) => (HTMLElement | { row: HTMLElement })[]) {
  const form = new FormModel();
  setCommittedSource(() => form.values);
  return h('form', { class: 'plain-form', novalidate: true, onsubmit: (e: Event) => e.preventDefault() },
    h('h2', {}, title), ...build(form).map((p) => ('row' in p ? p.row : p)));
}

function button(text: string, onclick: () => void, cls = 'primary') {
  return h('button', { type: 'button', class: cls, onclick }, text);
}

const LIST_TABS: [ListId, string][] = [
  ['authorizations', 'Autorisations'],
  ['contacts', "Contacts de l'organisation"],
  ['relations', "Relations de l'organisation"],
];

/**
 * The filter « Contacts de l'organisation » over « Autorisations »: one
 * contact's rows, or everyone's with « - Aucun - ». A portal drop-down
 * (widgets.ts); choosing reloads the list from its first page.
 */
function contactFilter(onChange: () => void) {
  const form = new FormModel();
  const field = choiceField(form, 'contactFilter', "Contacts de l'organisation", CONTACTS.map(contactEntry));
  form.onCommit(onChange);
  return {
    row: h('div', { class: 'list-filter' }, field.row),
    /** The chosen contact's index in CONTACTS, or undefined for everyone. */
    contact: () => {
      const i = CONTACTS.findIndex((c) => contactEntry(c) === form.values.contactFilter);
      return i < 0 ? undefined : i;
    },
  };
}

/**
 * « Relations et autorisations »: three lists re-rendered in place, 20 rows a
 * page, loaded asynchronously. `?list=` opens another list than
 * « Autorisations » (the way back from a contact's profile). The contact
 * filter stays set across tab changes, as the person left it.
 */
function relationsScreen(navigate: Navigate) {
  const asked = new URLSearchParams(location.search).get('list');
  let list: ListId = LIST_TABS.find(([id]) => id === asked)?.[0] ?? 'authorizations';
  let page = 0;
  const filter = contactFilter(() => load(list, 0));
  const tablist = h('div', { role: 'tablist', 'aria-label': 'Relations et autorisations' });
  const panel = h('div', { role: 'tabpanel', id: 'list-panel' });
  const status = h('div', { class: 'load-error', role: 'alert' });
  status.hidden = true;
  const load = (next: ListId, nextPage: number) => {
    const started = performance.now();
    panel.setAttribute('aria-busy', 'true');
    setTimeout(() => {
      if (!panel.isConnected) return; // the person left the screen meanwhile
      panel.removeAttribute('aria-busy');
      if (takeFailure()) {
        status.textContent = 'Une erreur est survenue lors du chargement de la liste. Veuillez réessayer.';
        status.hidden = false;
        return;
      }
      status.hidden = true;
      list = next;
      page = nextPage;
      render();
      hook.renders.push({ list, page, ms: performance.now() - started });
    }, 60 + (nextPage % 3) * 15);
  };
  const render = () => {
    const { columns, rows } = listData(list, list === 'authorizations' ? filter.contact() : undefined);
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    tablist.replaceChildren(
      ...LIST_TABS.map(([id, text]) =>
        h('button', { type: 'button', role: 'tab', 'aria-selected': String(id === list), 'aria-controls': 'list-panel', onclick: () => load(id, 0) }, text),
      ),
    );
    const pagerButton = (label: string, text: string, to: number, disabled: boolean) =>
      h('button', { type: 'button', 'aria-label': label, title: label, disabled, onclick: () => load(list, to) }, text);
    const first = rows.length ? page * PAGE_SIZE + 1 : 0;
    // Cells are data (names, subjects, « Vrai »): text nodes, never translated with the screen.
    // A contact's name opens their profile.
    const cell = (text: string, row: number, column: number) =>
      h('td', {}, list === 'contacts' && column === 0 ? link(navigate, 'contact', data(text), {}, { contact: String(page * PAGE_SIZE + row) }) : data(text));
    panel.replaceChildren(
      h('h2', {}, LIST_TABS.find(([id]) => id === list)![1]),
      ...(list === 'authorizations' ? [filter.row] : []),
      h('table', { class: 'list', 'data-list': list },
        h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...shown.map((r, i) => h('tr', {}, ...r.map((c, j) => cell(c, i, j))))),
      ),
      h('div', { class: 'pager' },
        pagerButton('Première page', '«', 0, page === 0),
        pagerButton('Page précédente', '‹', page - 1, page === 0),
        h('span', { class: 'range' }, portalLanguage() === 'en'
          ? `Rows ${first} - ${page * PAGE_SIZE + shown.length} of ${rows.length}`
          : `Rangées ${first} - ${page * PAGE_SIZE + shown.length} de ${rows.length}`),
        pagerButton('Page suivante', '›', page + 1, page >= pages - 1),
        pagerButton('Dernière page', '»', pages - 1, page >= pages - 1),
      ),
    );
  };
  render();
  return signedIn(navigate, h('main', {},
    h('nav', { 'aria-label': "Fil d'Ariane" }, link(navigate, 'home', 'Accueil'), ' > ', 'Relations et autorisations'),
    h('h1', {}, 'Relations et autorisations'),
    h('p', { class: 'notice' }, "Les mises à jour peuvent prendre jusqu'à 24 heures avant d'apparaître."),
    tablist, status, panel));
}

/**
 * A contact's profile (`?id=contact&contact=<n>`), opened from « Contacts de
 * l'organisation »: read-only details, the member form's fields (SPEC.md step
 * 5a), and the way back to the list. Choice values (language, phone type,
 * function) follow the copy's language like the forms' « Valeur actuelle »;
 * names, addresses and numbers are data.
 */
function contactScreen(navigate: Navigate) {
  const asked = new URLSearchParams(location.search).get('contact') ?? '';
  const c = /^\d+$/.test(asked) ? CONTACTS[Number(asked)] : undefined;
  const back = link(navigate, 'relations', 'Retour à la liste', { class: 'back' }, { list: 'contacts' });
  const trail = h('nav', { 'aria-label': "Fil d'Ariane" }, link(navigate, 'home', 'Accueil'), ' > ', link(navigate, 'relations', 'Relations et autorisations', {}, { list: 'contacts' }));
  if (!c) return signedIn(navigate, h('main', {}, trail, h('h1', {}, 'Profil du contact'), h('p', { role: 'alert' }, 'Contact introuvable.'), back));
  const details: [string, string | Node][] = [
    ['Prénom', data(c.first)],
    ['Nom', data(c.last)],
    ['Fonction', c.role],
    ['Organisation', data(FIRM.name)],
    ['Actif', data(c.active ? 'Vrai' : 'Faux')],
    ['Adresse courriel', data(c.email)],
    ['Langue de communication', c.language],
    ['Type du numéro de téléphone principal', c.phoneType],
    ['Territoire téléphonique', 'Amérique du Nord'],
    ['Indicatif', data('+1')],
    ['Numéro de téléphone principal', data(c.phone)],
  ];
  return signedIn(navigate, h('main', { class: 'contact-profile' },
    trail,
    h('h1', {}, 'Profil du contact'),
    h('h2', {}, data(`${c.first} ${c.last}`)),
    h('dl', { class: 'details' }, ...details.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value)))),
    back));
}

interface Tile { id: string; title: string; text: string }
const CATALOGUES: Record<string, Record<string, Tile[]>> = {
  Autorisations: {
    '': [
      { id: 'add-relation', title: 'Ajouter une relation ou des sujets autorisés', text: 'Ajouter un contact, une relation ou des sujets autorisés à un contact.' },
      { id: 'remove-relation', title: 'Retirer une relation ou des sujets autorisés à un contact', text: 'Retirer une ou plusieurs relations ou des sujets autorisés.' },
    ],
  },
  Profil: {
    'Dossier client': [
      { id: 'modify-contact', title: "Modifier les informations personnelles et les coordonnées d'un individu autorisé ou d'un contact", text: 'Coordonnées, informations personnelles, code de liaison.' },
    ],
  },
};

/** « Catalogue de services »: catalogues, then categories, then tiles, re-rendered in place. */
function catalogueScreen(navigate: Navigate) {
  const content = h('div', { class: 'catalogue' });
  const show = (catalogue?: string, category?: string) => {
    const side = h('ul', { class: 'catalogues', 'aria-label': 'Catalogues' },
      ...Object.keys(CATALOGUES).map((c) => h('li', {}, h('button', { type: 'button', 'aria-pressed': String(c === catalogue), onclick: () => show(c) }, c))));
    const cats = catalogue ? CATALOGUES[catalogue]! : undefined;
    const tiles = cats ? cats[category ?? ''] : undefined;
    const main = h('div', { class: 'tiles' });
    if (!cats) main.append(h('p', {}, 'Choisissez un catalogue.'));
    else if (!tiles) {
      main.append(h('h2', {}, catalogue!), ...Object.keys(cats).map((k) => button(k, () => show(catalogue, k), 'category')));
    } else {
      main.append(h('h2', {}, category ? `${inCopyLanguage(catalogue!)} › ${inCopyLanguage(category)}` : catalogue!),
        ...tiles.map((t) => h('a', { class: 'tile', href: `?id=${t.id}`, onclick: (e: Event) => (e.preventDefault(), navigate(t.id)) }, h('strong', {}, t.title), h('span', {}, t.text))));
    }
    content.replaceChildren(side, main);
  };
  show();
  return signedIn(navigate, h('main', {}, h('h1', {}, 'Catalogue de services'), content));
}

function linkScreen(navigate: Navigate) {
  const main = h('main', { class: 'link' });
  const stage = (name: 'methods' | 'intro' | 'fields' | 'success') => {
    setCommittedSource(() => ({}));
    if (name === 'methods') {
      main.replaceChildren(h('h1', {}, 'Lier mon compte à un dossier'), h('p', {}, 'Choisissez une méthode de liaison.'),
        button('Utiliser des coordonnées de liaison', () => stage('intro'), 'method'),
        button("Utiliser mon ancien code d'utilisateur et mot de passe", () => undefined, 'method'));
    } else if (name === 'intro') {
      main.replaceChildren(h('h1', {}, "LIAISON D'UN PROFIL"), h('p', {}, 'Ayez en main les coordonnées de liaison reçues par courriel.'), button('Commencer', () => stage('fields')));
    } else if (name === 'fields') {
      const error = h('p', { class: 'error', role: 'alert' });
      main.replaceChildren(h('h1', {}, "LIAISON D'UN PROFIL"), plainForm('Coordonnées de liaison', (form) => [
        textField(form, 'fileNumber', 'Numéro de dossier', { required: true }),
        textField(form, 'linkingCode', 'Code de liaison', { required: true, type: 'password', autocomplete: 'off' }),
        error,
        button('Lier', () => {
          count('lier');
          if (form.values.fileNumber && form.values.linkingCode) stage('success');
          else error.textContent = 'Veuillez remplir les champs obligatoires.';
        }),
      ]));
    } else {
      main.replaceChildren(h('h1', {}, "LIAISON D'UN PROFIL"),
        h('div', { class: 'confirmation', role: 'status' }, `Votre compte a été lié avec succès au profil ${FIRM.name}.`),
        button('Sélectionnez un profil', () => navigate('home')));
    }
  };
  stage('methods');
  return main;
}

export const screens: Record<string, Screen> = {
  login: {
    title: 'Se connecter',
    render: (navigate) => {
      setCommittedSource(() => ({}));
      return h('main', { class: 'login' },
        h('h1', {}, 'SERVICES EN LIGNE'),
        h('form', { onsubmit: (e: Event) => (e.preventDefault(), navigate('home')) },
          h('h2', {}, 'Se connecter'),
          h('label', { for: 'email' }, 'Adresse courriel'),
          h('input', { id: 'email', type: 'email', placeholder: 'exemple@courriel.com', autocomplete: 'username' }),
          h('label', { for: 'password' }, 'Mot de passe'),
          h('input', { id: 'password', type: 'password', autocomplete: 'current-password' }),
          h('a', { href: '#' }, 'Mot de passe oublié?'),
          h('button', { type: 'submit' }, 'Connexion')),
        h('section', { class: 'create' },
          h('h2', {}, 'Créer un compte'),
          h('p', {}, 'Nouveau système, nouveau compte requis.'),
          button('Créer un compte', () => navigate('signup'))),
        h('p', {}, 'Accès réservé - ', h('a', { href: '#' }, "Partenaires de la CCQ et titulaires d'un permis de référence")));
    },
  },
  signup: {
    title: 'Création du compte',
    render: (navigate) => h('main', {}, h('h1', {}, 'Création du compte'), h('p', { class: 'step' }, 'Étape 1 de 2'),
      plainForm('Création du compte (1/2)', (form) => [
        textField(form, 'email', 'Adresse courriel', { required: true, type: 'email', autocomplete: 'username' }),
        textField(form, 'password', 'Mot de passe', { required: true, type: 'password', autocomplete: 'new-password' }),
        textField(form, 'confirm', 'Confirmez le mot de passe', { required: true, type: 'password', autocomplete: 'new-password' }),
        button('Suivant', () => navigate('signup2')),
        link(navigate, 'login', "Retour à l'authentification"),
      ])),
  },
  signup2: {
    title: 'Création du compte',
    // The guide says « Nom »; the screen says « Nom de famille »: label tolerance is exercised here.
    render: (navigate) => h('main', {}, h('h1', {}, 'Création du compte'), h('p', { class: 'step' }, 'Étape 2 de 2'),
      plainForm('Création du compte (2/2)', (form) => [
        textField(form, 'firstName', 'Prénom', { required: true }),
        textField(form, 'lastName', 'Nom de famille', { required: true }),
        checkboxField(form, 'terms', "J'ai lu et j'approuve les conditions d'utilisation.", { required: true, onClick: () => count('attestation') }),
        button('Créer mon compte', () => (count('creerCompte'), navigate('otp'))),
      ])),
  },
  otp: {
    title: 'Validation',
    render: (navigate) => h('main', {}, h('h1', {}, 'Validation du courriel'),
      h('p', {}, 'Un code à usage unique vous a été envoyé par courriel.'),
      plainForm('Code de validation', (form) => [
        textField(form, 'code', 'Code', { required: true, autocomplete: 'one-time-code' }),
        button('Valider le code', () => (count('validerCode'), navigate('link'))),
      ])),
  },
  link: { title: "Liaison d'un profil", render: linkScreen },
  home: {
    title: 'Accueil',
    render: (navigate) => {
      setCommittedSource(() => ({}));
      return signedIn(navigate, h('main', {}, h('h1', {}, 'Bienvenue'), h('p', {}, `Profil : ${FIRM.name}`)));
    },
  },
  relations: {
    title: 'Relations et autorisations',
    render: (navigate) => (setCommittedSource(() => ({})), relationsScreen(navigate)),
  },
  contact: {
    title: 'Profil du contact',
    render: (navigate) => (setCommittedSource(() => ({})), contactScreen(navigate)),
  },
  catalogue: {
    title: 'Catalogue de services',
    render: (navigate) => (setCommittedSource(() => ({})), catalogueScreen(navigate)),
  },
  'add-relation': { title: 'Ajouter une relation ou des sujets autorisés', render: (navigate) => signedIn(navigate, addRelationForm()) },
  'modify-contact': { title: 'Modifier les informations personnelles', render: (navigate) => signedIn(navigate, modifyContactForm()) },
  'remove-relation': { title: 'Retirer une relation ou des sujets autorisés', render: (navigate) => signedIn(navigate, removeRelationForm()) },
};
