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

/** Readers of the portal's labels; reconciliation passes memoised ones (the same few labels repeat). */
export interface LabelReaders {
  phoneType: (label: string) => ReturnType<typeof parsePhoneType>;
  language: (label: string) => ReturnType<typeof parseLanguage>;
}

const PLAIN: LabelReaders = { phoneType: parsePhoneType, language: parseLanguage };

/** Same value once compared by `key`; identical text needs no key at all. */
const same = (a: string, b: string, key: (v: string) => string) => a === b || key(a) === key(b);

/**
 * The member's details that the portal shows differently (beyond case and
 * accents). `memberKey` and `contactKey` are the two names' keys, already computed.
 */
export function compareDetails(
  m: Member,
  c: ContactRow,
  memberKey = personKeyOf(m.firstName, m.lastName),
  contactKey = contactNameKey(c),
  labels: LabelReaders = PLAIN,
): Difference[] {
  const out: Difference[] = [];
  if (c.firstName || c.lastName) {
    if (c.firstName && !same(c.firstName, m.firstName, personKey))
      out.push({ field: 'firstName', inventory: m.firstName, portal: c.firstName });
    if (c.lastName && !same(c.lastName, m.lastName, personKey))
      out.push({ field: 'lastName', inventory: m.lastName, portal: c.lastName });
  } else if (c.name && contactKey !== memberKey) {
    out.push({ field: 'name', inventory: `${m.firstName} ${m.lastName}`.trim(), portal: c.name });
  }
  if (m.email && c.email && !same(m.email, c.email, emailKey))
    out.push({ field: 'email', inventory: m.email, portal: c.email });
  if (m.phone && c.phone && !same(m.phone, c.phone, phoneKey))
    out.push({ field: 'phone', inventory: m.phone, portal: c.phone });
  if (m.phoneType && c.phoneType && labels.phoneType(c.phoneType) !== m.phoneType)
    out.push({ field: 'phoneType', inventory: m.phoneType, portal: c.phoneType });
  if (c.language && labels.language(c.language) !== m.language)
    out.push({ field: 'language', inventory: m.language, portal: c.language });
  if (m.clientNumber && c.clientNumber && !same(m.clientNumber, c.clientNumber, numberKey))
    out.push({ field: 'clientNumber', inventory: m.clientNumber, portal: c.clientNumber });
  return out;
}
