/**
 * Prefill plans: pure data from (form, record) to the steps the content
 * script executes. No attestation, no button and no secret ever appears in a
 * plan (and the executor refuses them anyway). Labels are the portal's words
 * (SPEC.md), French first, English where the portal shows it.
 */
import { ENGLISH } from '../portal/english';
import type { FillStep } from './protocol';

export interface Person {
  firstName: string;
  lastName: string;
}
export interface Member extends Person {
  email?: string;
  phone?: string;
  phoneType?: 'Cellulaire' | 'Domicile' | 'Travail';
  language?: 'fr' | 'en';
  clientNumber?: string;
  birthDate?: string;
}
export interface EmployerRef {
  name: string;
  number?: string;
}
export type Relation = 'Membre du personnel' | 'Personne responsable';
export type Subject = 'Chantier et conformité' | 'Paiements et relevés' | 'Profil' | 'Rapport mensuel' | "Main-d'œuvre";
interface Dated {
  startDate?: string;
  endDate?: string;
  subjects?: Subject[];
}

export interface FormRecords {
  /** « Création du compte » 2/2: the name fields only. */
  signup: Person;
  /** Step 4: a member who is not yet a contact of the firm. */
  addMember: Dated & { member: Member; relation?: Relation };
  /** Step 5: give a member access to an employer's file. */
  delegateEmployer: Dated & { member: Person; employer: EmployerRef };
  /** Step 5a: correct a member's contact details. */
  modifyDetails: { member: Member };
  /** Step 6: send a member new linking coordinates. */
  newLinkingCode: { member: Person & { email?: string } };
  /** Step 5b: remove all of a member's relations, or some employers only. */
  removeRelation: { member: Person; scope: 'all' | 'relations'; employers?: string[] };
}
export type FormId = keyof FormRecords;

export interface FillPlan {
  formTitle: string[];
  steps: FillStep[];
}

export const FOREVER = '9999-12-31';

export const FORM_TITLES = {
  signup: ['Création du compte', 'Account creation'],
  add: ['Ajouter une relation ou des sujets autorisés à un contact', 'Add a relationship or authorized subjects to a contact'],
  modify: ["Modifier les informations personnelles et les coordonnées d'un individu autorisé ou d'un contact", 'Modify the personal information and contact details of an authorized individual or a contact'],
  remove: ['Retirer une relation ou des sujets autorisés à un contact', 'Remove a relationship or authorized subjects from a contact'],
} as const;

const L = {
  firstName: ['Prénom', 'First name'],
  lastName: ['Nom', 'Last name'],
  contact: ['Contact dans ce profil', 'Contact in this profile'],
  individual: ['Individu autorisé ou contact dans ce profil', 'Authorized individual or contact in this profile'],
  contactMissing: ["Le contact n'existe pas", 'The contact does not exist'],
  email: ['Adresse courriel', 'Email address'],
  language: ['Langue de communication', 'Language of communication'],
  phone: ['Numéro de téléphone principal', 'Main phone number'],
  phoneType: ['Type du numéro de téléphone principal', 'Main phone number type'],
  clientNumber: ['Numéro de client CCQ', 'CCQ client number'],
  birthDate: ['Date de naissance', 'Date of birth'],
  who: ['À qui désirez-vous ajouter une relation?', 'To whom do you want to add a relationship?'],
  organisation: ["Choisir l'organisation en relation", 'Choose the related organization'],
  relation: ['Choisir la relation à ajouter', 'Choose the relationship to add'],
  startDate: ['Date de début', 'Start date'],
  endDate: ['Date de fin', 'End date'],
  subjects: ['Autorisation(s) à ajouter', 'Authorization(s) to add'],
  whatToModify: ['Que désirez-vous modifier?', 'What do you want to modify?'],
  communication: ['Coordonnées de communication', 'Contact details'],
  newCode: ['Émettre un nouveau code de liaison', 'Issue a new linking code'],
  removeWhat: ['Quel(s) sujet(s) autorisé(s) ou relation(s) désirez-vous retirer?', 'Which authorized subject(s) or relationship(s) do you want to remove?'],
  removeAll: ['Toutes les relations', 'All relationships'],
  removeSome: ['Une ou plusieurs relation(s)', 'One or more relationship(s)'],
  relationsToRemove: ['Relation(s) à retirer', 'Relationship(s) to remove'],
} satisfies Record<string, string[]>;

const LANGUAGES = { fr: 'Français', en: 'Anglais' } as const;

/** « NOM, Prénom », the way the portal's pickers list people. */
export const contactEntry = (p: Person) => `${p.lastName.trim().toUpperCase()}, ${p.firstName.trim()}`;
/** « NAME INC. (number) », or the bare name when the number is unknown. */
export const employerEntry = (e: EmployerRef) => (e.number ? `${e.name.trim()} (${e.number.trim()})` : e.name.trim());

