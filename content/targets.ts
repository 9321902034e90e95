/**
 * The controls the guide points at and the outcomes it notices, by the words
 * the portal shows (FR, then EN where the portal has it). Portal facts from
 * SPEC.md. Used by extension pages, which send the words with each request.
 */
import type { Words } from './protocol';

export const TARGETS = {
  createAccount: ['Créer un compte', 'Create an account'],
  useLinkingCoordinates: ['Utiliser des coordonnées de liaison', 'Use linking details'],
  start: ['Commencer', 'Start'],
  link: ['Lier', 'Link'],
  selectProfile: ['Sélectionnez un profil', 'Select a profile'],
  myOrganisation: ['Mon organisation', 'My organization'],
  relationsAndAuthorizations: ['Relations et autorisations', 'Relationships and authorizations'],
  tabContacts: ["Contacts de l'organisation", 'Organization contacts'],
  tabRelations: ["Relations de l'organisation", 'Organization relationships'],
  tabAuthorizations: ['Autorisations', 'Authorizations'],
  serviceCatalogue: ['Catalogue de services', 'Service catalog'],
  catalogueAuthorizations: ['Autorisations', 'Authorizations'],
  tileAdd: ['Ajouter une relation ou des sujets autorisés', 'Add a relationship or authorized subjects'],
  tileRemove: ['Retirer une relation ou des sujets autorisés à un contact', 'Remove a relationship or authorized subjects from a contact'],
  catalogueProfile: ['Profil', 'Profile'],
  categoryClientFile: ['Dossier client', 'Client file'],
  tileModify: [
    "Modifier les informations personnelles et les coordonnées d'un individu autorisé ou d'un contact",
    'Modify the personal information and contact details of an authorized individual or a contact',
  ],
} as const satisfies Record<string, readonly string[]>;
export type TargetId = keyof typeof TARGETS;

/** Words of a step's visible outcome (a success message, a confirmation). */
export const OUTCOMES = {
  linked: ['lié avec succès', 'successfully linked'],
  submitted: ['soumise avec succès', 'successfully submitted'],
} as const satisfies Record<string, readonly string[]>;
export type OutcomeId = keyof typeof OUTCOMES;

export const targetWords = (id: TargetId): Words => ({ id, text: [...TARGETS[id]] });
export const outcomeWords = (id: OutcomeId): Words => ({ id, text: [...OUTCOMES[id]] });

/** The paths the guide follows for each step: the furthest control on screen is the next one. */
export const PATHS = {
  createAccount: ['createAccount'],
  link: ['useLinkingCoordinates', 'start', 'link', 'selectProfile'],
  contacts: ['myOrganisation', 'relationsAndAuthorizations', 'tabContacts'],
  relations: ['myOrganisation', 'relationsAndAuthorizations', 'tabRelations'],
  authorizations: ['myOrganisation', 'relationsAndAuthorizations', 'tabAuthorizations'],
  addForm: ['serviceCatalogue', 'catalogueAuthorizations', 'tileAdd'],
  removeForm: ['serviceCatalogue', 'catalogueAuthorizations', 'tileRemove'],
  modifyForm: ['serviceCatalogue', 'catalogueProfile', 'categoryClientFile', 'tileModify'],
} as const satisfies Record<string, readonly TargetId[]>;
export type PathId = keyof typeof PATHS;
