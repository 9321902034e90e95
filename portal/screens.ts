/**
 * The replica's screens. Labels are the portal's, quoted from SPEC.md.
 */
import { h } from './dom';

export interface Screen {
  title: string;
  render(navigate: (id: string) => void): HTMLElement;
}

const link = (navigate: (id: string) => void, id: string, text: string) =>
  h('a', { href: `?id=${id}`, onclick: (e: Event) => (e.preventDefault(), navigate(id)) }, text);

export const RELATIONS = [
  ['ENTREPRISE SHW INC.', 'a comme firme comptable ou serv. de paie', 'LAFORCE COMPTABLE INC.', 'Vrai'],
  ['PLUMBERIE RICHARD BELANGER', 'a comme firme comptable ou serv. de paie', 'LAFORCE COMPTABLE INC.', 'Vrai'],
] as const;

export const screens: Record<string, Screen> = {
  login: {
    title: 'Se connecter',
    render: (navigate) =>
      h(
        'main',
        { class: 'login' },
        h('h1', {}, 'SERVICES EN LIGNE'),
        h(
          'form',
          { onsubmit: (e: Event) => e.preventDefault() },
          h('h2', {}, 'Se connecter'),
          h('label', { for: 'email' }, 'Adresse courriel'),
          h('input', { id: 'email', type: 'email', placeholder: 'exemple@courriel.com' }),
          h('label', { for: 'password' }, 'Mot de passe'),
          h('input', { id: 'password', type: 'password', autocomplete: 'current-password' }),
          h('a', { href: '#' }, 'Mot de passe oublié?'),
          h('button', { type: 'submit' }, 'Connexion'),
        ),
        h(
          'section',
          { class: 'create' },
          h('h2', {}, 'Créer un compte'),
          h('p', {}, 'Nouveau système, nouveau compte requis.'),
          h('button', { type: 'button', onclick: () => navigate('signup') }, 'Créer un compte'),
        ),
        h('p', {}, 'Accès réservé - ', h('a', { href: '#' }, "Partenaires de la CCQ et titulaires d'un permis de référence")),
      ),
  },
  relations: {
    title: 'Relations et autorisations',
    render: (navigate) =>
      h(
        'main',
        {},
        h('nav', { 'aria-label': "Fil d'Ariane" }, link(navigate, 'home', 'Accueil'), ' > Relations et autorisations'),
        h('h1', {}, 'Relations et autorisations'),
        h('h2', {}, "Relations de l'organisation"),
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...['Organisation', 'Type de relation', 'Organisation', 'Actif'].map((c) => h('th', {}, c)))),
          h('tbody', {}, ...RELATIONS.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
        ),
        h('p', { class: 'pager' }, `Rangées 1 - ${RELATIONS.length} de ${RELATIONS.length}`),
      ),
  },
};
