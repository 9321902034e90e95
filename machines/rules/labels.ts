/**
 * The portal's own words that the rules depend on, quoted exactly as the portal
 * shows them (SPEC.md). They are facts to match, not product wording, so they
 * live here in French rather than in the locales.
 */

/** « À qui désirez-vous ajouter une relation? » — choices of the add form. */
export const RELATION_TARGETS = ['- Aucun -', 'Mon organisation', 'Une autre organisation', 'Un individu'] as const;
export type RelationTarget = (typeof RELATION_TARGETS)[number];
export const OTHER_ORGANISATION = 'Une autre organisation' satisfies RelationTarget;

/** « Choisir la relation à ajouter » — the individual relations the guide uses. */
export const RELATIONS_TO_ADD = ['Membre du personnel', 'Personne responsable'] as const;
export type RelationToAdd = (typeof RELATIONS_TO_ADD)[number];

/** « Sujets autorisés en lecture et écriture » offered by the add form. */
export const SUBJECTS_TO_ADD = ['Chantier et conformité', 'Paiements et relevés', 'Profil'] as const;
export type SubjectToAdd = (typeof SUBJECTS_TO_ADD)[number];

/** Every authorized subject seen in the portal's lists. */
export const AUTHORIZED_SUBJECTS = [
  'Rapport mensuel',
  "Main-d'œuvre",
  'Chantier et conformité',
  'Paiements et relevés',
  'Profil',
] as const;
export const RIGHTS = ['Lecture', 'Écriture'] as const;

/** « Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer? » */
export const REMOVAL_SCOPES = [
  'Toutes les relations',
  'Une ou plusieurs relation(s)',
  'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation',
] as const;
export type RemovalScope = (typeof REMOVAL_SCOPES)[number];
export const ALL_RELATIONS = 'Toutes les relations' satisfies RemovalScope;
export const SOME_RELATIONS = 'Une ou plusieurs relation(s)' satisfies RemovalScope;
export const SOME_SUBJECTS = 'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation' satisfies RemovalScope;

/** « Que désirez-vous modifier? » on the modify form. */
export const MODIFY_CHOICES = [
  'Coordonnées de communication',
  'Informations personnelles',
  "Date de fin d'une relation",
] as const;
export type ModifyChoice = (typeof MODIFY_CHOICES)[number];

/** The portal's booleans in its lists (« Actif »). */
export const TRUE = 'Vrai';
export const FALSE = 'Faux';
export type PortalBoolean = typeof TRUE | typeof FALSE;

/** The three services a delegate cannot reach under « Mes dossiers autorisés » (first phase). */
export const SERVICES_NOT_DELEGATED = [
  'Gestion de main-d\'œuvre',
  'Identification de chantier',
  "Lettre d'état de situation",
] as const;
