/**
 * The smallest shape of a member the kit needs. The inventory owns the real
 * Member type; an adapter maps it to this at the seam, so the kit never reads
 * Dexie and the inventory never depends on the kit.
 */
import { z } from '../zod';
import type { Language } from '../i18n';

export interface KitContact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface KitMember {
  /** Any stable key (inventory id, or a generated one for the manual list). */
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

/**
 * What the manual member form accepts. Error messages are locale keys so the
 * panel shows them in the person's language.
 */
export const ManualMemberInput = z.object({
  firstName: z.string().trim().min(1, 'kit.members.errors.firstName').max(100, 'kit.members.errors.tooLong'),
  lastName: z.string().trim().min(1, 'kit.members.errors.lastName').max(100, 'kit.members.errors.tooLong'),
  email: z.string().trim().pipe(z.email('kit.members.errors.email')),
  language: z.enum(['fr', 'en'], 'kit.members.errors.language'),
});
export type ManualMemberInput = z.infer<typeof ManualMemberInput>;

export type ManualMemberResult =
  | { ok: true; member: Omit<KitMember, 'id'> }
  | { ok: false; errors: Partial<Record<keyof ManualMemberInput, string>> };

/** Validates one manual entry; errors are locale keys per field. */
export function parseManualMember(input: unknown): ManualMemberResult {
  const parsed = ManualMemberInput.safeParse(input);
  if (parsed.success) return { ok: true, member: parsed.data };
  const errors: Partial<Record<keyof ManualMemberInput, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof ManualMemberInput;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
