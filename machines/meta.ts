/**
 * What a machine state shows besides its own message (`guide.<machine>.states.<path>`):
 * the portal page it talks about, an in-chat form, and shared notes.
 */
import type { PortalPage } from './portal-pages';

export type FormId = 'newMember' | 'delegation' | 'modification' | 'removal' | 'linkingCode';
export const FORM_IDS: readonly FormId[] = ['newMember', 'delegation', 'modification', 'removal', 'linkingCode'];

/** Facts that several states repeat; each is one locale key under `guide.notes.*`. */
export type NoteId =
  | 'youSubmit'
  | 'noSecrets'
  | 'delay24h'
  | 'limitation'
  | 'junkFolder'
  | 'support'
  | 'firstContact'
  | 'keepEmail'
  | 'formAccess'
  | 'catalogPath';

export interface ScreenMeta {
  /** The portal page the state is about; its message offers to open it. */
  portal?: PortalPage;
  /** The in-chat form the person may fill in this state. */
  form?: FormId;
  /** Shared facts said after the state's own message. */
  notes?: NoteId[];
}
