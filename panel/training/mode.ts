/**
 * Training mode and presenter mode as signals, read once at panel start (small:
 * this is in the panel's first load; the demo data and its view load on use).
 * - training: the panel works on the demo firm's database (inventory/training.ts)
 *   and portal links open the training copy;
 * - presenter: larger type, only the current step of the conversation, and
 *   "next" from the keyboard or a presenter remote (presenter.ts).
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { PRESENTER_KEY, TRAINING_MODE_KEY } from '../../inventory/training-keys';

export const trainingMode = signal(false);
export const presenter = signal(false);

/** Sets both modes from storage.local's values (`stored`, as panel/start-settings.ts reads them). */
export function applyModes(stored: Record<string, unknown>): void {
  trainingMode.value = stored[TRAINING_MODE_KEY] === true;
  presenter.value = stored[PRESENTER_KEY] === true;
}

export async function setPresenter(on: boolean): Promise<void> {
  presenter.value = on;
  await browser.storage.local.set({ [PRESENTER_KEY]: on });
}
