/**
 * "Every fact of SPEC.md appears somewhere in the conversation": every portal
 * label SPEC.md quotes, and every other fact it states, must be said by the
 * assistant in both languages (labels stay in French: the portal is French).
 */
import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';

type Tree = { [k: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
const said = (locale: { guide: Tree; chat: Tree }) => [...strings(locale.guide), ...strings(locale.chat)].join('\n');
const SAID = { fr: said(fr as never), en: said(en as never) };

/** Every « label » quoted in SPEC.md (required markers and ellipses removed). */
const LABELS = [
  '- Aucun -', 'AJOUTER UNE RELATION OU DES SUJETS AUTORISÉS À UN CONTACT',
  "Accès réservé - Partenaires de la CCQ et titulaires d'un permis de référence", 'Actif',
  'Administratrice - <number> - <name>', 'Adresse courriel', 'Ajouter un autre numéro de téléphone',
  'Ajouter une relation ou des sujets autorisés', 'Ajouter une relation ou des sujets autorisés à un contact',
  'Amérique du Nord', 'Autorisation(s) à ajouter', 'Autorisations', 'Autorisations - <number> - <name>',
  'Catalogue de services', 'Chantier et conformité', "Choisir l'organisation en relation",
  'Choisir la relation à ajouter', 'Commencer', 'Confirmez le mot de passe', 'Connexion', 'Contact dans ce profil',
  "Contacts de l'organisation", 'Coordonnées de communication', 'Création du compte', 'Créer mon compte',
  'Créer un compte', 'Date de début', 'Date de fin', "Date de fin d'une relation", 'Dossier client', 'Déclaration',
  'Faux', "Gestion de main-d'œuvre", 'Identification de chantier', 'Indicatif',
  'Individu autorisé ou contact dans ce profil', 'Informations personnelles',
  "J'ai lu et j'approuve les conditions d'utilisation.", "J'atteste que les modifications demandées sont exactes",
  "LIAISON D'UN PROFIL", 'Langue de communication', "Le contact n'existe pas", 'Lecture',
  "Lettre d'état de situation", 'Lier', "Main-d'œuvre", 'Membre du personnel', 'Mes dossiers autorisés',
  "Modifier les informations personnelles et les coordonnées d'un individu autorisé ou d'un contact",
  'Mon organisation', 'Mot de passe', 'Mot de passe oublié?', 'Nom', 'Nouveau système, nouveau compte requis.',
  'Numéro de téléphone principal', 'Organisation | Type de relation | Organisation | Actif', 'Paiements et relevés',
  'Personne responsable', 'Profil', 'Profil concerné', 'Prénom', 'Que désirez-vous modifier?',
  'Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer?', 'Rangées 1 - 2 de 2', 'Rapport mensuel',
  'Rechercher un contact', 'Relation à ajouter', 'Relation(s) déjà octroyée(s)', "Relations de l'organisation",
  'Relations et autorisations', 'Retirer une relation ou des sujets autorisés à un contact',
  "Retour à l'authentification", 'SERVICES EN LIGNE', 'Se connecter', 'Soumettre', 'Suivant',
  "Sujet autorisé | Droit | Organisation | Organisation | Contact de l'organisation | Fonction | Actif",
  'Sélectionnez un profil', 'Territoire téléphonique', 'Toutes les relations',
  'Type du numéro de téléphone principal', 'Un individu',
  'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation', 'Une autre organisation',
  'Une ou plusieurs relation(s)', 'Utiliser des coordonnées de liaison', 'Valeur actuelle: Cellulaire',
  'Valeur actuelle: Français', 'Valider le code', 'Vrai / Faux', 'a comme firme comptable ou serv. de paie',
  'À qui désirez-vous ajouter une relation?', 'Écriture', 'Émettre un nouveau code de liaison',
];

/** The other facts, as each language says them. */
const FACTS: [fact: string, fr: RegExp, en: RegExp][] = [
  ['general support address', /firmecomptable@ccq\.org/, /firmecomptable@ccq\.org/],
  ['support tools', /chantiernumericcq\.ccq\.org/, /chantiernumericcq\.ccq\.org/],
  ['the portal', /sel\.ccq\.org/, /sel\.ccq\.org/],
  ['new account for everyone since January 2026', /janvier 2026/, /January 2026/],
  ['updates take up to 24 hours', /24 heures/, /24 hours/],
  ['end date default', /9999-12-31/, /9999-12-31/],
  ['start date default', /aujourd'hui/, /today/],
  ['dates are YYYY-MM-DD', /AAAA-MM-JJ/, /YYYY-MM-DD/],
  ['phone format', /000 000-0000/, /000 000-0000/],
  ['country code', /\+1/, /\+1/],
  ['sample firm', /LAFORCE COMPTABLE INC\./, /LAFORCE COMPTABLE INC\./],
  ['sample clients', /ENTREPRISE SHW INC\.[\s\S]*PLUMBERIE RICHARD BELANGER/, /ENTREPRISE SHW INC\.[\s\S]*PLUMBERIE RICHARD BELANGER/],
  ['sample contact', /REBECCA DESCOTTEAUX-LAFORCE/, /REBECCA DESCOTTEAUX-LAFORCE/],
  ['names in capitals or mixed case, with or without accents', /majuscules[\s\S]*accents/, /capitals[\s\S]*accents/],
  ['explanatory email: personal linking coordinates', /coordonnées de liaison personnelles/, /personal linking coordinates/],
  ['explanatory email: first connection instructions', /première connexion/, /first sign-in/],
  ['explanatory email: member management steps', /gérer vos membres/, /manage your members/],
  ['explanatory email: important dates', /dates importantes/, /key dates/],
  ['keep the email until linking is done', /jusqu'à ce que votre liaison soit/, /until your linking is completely/],
  ['inventory: all members', /tous les membres de votre firme/, /every member of your firm/],
  ['inventory: all clients', /tous vos clients/, /all your clients/],
  ['inventory: email and phone', /courriel et numéro de téléphone/, /email address and phone number/],
  ['inventory: role and client files', /rôle de chaque membre[\s\S]*dossiers clients/, /each member's role[\s\S]*client files/],
  ['inventory: prepare what to tell', /préparez l'information/, /prepare what you'll tell/],
  ['a payroll service may have thousands of employers', /milliers/, /thousands/],
  ['announce: services change', /services en ligne de la CCQ changent/, /online services are changing/],
  ['announce: coordinates for a new account', /recevront des coordonnées de liaison/, /receive linking coordinates/],
  ['announce: help available', /de l'aide sera offerte/, /help will be available/],
  ['announce: authorization processes change', /autorisations vont changer/, /authorizations are given will change/],
  ['the responsable is the first contact', /première personne-ressource|c'est vous qu'ils contactent en premier/, /first contact/],
  ['migration: most relations migrated, some not', /migré la plupart des relations/, /migrated most relations/],
  ['linking reconnects and lets restore or validate', /rétablir ou de valider/, /restore or validate/],
  ['one-time code by email', /code à usage unique/, /one-time code/],
  ['the person ticks the terms', /cochez vous-même « J'ai lu/, /tick « J'ai lu[\s\S]*yourself/],
  ['junk / spam folder', /« Courriels indésirables »[\s\S]*« Spam »/, /« Courriels indésirables »[\s\S]*« Spam »/],
  ['issue a new code when not received', /émettez un nouveau code/, /issue a new (linking )?code/],
  ['only people with authorizations use the forms', /administratrices, dirigeantes/, /administrators, officers/],
  ['new contact receives linking coordinates by email', /recevra ensuite par courriel ses coordonnées de liaison/, /receive their linking coordinates by email/],
  ['client number: duplicates checked, an agent validates', /doublons[\s\S]*agent/, /duplicates[\s\S]*agent/],
  ['delegate after adding', /déléguer les autorisations des employeurs/, /delegate the employers' authorizations/],
  ['email changed in account settings for account holders', /paramètres du compte/, /account settings/],
  ['modify: member gets confirmation and coordinates', /courriel qui confirme les changements/, /email confirming the changes/],
  ['the organisation\'s own subjects come first', /en premier/, /come first/],
  ['the filter groups by member', /par membre/, /by member/],
  ['open each contact\'s profile and check it', /Ouvrez chaque profil et vérifiez/, /Open each profile and check/],
  ['an employer no longer a client: contact the employer or the CCQ', /avec cet employeur ou avec la CCQ/, /contacting that employer or the CCQ/],
  ['remove all: clients\' included', /y compris ceux de vos clients/, /your clients' included/],
  ['remove all: earlier relations turn Faux', /relations antérieures/, /earlier relations/],
  ['limitation: the employer adds the member as its own contact', /l'employeur ajoute lui-même ce membre/, /the employer itself adds that staff member/],
  ['limitation: link with the old user id and password', /ancien code d'utilisateur et son ancien mot de passe/, /old online-services user ID and password/],
  ['step 6: repeat for each member', /membre par membre/, /member by member/],
  ['the portal sends the coordinates', /le portail envoie automatiquement/, /the portal automatically sends/],
  ['the assistant never ticks or submits', /ne le fait jamais à votre place/, /never does it for you/],
  ['secrets never stored', /ne les conserve pas/, /never keeps them/],
  ['nothing is sent anywhere', /n'envoie rien nulle part/, /sends nothing anywhere/],
];

describe('every fact of SPEC.md is said, in French and in English', () => {
  const asPattern = (label: string) =>
    new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<number>|<name>/g, '<[^>]+>'));
  it.each(LABELS)('portal label « %s »', (label) => {
    expect(SAID.fr).toMatch(asPattern(label));
    expect(SAID.en).toMatch(asPattern(label));
  });
  it.each(FACTS)('%s', (_, frPattern, enPattern) => {
    expect(SAID.fr).toMatch(frPattern);
    expect(SAID.en).toMatch(enPattern);
  });
});
