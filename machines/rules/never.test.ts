import { describe, expect, it } from 'vitest';
import { assistantMayTick, isAttestation, isForbiddenButton, isSecretField, normalizeLabel } from './never';

describe('what the assistant never does', () => {
  it('normalizes labels like a reader', () => {
    expect(normalizeLabel("  * J’ATTESTE   que les modifications ")).toBe("j'atteste que les modifications");
  });

  it.each([
    ["* J'atteste que les modifications demandées sont exactes et, le cas échéant, je confirme avoir joint les documents nécessaires au traitement de ma demande.", true],
    ["*J'atteste que cette autorisation permettra à la personne indiquée dans la section Informations sur la personne autorisée d'obtenir des renseignements ou d'agir pour mon compte.", true],
    ["*J'atteste que les modifications demandées sont exactes et je consens à ce qu'elles soient effectives dans mon dossier.", true],
    ['I certify that the requested changes are accurate', true],
    ["J'ai lu et j'approuve les conditions d'utilisation. *", false],
    ['Émettre un nouveau code de liaison', false],
    ["Le contact n'existe pas", false],
    ['Coordonnées de communication', false],
  ])('isAttestation(%j) = %s; the assistant may tick it: %s', (label, attestation) => {
    expect(isAttestation(label)).toBe(attestation);
    expect(assistantMayTick(label)).toBe(!attestation);
  });

  it.each([
    ['Soumettre', true],
    ['  SOUMETTRE ', true],
    ['Lier', true],
    ['Créer mon compte', true],
    ['creer mon compte', true],
    ['Valider le code', true],
    ['Suivant', false],
    ['Commencer', false],
    ['Sélectionnez un profil', false],
    ['Créer un compte', false],
  ])('isForbiddenButton(%j) = %s', (label, expected) => {
    expect(isForbiddenButton(label)).toBe(expected);
  });

  it.each([
    ['Mot de passe *', 'password', true],
    ['Confirmez le mot de passe *', 'text', true],
    ['Code à usage unique', 'text', true],
    ['Code', 'text', true],
    ['Code de liaison', 'text', true],
    ['Émettre un nouveau code de liaison', 'checkbox', false],
    ['Adresse courriel *', 'email', false],
    ['Prénom *', 'text', false],
    ['Indicatif', 'text', false],
  ])('isSecretField(%j, %s) = %s', (label, type, expected) => {
    expect(isSecretField(label, type)).toBe(expected);
  });
});
