/**
 * What a typed question can land on: a guide step (the conversation jumps
 * there) or a short answer (`guide.answers.<id>`). Keywords are matching data,
 * never shown: the words people use for each topic, in French and English.
 * The step's own messages in both locales are indexed too.
 */
import type { StepId } from '../../machines/steps';

export type AnswerId =
  | 'support'
  | 'limitation'
  | 'delay'
  | 'junk'
  | 'explanatoryEmail'
  | 'oneTimeCode'
  | 'firstContact'
  | 'linkingCoordinates'
  | 'newAccount'
  | 'migration'
  | 'clientNumber'
  | 'removeAll'
  | 'dates'
  | 'formAccess'
  | 'attestation'
  | 'passwordForgotten'
  | 'privacy';

export type Target = { kind: 'step'; step: StepId } | { kind: 'answer'; answer: AnswerId };

export interface Topic {
  target: Target;
  keywords: string[];
}

const step = (s: StepId, ...keywords: string[]): Topic => ({ target: { kind: 'step', step: s }, keywords });
const answer = (a: AnswerId, ...keywords: string[]): Topic => ({ target: { kind: 'answer', answer: a }, keywords });

export const TOPICS: Topic[] = [
  step('explanatoryEmail', 'courriel explicatif', 'explanatory email', 'preparation', 'préparer'),
  step('inventory', 'inventaire', 'inventory', 'liste des membres', 'list of members', 'liste des clients', 'list of clients', 'take stock'),
  step('internalCommunication', 'communication interne', 'annoncer', 'annonce', 'prévenir mes membres', 'informer', 'announce', 'tell my staff', 'inform'),
  step('createAccount', 'créer un compte', 'créer mon compte', 'création du compte', 'inscription', 'sinscrire', 'create an account', 'sign up', 'signup', 'register', 'new account', 'nouveau compte'),
  step('linkAccount', 'lier mon compte', 'liaison', 'lier', 'commencer', 'sélectionnez un profil', 'link my account', 'linking', 'link account', 'select a profile'),
  step('validate', 'valider', 'vérifier', 'contacts de l organisation', 'relations de l organisation', 'relations et autorisations', 'mon organisation', 'validate', 'check contacts', 'check relations', 'verify'),
  step('addMember', 'ajouter un membre', 'nouveau membre', 'membre manquant', 'ajouter un employé', 'add a member', 'add member', 'new member', 'missing member', 'add an employee', 'add staff'),
  step('modify', 'modifier', 'corriger', 'changer adresse', 'changer téléphone', 'mauvaise information', 'modify', 'correct', 'change email', 'change phone', 'update details', 'wrong details'),
  step('delegate', 'déléguer', 'délégation', 'accès dossier employeur', 'donner accès client', 'autorisation employeur', 'delegate', 'delegation', 'give access', 'employer file access', 'client access'),
  step('remove', 'retirer', 'enlever', 'supprimer un membre', 'départ', 'quitte la firme', 'remove', 'delete a member', 'left the firm', 'revoke access', 'leaves'),
  step('sendLinkingCodes', 'envoyer les coordonnées', 'envoyer code de liaison', 'émettre un nouveau code', 'code de liaison', 'send linking coordinates', 'send linking code', 'issue a new code', 'linking code'),
  step('afterLaunch', 'après le lancement', 'accompagner', 'suivi', 'after launch', 'follow up', 'support my members'),

  answer('support', 'soutien', 'aide', 'assistance', 'contacter la ccq', 'joindre', 'courriel de la ccq', 'help', 'support', 'contact the ccq', 'technical support', 'who do i call'),
  answer('limitation', 'gestion de main d oeuvre', 'identification de chantier', 'lettre d état de situation', 'mes dossiers autorisés', 'service manquant', 'limitation', 'workforce management', 'site identification', 'status letter', 'missing service'),
  answer('delay', '24 heures', 'délai', 'mise à jour', 'pas à jour', 'apparaît pas', 'changements', 'changement récent', 'pas encore', '24 hours', 'delay', 'not updated', 'not showing', 'does not show', 'changes', 'recent change', 'not yet'),
  answer('junk', 'indésirables', 'spam', 'pas reçu coordonnées', 'membre pas reçu', 'junk', 'spam folder', 'member did not receive', 'email not received'),
  answer('explanatoryEmail', 'courriel explicatif perdu', 'pas reçu courriel explicatif', 'explanatory email lost', 'never got explanatory email'),
  answer('oneTimeCode', 'code à usage unique', 'valider le code', 'code pas reçu', 'one time code', 'validation code', 'verification code', 'code not received'),
  answer('firstContact', 'première personne ressource', 'premier contact', 'qui aide mes membres', 'first contact', 'who helps my members'),
  answer('linkingCoordinates', 'coordonnées de liaison', 'qu est ce que', 'linking coordinates', 'what are'),
  answer('newAccount', 'ancien compte', 'janvier 2026', 'pourquoi nouveau compte', 'old account', 'january 2026', 'why a new account'),
  answer('migration', 'migration', 'migré', 'relations migrées', 'conversion', 'migrated', 'converted'),
  answer('clientNumber', 'numéro de client', 'doublon', 'client number', 'duplicate'),
  answer('removeAll', 'toutes les relations', 'actif faux', 'all relations', 'active false'),
  answer('dates', 'date de fin', '9999', 'date de début', 'end date', 'start date'),
  answer('formAccess', 'qui peut utiliser', 'administratrice', 'dirigeante', 'who can use', 'administrator', 'officer'),
  answer('attestation', 'attestation', 'j atteste', 'cocher', 'attest', 'declaration', 'tick'),
  answer('passwordForgotten', 'mot de passe oublié', 'oublié', 'réinitialiser', 'forgot password', 'forgotten password', 'reset password'),
  answer('privacy', 'confidentialité', 'données', 'vie privée', 'sécurité', 'privacy', 'my data', 'secure'),
];
