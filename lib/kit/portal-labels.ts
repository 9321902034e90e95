/**
 * Portal words quoted on cards and checklists, exactly as SPEC.md gives them.
 * They are facts about the portal (French on screen), not our wording, so they
 * are passed to the locale strings as parameters rather than translated.
 */
export const PORTAL_ADDRESS = 'sel.ccq.org';
export const SUPPORT_EMAIL = 'firmecomptable@ccq.org';

export const PORTAL_LABELS = {
  createAccount: 'Créer un compte',
  next: 'Suivant',
  createMyAccount: 'Créer mon compte',
  validateCode: 'Valider le code',
  useCoordinates: 'Utiliser des coordonnées de liaison',
  linkProfile: "LIAISON D'UN PROFIL",
  start: 'Commencer',
  link: 'Lier',
  selectProfile: 'Sélectionnez un profil',
  authorizedFiles: 'Mes dossiers autorisés',
} as const;

/** Not reachable from « Mes dossiers autorisés » during the first deployment phase. */
export const LIMITED_SERVICES = [
  "Gestion de main-d'œuvre",
  'Identification de chantier',
  "Lettre d'état de situation",
] as const;
