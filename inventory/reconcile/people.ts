/**
 * People in the portal's contacts list against the inventory's members.
 * A '' cell means the reader could not see that value: it is never a difference.
 */
import {
  emailKey,
  numberKey,
  parseLanguage,
  parsePhoneType,
  personKey,
  personKeyOf,
  phoneKey,
} from '../normalize';
import type { Member } from '../schema';
import type { ContactRow } from '../snapshot';
import type { Difference } from '../worklist';

export function contactNameKey(c: ContactRow, key: (name: string) => string = personKey): string {
  return c.firstName || c.lastName ? key(`${c.firstName} ${c.lastName}`) : key(c.name);
}

/**
 * The member's details that the portal shows differently (beyond case and
 * accents). `memberKey` and `contactKey` are the two names' keys, already computed.
 */
export function compareDetails(
  m: Member,
  c: ContactRow,
  memberKey = personKeyOf(m.firstName, m.lastName),
  contactKey = contactNameKey(c),
): Difference[] {
  const out: Difference[] = [];
  if (c.firstName || c.lastName) {
    if (c.firstName && personKey(c.firstName) !== personKey(m.firstName))
      out.push({ field: 'firstName', inventory: m.firstName, portal: c.firstName });
    if (c.lastName && personKey(c.lastName) !== personKey(m.lastName))
      out.push({ field: 'lastName', inventory: m.lastName, portal: c.lastName });
  } else if (c.name && contactKey !== memberKey) {
    out.push({ field: 'name', inventory: `${m.firstName} ${m.lastName}`.trim(), portal: c.name });
  }
  if (m.email && c.email && emailKey(m.email) !== emailKey(c.email))
    out.push({ field: 'email', inventory: m.email, portal: c.email });
  if (m.phone && c.phone && phoneKey(m.phone) !== phoneKey(c.phone))
    out.push({ field: 'phone', inventory: m.phone, portal: c.phone });
  const portalType = c.phoneType ? parsePhoneType(c.phoneType) : undefined;
  if (m.phoneType && c.phoneType && portalType !== m.phoneType)
    out.push({ field: 'phoneType', inventory: m.phoneType, portal: c.phoneType });
  const portalLanguage = c.language ? parseLanguage(c.language) : undefined;
  if (c.language && portalLanguage !== m.language)
    out.push({ field: 'language', inventory: m.language, portal: c.language });
  if (m.clientNumber && c.clientNumber && numberKey(m.clientNumber) !== numberKey(c.clientNumber))
    out.push({ field: 'clientNumber', inventory: m.clientNumber, portal: c.clientNumber });
  return out;
}
