/**
 * The training switch, on its own so the panel reads it at start without
 * loading the database code: which inventory database the panel opens.
 */
import { browser } from 'wxt/browser';
import { TRAINING_MODE_KEY } from './training-keys';

export { TRAINING_MODE_KEY };

export const REAL_DATABASE = 'passerelle';
export const TRAINING_DATABASE = 'passerelle-training';

export async function isTrainingMode(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(TRAINING_MODE_KEY))[TRAINING_MODE_KEY] === true;
  } catch {
    return false;
  }
}

export async function setTrainingMode(on: boolean): Promise<void> {
  await browser.storage.local.set({ [TRAINING_MODE_KEY]: on });
}

/** The database to open for the mode the panel is in. */
export const databaseNameFor = (training: boolean) => (training ? TRAINING_DATABASE : REAL_DATABASE);
