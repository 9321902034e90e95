/**
 * The kit's working state, kept in module signals so switching tabs does not
 * lose what the responsable typed. Deliberately not persisted. Members are
 * not here: the cards are made from the inventory (panel/inventory/store.ts).
 */
import { signal } from '@preact/signals';
import type { Language } from '../../lib/i18n';
import type { TransitionProgress } from '../../lib/kit/checklist';
import type { KitSender } from '../../lib/kit/member';

export const sender = signal<KitSender>({});
export const launchDate = signal('');
export const deadline = signal('');

/** The responsable's own edits of the announcement; undefined = follow the fields. */
export interface AnnouncementDraft {
  subject: string;
  body: string;
}
export const announcementDrafts = signal<Partial<Record<Language, AnnouncementDraft>>>({});

/**
 * The firm's progress through the transition, as the guide conversation
 * reports it (`{ stepId: 'done' | 'current' | 'todo' }`). The conversation
 * writes here once it lands; the checklist only reads it.
 */
export const transitionProgress = signal<TransitionProgress>({});
