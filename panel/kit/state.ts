/**
 * The kit's working state, kept in module signals so switching tabs does not
 * lose what the responsable typed. Deliberately not persisted: the inventory
 * (branch `inventory`) will own members; until then this is scratch space.
 */
import { signal } from '@preact/signals';
import type { Language } from '../../lib/i18n';
import type { TransitionProgress } from '../../lib/kit/checklist';
import type { KitMember, KitSender } from '../../lib/kit/member';

export const sender = signal<KitSender>({});
export const launchDate = signal('');
export const deadline = signal('');

/** The responsable's own edits of the announcement; undefined = follow the fields. */
export interface AnnouncementDraft {
  subject: string;
  body: string;
}
export const announcementDrafts = signal<Partial<Record<Language, AnnouncementDraft>>>({});

export const members = signal<KitMember[]>([]);

/**
 * The firm's progress through the transition, as the guide conversation
 * reports it (`{ stepId: 'done' | 'current' | 'todo' }`). The conversation
 * writes here once it lands; the checklist only reads it.
 */
export const transitionProgress = signal<TransitionProgress>({});
