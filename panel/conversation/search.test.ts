/**
 * Where typed questions must land. French and English, with and without
 * accents, with typos, as people actually write them.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, normalize, search, tokens } from './search';
import type { Target } from './topics';

const index = buildIndex();
const step = (s: string) => `step:${s}`;
const answer = (a: string) => `answer:${a}`;
const NONE = 'none';
const where = (t: Target | undefined) => (t ? (t.kind === 'step' ? step(t.step) : answer(t.answer)) : NONE);

const TABLE: [question: string, lands: string][] = [
  // French, accents and all
  ['Comment créer mon compte?', step('createAccount')],
  ["Je n'ai pas reçu le code à usage unique", answer('oneTimeCode')],
  ['Comment lier mon compte au dossier de la firme?', step('linkAccount')],
  ['Où vérifier les contacts de l’organisation?', step('validate')],
  ['Comment ajouter un nouveau membre?', step('addMember')],
  ['Je dois corriger l’adresse courriel d’un employé', step('modify')],
  ['Déléguer un employeur à un membre', step('delegate')],
  ['Un employé a quitté la firme, comment le retirer?', step('remove')],
  ['Comment envoyer les coordonnées de liaison aux membres?', step('sendLinkingCodes')],
  ['Mon membre n’a pas reçu ses coordonnées, que faire?', answer('junk')],
  ['Qui contacter pour de l’aide?', answer('support')],
  ['Pourquoi la lettre d’état de situation n’apparaît pas?', answer('limitation')],
  ['Les changements ne sont pas à jour dans Relations et autorisations', answer('delay')],
  ["J'ai perdu le courriel explicatif", answer('explanatoryEmail')],
  ['Que veut dire « Toutes les relations »?', answer('removeAll')],
  ['Quelle date de fin mettre?', answer('dates')],
  ['Est-ce que Passerelle coche les attestations?', answer('attestation')],
  ["J'ai oublié mon mot de passe", answer('passwordForgotten')],
  ['Mon membre a déjà un numéro de client', answer('clientNumber')],
  ['Faire l’inventaire des membres et des clients', step('inventory')],
  // French without accents, with typos
  ['comment creer un compte', step('createAccount')],
  ['je nai pas recu le code', answer('oneTimeCode')],
  ['ajoutter un membre', step('addMember')],
  ['suprimer un membre de la liste', step('remove')],
  ['envoyé les coordonees de liason', step('sendLinkingCodes')],
  ['delegation dun employeur', step('delegate')],
  ['gestion de main doeuvre', answer('limitation')],
  ['identification de chantié', answer('limitation')],
  ['courriels indesirables', answer('junk')],
  ['soutient technique', answer('support')],
  ['ETAPE 4', step('addMember')],
  ['etape 5b', step('remove')],
  // English
  ['How do I create an account?', step('createAccount')],
  ["I didn't get the one-time code", answer('oneTimeCode')],
  ['How do I link my account?', step('linkAccount')],
  ['add a new staff member', step('addMember')],
  ["change a member's phone number", step('modify')],
  ['give a member access to an employer file', step('delegate')],
  ['someone left the firm, remove them', step('remove')],
  ['send linking codes to my members', step('sendLinkingCodes')],
  ['my member did not receive the email', answer('junk')],
  ['who do I contact for help', answer('support')],
  ['changes not showing after a day', answer('delay')],
  ['why is workforce management missing', answer('limitation')],
  ['what are linking coordinates', answer('linkingCoordinates')],
  // English typos
  ['creat acount', step('createAccount')],
  ['delegat acces to clint', step('delegate')],
  ['remvoe a membr', step('remove')],
  ['step 6', step('sendLinkingCodes')],
  ['forgot pasword', answer('passwordForgotten')],
  // Nothing in the guide
  ['Quelle météo demain?', NONE],
  ['bonjour', NONE],
  ['recipe for poutine', NONE],
  ['asdfgh qwerty', NONE],
  ['je veux commander une pizza', NONE],
  ['how tall is the eiffel tower', NONE],
  ['le portail est lent', NONE],
  ['', NONE],
];

describe('typed questions land where they should', () => {
  it('has at least 40 phrasings in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });
  it.each(TABLE)('%j → %s', (question, lands) => {
    expect(where(search(index, question)?.target)).toBe(lands);
  });
});

describe('normalization', () => {
  it.each([
    ["L’ORGANISATION à l'œuvre", "l organisation a l oeuvre"],
    ['Créer  un   COMPTE!', 'creer un compte'],
  ])('normalize(%j) = %j', (input, out) => expect(normalize(input)).toBe(out));
  it('drops words that carry no topic', () => {
    expect(tokens("Comment est-ce que je peux ajouter un membre?")).toEqual(['ajouter', 'membre']);
  });
});
