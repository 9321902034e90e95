import { describe, expect, it } from 'vitest';
import { forbiddenField, personOnly } from './policy';
import { parseRange } from './lists';

const el = (html: string) => {
  document.body.innerHTML = html; // test fixture only
  return document.body.querySelector('[data-t]')!;
};

describe('forbiddenField', () => {
  it.each([
    ['<input data-t type="password">', 'Mot de passe', true],
    ['<input data-t autocomplete="one-time-code">', 'Code', true],
    ['<input data-t>', 'Code de liaison *', true],
    ['<input data-t>', 'Linking code', true],
    ['<input data-t>', 'Confirmez le mot de passe', true],
    ['<input data-t type="checkbox">', "J'atteste que les modifications demandées sont exactes.", true],
    ['<input data-t type="checkbox">', "J'ai lu et j'approuve les conditions d'utilisation.", true],
    ['<form><h2>Coordonnées de liaison</h2><input data-t></form>', 'Numéro de dossier', true],
    ['<input data-t type="checkbox">', 'Émettre un nouveau code de liaison', false],
    ['<input data-t>', 'Adresse courriel', false],
    ['<input data-t>', 'Nom de famille', false],
    ['<form><h2>Coordonnées de communication</h2><input data-t></form>', 'Adresse courriel', false],
  ])('%s labelled %j → %s', (html, label, forbidden) => expect(forbiddenField(el(html), label)).toBe(forbidden));
});

describe('personOnly', () => {
  it.each([
    ['<button data-t type="button">Soumettre</button>', true],
    ['<button data-t type="button">Lier</button>', true],
    ['<button data-t type="button">Créer mon compte</button>', true],
    ['<button data-t type="button">Valider le code</button>', true],
    ['<form><button data-t>Chercher</button></form>', true], // a default button submits
    ['<button data-t type="button"><span>SOUMETTRE</span></button>', true],
    ['<button data-t type="button" aria-label="Retirer Profil">×</button>', false],
    ['<div data-t role="combobox">- Aucun -</div>', false],
    ['<ul><li data-t role="option">Lier</li></ul>', false],
  ])('%s → %s', (html, expected) => expect(personOnly(el(html))).toBe(expected));
});

describe('parseRange', () => {
  it.each([
    ['Rangées 1 - 20 de 57', { from: 1, to: 20, total: 57 }],
    ['« ‹ Rangées 41 - 57 de 57 › »', { from: 41, to: 57, total: 57 }],
    ['RANGEES 1 - 2 DE 2', { from: 1, to: 2, total: 2 }],
    ['Rows 21 - 40 of 115', { from: 21, to: 40, total: 115 }],
    ['Rangées 0 - 0 de 0', { from: 0, to: 0, total: 0 }],
    ['Page 2', undefined],
  ])('%j', (text, expected) => expect(parseRange(text)).toEqual(expected));
});