type Extra = Pick<FillStep, 'group' | 'query' | 'defaults' | 'conditional'>;
const step = (key: keyof typeof L, kind: FillStep['kind'], value: FillStep['value'], extra: Extra = {}): FillStep => ({ key, kind, label: L[key], value, ...extra });

/** Optional record fields become steps only when the record has them. */
const when = <T>(value: T | undefined | '', make: (v: T) => FillStep): FillStep[] => (value === undefined || value === '' ? [] : [make(value)]);

function contactPicker(key: 'contact' | 'individual', p: Person): FillStep {
  return step(key, 'picker', contactEntry(p), { query: p.lastName.trim() });
}

function dates(r: Dated, today: string): FillStep[] {
  return [
    step('startDate', 'date', r.startDate ?? today, { defaults: [today] }),
    step('endDate', 'date', r.endDate ?? FOREVER, { defaults: [FOREVER] }),
  ];
}

const subjects = (r: Dated) => when(r.subjects?.length ? r.subjects : undefined, (s) => step('subjects', 'chips', [...s]));

function contactDetails(m: Member, conditional: boolean): FillStep[] {
  const c = { conditional };
  return [
    ...when(m.language, (v) => step('language', 'select', LANGUAGES[v], c)),
    ...when(m.email, (v) => step('email', 'text', v, c)),
    ...when(m.phoneType, (v) => step('phoneType', 'select', v, c)),
    ...when(m.phone, (v) => step('phone', 'text', v, c)),
  ];
}

const modifying = (what: keyof typeof L) => step(what, 'checkbox', true, { group: L.whatToModify });

const PLANS: { [F in FormId]: (r: FormRecords[F], today: string) => FillPlan } = {
  signup: (r) => ({
    formTitle: [...FORM_TITLES.signup],
    steps: [step('firstName', 'text', r.firstName.trim()), step('lastName', 'text', r.lastName.trim())],
  }),
  addMember: (r, today) => {
    const m = r.member;
    const c = { conditional: true };
    return {
      formTitle: [...FORM_TITLES.add],
      steps: [
        step('contactMissing', 'checkbox', true),
        step('firstName', 'text', m.firstName.trim(), c),
        step('lastName', 'text', m.lastName.trim(), c),
        ...when(m.birthDate, (v) => step('birthDate', 'date', v, c)),
        ...when(m.clientNumber, (v) => step('clientNumber', 'text', v, c)),
        ...contactDetails({ ...m, phoneType: undefined }, true),
        step('who', 'select', 'Mon organisation'),
        step('relation', 'select', r.relation ?? 'Membre du personnel', c),
        ...dates(r, today),
        ...subjects(r),
      ],
    };
  },
  delegateEmployer: (r, today) => ({
    formTitle: [...FORM_TITLES.add],
    steps: [
      contactPicker('contact', r.member),
      step('who', 'select', 'Une autre organisation'),
      step('organisation', 'picker', employerEntry(r.employer), { query: r.employer.name.trim(), conditional: true }),
      ...dates(r, today),
      ...subjects(r),
    ],
  }),
  modifyDetails: (r) => ({
    formTitle: [...FORM_TITLES.modify],
    steps: [contactPicker('individual', r.member), modifying('communication'), ...contactDetails(r.member, true)],
  }),
  newLinkingCode: (r) => ({
    formTitle: [...FORM_TITLES.modify],
    steps: [
      contactPicker('individual', r.member),
      // A valid email must be on file for the coordinates to arrive: state it when we know it.
      ...(r.member.email ? [modifying('communication'), step('email', 'text', r.member.email, { conditional: true })] : []),
      step('newCode', 'checkbox', true),
    ],
  }),
  removeRelation: (r) => ({
    formTitle: [...FORM_TITLES.remove],
    steps: [
      contactPicker('contact', r.member),
      step(r.scope === 'all' ? 'removeAll' : 'removeSome', 'radio', true, { group: L.removeWhat }),
      ...(r.scope === 'relations' && r.employers?.length ? [step('relationsToRemove', 'chips', [...r.employers], { conditional: true })] : []),
    ],
  }),
};

/**
 * `portalLanguage: 'en'` is for a page that shows the portal in English (the
 * training copy in English): a drop-down's choices are then picked by their
 * English words. Labels need nothing: every step already carries both.
 */
export function planFill<F extends FormId>(form: F, record: FormRecords[F], options: { today: string; portalLanguage?: 'fr' | 'en' }): FillPlan {
  const plan = PLANS[form](record, options.today);
  if (options.portalLanguage !== 'en') return plan;
  return {
    ...plan,
    steps: plan.steps.map((s) => (s.kind === 'select' && typeof s.value === 'string' ? { ...s, value: ENGLISH[s.value] ?? s.value } : s)),
  };
}
