/**
 * The short forms the conversation asks inside the chat. Each is data: its
 * fields (with when they show), how a draft becomes the portal request the
 * machines and rules understand, the rule that checks it, and what the person's
 * answer says in the transcript. Choices are the portal's own words, shown as
 * the portal shows them.
 */
import type { FormId } from '../../machines/meta';
import type { MessageParams } from '../../machines/messages';
import type { Draft } from '../../machines/persistence';
import {
  checkDelegation,
  checkLinkingCode,
  checkModify,
  checkNewMember,
  checkRemoval,
  DEFAULT_END_DATE,
  MODIFY_CHOICES,
  OTHER_ORGANISATION,
  RELATION_TARGETS,
  RELATIONS_TO_ADD,
  REMOVAL_SCOPES,
  SOME_RELATIONS,
  SOME_SUBJECTS,
  SUBJECTS_TO_ADD,
  today,
  type AddRelationRequest,
  type Issue,
  type ModifyChoice,
  type RelationTarget,
  type RelationToAdd,
  type RemovalScope,
  type SubjectToAdd,
} from '../../machines/rules';
import { contactName } from '../../machines/steps/add-member';

export type FieldKind = 'text' | 'email' | 'tel' | 'date' | 'checkbox' | 'select' | 'checkboxes' | 'radios' | 'lines';

export interface FieldDef {
  name: string;
  kind: FieldKind;
  /** Locale key of the label (`chat.form.fields.*`). */
  labelKey: string;
  hintKey?: string;
  /** Portal choices, shown verbatim. */
  options?: readonly string[];
  /** Shown only when this holds for the current draft. */
  visible?: (d: Draft) => boolean;
  autocomplete?: string;
}

export interface FormDef {
  id: FormId;
  fields: FieldDef[];
  initial: (now: Date) => Draft;
  /** The request sent to the machine, and the rule's verdict on it. */
  read: (d: Draft) => { request: unknown; issues: Issue[] };
  /** Parameters of `chat.form.sent.<id>`, the person's answer in the transcript. */
  summary: (request: never) => MessageParams;
}

const str = (d: Draft, k: string): string => (typeof d[k] === 'string' ? (d[k] as string) : '');
const bool = (d: Draft, k: string): boolean => d[k] === true;
const list = (d: Draft, k: string): string[] => (Array.isArray(d[k]) ? (d[k] as string[]) : []);
const lines = (d: Draft, k: string): string[] =>
  str(d, k)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const pick = <T extends string>(value: string, allowed: readonly T[]): T | '' =>
  (allowed as readonly string[]).includes(value) ? (value as T) : '';

