import { beforeEach, describe, expect, it } from 'vitest';
import { labelsOf, locate } from './labels';

const page = (html: string) => {
  document.body.innerHTML = html; // test fixture only
  return document.body;
};
const located = (root: ParentNode, label: string[], group?: string[]) => {
  const r = locate(root, label, group);
  return r.kind === 'one' || r.kind === 'hidden' ? `${r.kind}:${r.el.id}` : r.kind;
};

describe('labelsOf', () => {
  beforeEach(() => page(`
    <label for="a">Prénom <span>*</span></label><input id="a">
    <label>Nom de famille <input id="b"></label>
    <input id="c" aria-label="Adresse courriel">
    <span id="l1">Date</span><span id="l2">de début</span><input id="d" aria-labelledby="l1 l2">
    <label id="w-label" for="w">Langue</label><select hidden></select><div id="w" role="combobox" tabindex="0"></div>`));
  it.each([
    ['a', ['Prénom *']],
    ['b', ['Nom de famille']],
    ['c', ['Adresse courriel']],
    ['d', ['Date de début']],
    ['w', ['Langue']],
  ])('#%s', (id, labels) => expect(labelsOf(document.getElementById(id)!)).toEqual(labels));
});

describe('locate', () => {
  it('prefers the exact label over one with extra words', () => {
    const root = page(`<label for="t">Type du numéro de téléphone principal</label><input id="t">
      <label for="n">Numéro de téléphone principal *</label><input id="n">`);
    expect(located(root, ['Numéro de téléphone principal'])).toBe('one:n');
  });
  it('accepts extra words when nothing matches exactly (« Nom » → « Nom de famille »)', () => {
    const root = page(`<label for="p">Prénom *</label><input id="p"><label for="f">Nom de famille *</label><input id="f">`);
    expect(located(root, ['Nom', 'Last name'])).toBe('one:f');
  });
  it('matches the English label where the page is in English', () => {
    const root = page(`<label for="p">First name</label><input id="p">`);
    expect(located(root, ['Prénom', 'First name'])).toBe('one:p');
  });
  it('refuses two equally good candidates', () => {
    const root = page(`<label for="a">Date de début</label><input id="a"><label for="b">Date de fin</label><input id="b">`);
    expect(located(root, ['Date'])).toBe('ambiguous');
  });
  it('reports a field that exists only hidden', () => {
    const root = page(`<div hidden><label for="h">Prénom</label><input id="h"></div>`);
    expect(located(root, ['Prénom'])).toBe('hidden:h');
  });
  it('prefers the visible one of a hidden and a visible twin', () => {
    const root = page(`<div style="display:none"><label for="h">Prénom</label><input id="h"></div><label for="v">Prénom</label><input id="v">`);
    expect(located(root, ['Prénom'])).toBe('one:v');
  });
  it('scopes radios by their group', () => {
    const root = page(`
      <fieldset aria-labelledby="g1"><legend id="g1">Que retirer?</legend><label for="r1">Toutes</label><input type="radio" id="r1"></fieldset>
      <fieldset><legend>Autre question</legend><label for="r2">Toutes</label><input type="radio" id="r2"></fieldset>`);
    expect(located(root, ['Toutes'])).toBe('ambiguous');
    expect(located(root, ['Toutes'], ['Que retirer?'])).toBe('one:r1');
  });
  it('ignores controls inside pop-up lists and finds nothing where nothing matches', () => {
    const root = page(`<ul role="listbox"><li><input id="x" aria-label="Prénom"></li></ul>`);
    expect(located(root, ['Prénom'])).toBe('none');
  });
});
