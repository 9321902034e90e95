/**
 * The smallest shape of a member the kit needs. The inventory owns the real
 * Member type; an adapter maps it to this at the seam, so the kit never reads
 * Dexie and the inventory never depends on the kit.
 */
import type { Language } from '../i18n';

export interface KitContact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface KitMember {
  /** The inventory's member id. */
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** The language the member reads: their card and email are written in it. */
  language: Language;
  /** Who the member calls first: the firm's responsable. */
  responsable?: KitContact;
  firmName?: string;
}

/** The person in charge, as typed once in the kit and applied to every card. */
export interface KitSender extends KitContact {
  firmName?: string;
}

export const fullName = (m: Pick<KitMember, 'firstName' | 'lastName'>) =>
  `${m.firstName} ${m.lastName}`.trim();

/** Adds the sender's details to members that carry none of their own. */
export function withSender(member: KitMember, sender: KitSender): KitMember {
  const { firmName, ...responsable } = sender;
  return {
    ...member,
    responsable: member.responsable ?? (hasAny(responsable) ? responsable : undefined),
    firmName: member.firmName ?? (firmName?.trim() || undefined),
  };
}

const hasAny = (c: KitContact) => Boolean(c.name?.trim() || c.email?.trim() || c.phone?.trim());
