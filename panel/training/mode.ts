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
import { isTrainingMode } from '../../inventory/training-switch';

export const PRESENTER_KEY = 'passerelle.presenter';

export const trainingMode = signal(false);
export const presenter = signal(false);

export async function initTrainingMode(): Promise<void> {
  trainingMode.value = await isTrainingMode();
  try {
    presenter.value = (await browser.storage.local.get(PRESENTER_KEY))[PRESENTER_KEY] === true;
  } catch {
    presenter.value = false;
  }
}

export async function setPresenter(on: boolean): Promise<void> {
  presenter.value = on;
  await browser.storage.local.set({ [PRESENTER_KEY]: on });
}
