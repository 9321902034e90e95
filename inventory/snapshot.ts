/**
 * What the portal's three lists under « Relations et autorisations » showed,
 * and when. Rows are kept as read — plain strings, not interpreted — so a
 * reader only has to copy cells; reconciliation does the interpreting.
 *
 * A reader fills one object per row with the cells it can see and leaves the
 * others out (they default to ''). Reconciliation treats '' as "not shown",
 * never as "empty in the portal".
 */
import { z } from '../lib/zod';

const cell = z.string().max(2000).default('');

/** « Contacts de l'organisation ». The list and each contact's profile. */
export const ContactRow = z.object({
  /** The name as displayed, e.g. « DESCOTTEAUX-LAFORCE, REBECCA » or « Rebecca Descotteaux-Laforce ». */
  name: cell,
  /** When the profile shows first and last names apart. */
  firstName: cell,
  lastName: cell,
  email: cell,
  /** « Type du numéro de téléphone principal », e.g. « Cellulaire ». */
  phoneType: cell,
  phone: cell,
  /** « Langue de communication », e.g. « Français ». */
  language: cell,
  clientNumber: cell,
  /** « Fonction » or relation, e.g. « Membre du personnel ». */
  function: cell,
  /** « Vrai » / « Faux ». */
  active: cell,
});
export type ContactRow = z.infer<typeof ContactRow>;
export type ContactRowInput = z.input<typeof ContactRow>;

/** « Relations de l'organisation »: `Organisation | Type de relation | Organisation | Actif`. */
export const RelationRow = z.object({
  organisation: cell,
  relationType: cell,
  otherOrganisation: cell,
  active: cell,
});
export type RelationRow = z.infer<typeof RelationRow>;
export type RelationRowInput = z.input<typeof RelationRow>;

/**
 * « Autorisations »: `Sujet autorisé | Droit | Organisation | Organisation |
 * Contact de l'organisation | Fonction | Actif`, in column order.
 */
export const AuthorizationRow = z.object({
  subject: cell,
  right: cell,
  organisation: cell,
  otherOrganisation: cell,
  contact: cell,
  function: cell,
  active: cell,
});
export type AuthorizationRow = z.infer<typeof AuthorizationRow>;
export type AuthorizationRowInput = z.input<typeof AuthorizationRow>;

export const PortalSnapshot = z.object({
  id: z.string().min(1).max(64),
  /** When the read finished (ms since epoch). */
  takenAt: z.number(),
  /**
   * True only when every page of every list was read (« Rangées A - B de N »
   * reached N). Reconciliation refuses an incomplete snapshot: a missing page
   * would look like missing members.
   */
  complete: z.boolean(),
  contacts: z.array(ContactRow).max(200_000),
  relations: z.array(RelationRow).max(200_000),
  authorizations: z.array(AuthorizationRow).max(2_000_000),
});
export type PortalSnapshot = z.infer<typeof PortalSnapshot>;
export type PortalSnapshotInput = z.input<typeof PortalSnapshot>;

/**
 * The portal's « Actif » cell. Only an explicit « Faux » makes a row inactive:
 * a reader that could not see the column leaves '' and the row counts.
 */
export function isInactive(cellText: string): boolean {
  const v = cellText.trim().toLowerCase();
  return v === 'faux' || v === 'false' || v === 'non' || v === 'no';
}
