import { describe, expect, it } from 'vitest';
import { labelScore, norm } from './text';

describe('norm', () => {
  it.each([
    ['Prénom *', 'prenom'],
    ['  NOM DE FAMILLE  (obligatoire) ', 'nom de famille'],
    ['À qui désirez-vous ajouter une relation?', 'a qui desirez-vous ajouter une relation'],
    ['Main-d’œuvre', "main-d'oeuvre"],
    ['Adresse courriel :', 'adresse courriel'],
    ['Profil\n concerné\t*', 'profil concerne'],
  ])('%j → %j', (input, expected) => expect(norm(input)).toBe(expected));
});

describe('labelScore', () => {
  it.each([
    ['Prénom *', 'Prénom', 2],
    ['PRENOM', 'prénom', 2],
    ['Nom de famille *', 'Nom', 1],
    ['Prénom', 'Nom', 0],
    ['Type du numéro de téléphone principal', 'Numéro de téléphone principal', 1],
    ['Numéro de téléphone principal *', 'Numéro de téléphone principal', 2],
    ["Date de fin d'une relation", 'Date de fin', 1],
    ['Courriel', 'Adresse courriel', 0],
    ['', 'Nom', 0],
  ] as const)('%j for %j → %i', (candidate, wanted, score) => expect(labelScore(candidate, wanted)).toBe(score));
});
