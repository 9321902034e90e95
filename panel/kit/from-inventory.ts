/**
 * The seam between the inventory and the kit: the inventory's members become
 * the kit's `KitMember`s (the kit never reads Dexie). Pure.
 */
import type { Firm, Member } from '../../inventory/schema';
import type { KitMember } from '../../lib/kit/member';

/** One member's card data; the firm's name comes from the inventory's firm identity when it has one. */
export function toKitMember(m: Member, firm: Pick<Firm, 'name'>): KitMember {
  const firmName = firm.name.trim();
  return {
    id: m.id,
    firstName: m.firstName.trim(),
    lastName: m.lastName.trim(),
    email: m.email.trim(),
    language: m.language,
    ...(firmName ? { firmName } : {}),
  };
}

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true });

/** Every member of the inventory, by last name then first name, so cards print in a stable order. */
export function kitMembersOf(members: readonly Member[], firm: Pick<Firm, 'name'>): KitMember[] {
  return [...members]
    .sort((a, b) => collator.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`) || collator.compare(a.id, b.id))
    .map((m) => toKitMember(m, firm));
}
