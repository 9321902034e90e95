/**
 * A member's personal instruction card: what arrives, how to create and link
 * the account, what to do when the email is missing, the known limitation and
 * whom to call. Pure: same member and translator, same card.
 */
import type { Block, Section, TextDocument } from './document';
import { documentText } from './document';
import { fullName, type KitContact, type KitMember } from './member';
import { LIMITED_SERVICES, PORTAL_ADDRESS, PORTAL_LABELS, SUPPORT_EMAIL } from './portal-labels';
import type { Translate } from './translate';

const p = (text: string): Block => ({ kind: 'p', text });

/** "Marie Tremblay · marie@… · 514 …", or '' when nothing is known. */
export function contactLine(c: KitContact | undefined): string {
  return [c?.email, c?.phone].map((v) => v?.trim()).filter(Boolean).join(' · ');
}

export function buildMemberCard(member: KitMember, tr: Translate): TextDocument {
  const k = (key: string, params?: Record<string, unknown>) =>
    tr(`kit.card.${key}`, { ...PORTAL_LABELS, site: PORTAL_ADDRESS, ...params });
  const responsable = member.responsable?.name?.trim() || k('responsableFallback');
  const contact = contactLine(member.responsable);
  const firm = member.firmName?.trim() || k('firmFallback');
  const email = member.email.trim();

  const sections: Section[] = [
    {
      id: 'receive',
      heading: k('receive.heading'),
      blocks: [p(k('receive.what', { email })), p(k('receive.keep'))],
    },
    {
      id: 'create',
      heading: k('create.heading'),
      blocks: [{ kind: 'ol', items: ['s1', 's2', 's3', 's4'].map((s) => k(`create.${s}`)) }],
    },
    {
      id: 'link',
      heading: k('link.heading'),
      blocks: [{ kind: 'ol', items: ['s1', 's2', 's3', 's4', 's5'].map((s) => k(`link.${s}`)) }],
    },
    {
      id: 'noEmail',
      heading: k('noEmail.heading'),
      blocks: [
        {
          kind: 'ul',
          items: [k('noEmail.junk'), k('noEmail.address', { email, responsable }), k('noEmail.newCode', { responsable })],
        },
      ],
    },
    {
      id: 'limitation',
      heading: k('limitation.heading'),
      blocks: [
        p(k('limitation.lead')),
        { kind: 'ul', items: LIMITED_SERVICES.map((service) => k('limitation.service', { service })) },
        p(k('limitation.ways')),
        { kind: 'ul', items: [k('limitation.employerAdds'), k('limitation.oldCredentials')] },
      ],
    },
    {
      id: 'help',
      heading: k('help.heading'),
      blocks: [
        {
          kind: 'ol',
          items: [
            contact ? k('help.firstWithContact', { responsable, contact }) : k('help.first', { responsable }),
            k('help.support', { support: SUPPORT_EMAIL }),
          ],
        },
      ],
    },
  ];

  const signature = [member.responsable?.name?.trim(), member.firmName?.trim()].filter(Boolean).join('\n');
  return {
    lang: member.language,
    title: k('title', { name: fullName(member) }),
    opening: [p(k('greeting', { firstName: member.firstName.trim() })), p(k('intro', { firm }))],
    sections,
    closing: [p(k('closing')), ...(signature ? [p(signature)] : [])],
  };
}

/** The card as an email to the member: subject line, plain-text body. */
export function memberCardEmail(member: KitMember, tr: Translate) {
  const card = buildMemberCard(member, tr);
  return {
    to: [member.email.trim()],
    subject: tr('kit.card.subject'),
    body: documentText(card, { withTitle: false }),
  };
}
