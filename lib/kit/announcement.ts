/**
 * The internal announcement the responsable sends before launch: services
 * change, linking coordinates will arrive, help is available, authorization
 * processes change, the responsable is the first contact. Generated per
 * language from the dates and details the responsable typed; the panel lets
 * them edit the result before copying or sending it.
 */
import type { Language } from '../i18n';
import { contactLine } from './card';
import { formatLetterDate } from './dates';
import type { KitSender } from './member';
import { PORTAL_ADDRESS } from './portal-labels';
import type { Translate } from './translate';

export interface AnnouncementInput {
  sender: KitSender;
  /** ISO dates (`YYYY-MM-DD`), optional: the text reads well without them. */
  launchDate?: string;
  deadline?: string;
}

export interface Announcement {
  lang: Language;
  subject: string;
  body: string;
}

export function buildAnnouncement(input: AnnouncementInput, lang: Language, tr: Translate): Announcement {
  const k = (key: string, params?: Record<string, unknown>) =>
    tr(`kit.announcement.text.${key}`, { site: PORTAL_ADDRESS, ...params });
  const launch = formatLetterDate(input.launchDate, lang);
  const deadline = formatLetterDate(input.deadline, lang);
  const firm = input.sender.firmName?.trim() || k('firmFallback');
  const contact = contactLine(input.sender);

  const bullets = [
    k('coordinates', { firm }),
    k('help'),
    k('processes'),
    ...(deadline ? [k('deadline', { date: deadline })] : []),
  ].map((b) => `- ${b}`);

  const signature = [input.sender.name?.trim(), input.sender.firmName?.trim()].filter(Boolean);
  const paragraphs = [
    k('greeting'),
    launch ? k('launchOn', { date: launch }) : k('launchSoon'),
    `${k('whatHappens')}\n${bullets.join('\n')}`,
    contact ? k('firstContactWith', { contact }) : k('firstContact'),
    [k('thanks'), ...signature].join('\n'),
  ];
  return { lang, subject: k('subject'), body: paragraphs.join('\n\n') };
}