const f = (name: string, kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef => ({
  name,
  kind,
  labelKey: `chat.form.fields.${name}`,
  ...extra,
});

const dateFields = [f('startDate', 'date'), f('endDate', 'date', { hintKey: 'chat.form.hints.endDate' })];

function addRelationRequest(d: Draft): AddRelationRequest {
  return {
    contactDoesNotExist: bool(d, 'contactDoesNotExist'),
    contact: str(d, 'contact'),
    firstName: str(d, 'firstName'),
    lastName: str(d, 'lastName'),
    email: str(d, 'email'),
    clientNumber: str(d, 'clientNumber'),
    target: pick<RelationTarget>(str(d, 'target'), RELATION_TARGETS),
    organisation: str(d, 'organisation'),
    relation: pick<RelationToAdd>(str(d, 'relation'), RELATIONS_TO_ADD),
    startDate: str(d, 'startDate'),
    endDate: str(d, 'endDate'),
    subjects: list(d, 'subjects').filter((s): s is SubjectToAdd => (SUBJECTS_TO_ADD as readonly string[]).includes(s)),
  };
}

const isNew = (d: Draft) => bool(d, 'contactDoesNotExist');
const communication: ModifyChoice = 'Coordonnées de communication';

export const FORMS: Record<FormId, FormDef> = {
  newMember: {
    id: 'newMember',
    fields: [
      f('contactDoesNotExist', 'checkbox'),
      f('contact', 'text', { visible: (d) => !isNew(d) }),
      f('firstName', 'text', { visible: isNew, autocomplete: 'off' }),
      f('lastName', 'text', { visible: isNew, autocomplete: 'off' }),
      f('email', 'email', { visible: isNew, hintKey: 'chat.form.hints.email', autocomplete: 'off' }),
      f('clientNumber', 'text', { visible: isNew }),
      f('relation', 'select', { options: RELATIONS_TO_ADD }),
      ...dateFields,
      f('subjects', 'checkboxes', { options: SUBJECTS_TO_ADD }),
    ],
    initial: (now) => ({
      contactDoesNotExist: true,
      relation: 'Membre du personnel',
      startDate: today(now),
      endDate: DEFAULT_END_DATE,
      subjects: [],
    }),
    read: (d) => {
      const request = addRelationRequest(d);
      return { request, issues: checkNewMember(request) };
    },
    summary: (r: AddRelationRequest) => ({ name: contactName(r), relation: r.relation }),
  },
  delegation: {
    id: 'delegation',
    fields: [
      f('contact', 'text'),
      f('target', 'select', { options: RELATION_TARGETS }),
      f('organisation', 'text', { visible: (d) => str(d, 'target') === OTHER_ORGANISATION }),
      ...dateFields,
    ],
    initial: (now) => ({ target: OTHER_ORGANISATION, startDate: today(now), endDate: DEFAULT_END_DATE }),
    read: (d) => {
      const request = addRelationRequest(d);
      return { request, issues: checkDelegation(request) };
    },
    summary: (r: AddRelationRequest) => ({ name: contactName(r), organisation: r.organisation.trim() || r.target }),
  },
  modification: {
    id: 'modification',
    fields: [
      f('contact', 'text'),
      f('changes', 'checkboxes', { options: MODIFY_CHOICES }),
      f('email', 'email', { visible: (d) => list(d, 'changes').includes(communication), autocomplete: 'off' }),
      f('phone', 'tel', { visible: (d) => list(d, 'changes').includes(communication), hintKey: 'chat.form.hints.phone' }),
      f('issueNewCode', 'checkbox'),
    ],
    initial: () => ({ changes: [], issueNewCode: false }),
    read: (d) => {
      const request = {
        contact: str(d, 'contact'),
        changes: list(d, 'changes').filter((c): c is ModifyChoice => (MODIFY_CHOICES as readonly string[]).includes(c)),
        email: str(d, 'email'),
        phone: str(d, 'phone'),
        issueNewCode: bool(d, 'issueNewCode'),
      };
      return { request, issues: checkModify(request) };
    },
    summary: (r: { contact: string }) => ({ name: r.contact.trim() }),
  },
  removal: {
    id: 'removal',
    fields: [
      f('contact', 'text'),
      f('scope', 'radios', { options: REMOVAL_SCOPES }),
      f('relations', 'lines', { visible: (d) => [SOME_RELATIONS, SOME_SUBJECTS].includes(str(d, 'scope') as RemovalScope) }),
      { ...f('subjects', 'lines', { visible: (d) => str(d, 'scope') === SOME_SUBJECTS }), labelKey: 'chat.form.fields.subjectsToRemove' },
    ],
    initial: () => ({}),
    read: (d) => {
      const request = {
        contact: str(d, 'contact'),
        scope: pick<RemovalScope>(str(d, 'scope'), REMOVAL_SCOPES),
        relations: lines(d, 'relations'),
        subjects: lines(d, 'subjects'),
      };
      return { request, issues: checkRemoval(request) };
    },
    summary: (r: { contact: string; scope: string }) => ({ name: r.contact.trim(), scope: r.scope }),
  },
  linkingCode: {
    id: 'linkingCode',
    fields: [f('contact', 'text'), f('email', 'email', { hintKey: 'chat.form.hints.email', autocomplete: 'off' })],
    initial: () => ({}),
    read: (d) => {
      const request = { contact: str(d, 'contact'), email: str(d, 'email') };
      return { request, issues: checkLinkingCode(request) };
    },
    summary: (r: { contact: string; email: string }) => ({ name: r.contact.trim(), email: r.email.trim() }),
  },
};

/** Fields shown for this draft; issues on hidden fields cannot happen (their rules depend on the same choices). */
export const visibleFields = (form: FormDef, d: Draft): FieldDef[] => form.fields.filter((fd) => fd.visible?.(d) ?? true);
