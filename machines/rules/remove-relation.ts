/**
 * « Retirer une relation ou des sujets autorisés à un contact » (step 5b).
 * « Toutes les relations » removes every relation and the authorized subjects
 * tied to them, clients' included, and the contact's « Actif » turns « Faux »;
 * « Une ou plusieurs relation(s) » removes access to chosen client files only.
 */
import { requireText, type Issue } from './issues';
import {
  ALL_RELATIONS,
  FALSE,
  SOME_RELATIONS,
  SOME_SUBJECTS,
  type PortalBoolean,
  type RemovalScope,
} from './labels';

export interface RemovalRequest {
  /** « Contact dans ce profil » */
  contact: string;
  scope: RemovalScope | '';
  /** Relations picked among « Relation(s) déjà octroyée(s) », for the partial scopes. */
  relations: string[];
  /** Authorized subjects picked, for the subjects scope. */
  subjects: string[];
}

export const removesEverything = (scope: RemovalScope | ''): boolean => scope === ALL_RELATIONS;

export function checkRemoval(r: RemovalRequest): Issue[] {
  const issues: Issue[] = [];
  requireText(issues, 'contact', r.contact);
  if (r.scope === '') issues.push({ field: 'scope', code: 'required' });
  if (r.scope === SOME_RELATIONS && r.relations.every((x) => x.trim() === '')) {
    issues.push({ field: 'relations', code: 'chooseAtLeastOne' });
  }
  if (r.scope === SOME_SUBJECTS && r.subjects.every((x) => x.trim() === '')) {
    issues.push({ field: 'subjects', code: 'chooseAtLeastOne' });
  }
  return issues;
}

/** A contact as the portal's lists show it. */
export interface PortalContact {
  name: string;
  active: PortalBoolean;
  relations: PortalRelation[];
}
export interface PortalRelation {
  /** The organisation on the other end (the firm itself, or a client employer). */
  organisation: string;
  type: string;
  active: PortalBoolean;
  subjects: string[];
}

/**
 * What the lists will show once the removal is processed (allow up to 24 hours).
 * Pure: returns a new contact, the input is untouched.
 */
export function applyRemoval(contact: PortalContact, r: RemovalRequest): PortalContact {
  const picked = new Set(r.relations.map((x) => x.trim()));
  const droppedSubjects = new Set(r.subjects.map((x) => x.trim()));
  const end = (rel: PortalRelation): PortalRelation => ({ ...rel, active: FALSE, subjects: [] });
  switch (r.scope) {
    case ALL_RELATIONS:
      return { ...contact, active: FALSE, relations: contact.relations.map(end) };
    case SOME_RELATIONS:
      return {
        ...contact,
        relations: contact.relations.map((rel) => (picked.has(rel.organisation) ? end(rel) : { ...rel })),
      };
    case SOME_SUBJECTS:
      return {
        ...contact,
        relations: contact.relations.map((rel) =>
          picked.size === 0 || picked.has(rel.organisation)
            ? { ...rel, subjects: rel.subjects.filter((s) => !droppedSubjects.has(s)) }
            : { ...rel },
        ),
      };
    default:
      return { ...contact, relations: contact.relations.map((rel) => ({ ...rel })) };
  }
}
