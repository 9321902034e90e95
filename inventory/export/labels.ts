/** Export labels from the locales, in the person's language. */
import { MEMBER_STATUSES, PHONE_TYPES } from '../schema';
import type { MemberExportLabels } from './members';

export function memberExportLabels(t: (key: string) => string): MemberExportLabels {
  const field = (f: string) => t(`inventory.field.${f}`);
  return {
    headers: {
      firstName: field('firstName'),
      lastName: field('lastName'),
      email: field('email'),
      phone: field('phone'),
      phoneType: field('phoneType'),
      language: field('language'),
      clientNumber: field('clientNumber'),
      role: field('role'),
      status: field('status'),
      codeSentOn: field('codeSentOn'),
      clients: field('clients'),
      subjects: field('subjects'),
      firmSubjects: field('firmSubjects'),
      notes: field('notes'),
    },
    status: Object.fromEntries(MEMBER_STATUSES.map((s) => [s, t(`inventory.status.${s}`)])) as MemberExportLabels['status'],
    phoneType: Object.fromEntries(PHONE_TYPES.map((p) => [p, t(`inventory.phoneType.${p}`)])) as MemberExportLabels['phoneType'],
    language: { fr: t('inventory.language.fr'), en: t('inventory.language.en') },
  };
}
