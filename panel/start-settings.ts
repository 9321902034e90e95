/**
 * What the side panel's first paint depends on (language, training mode,
 * presenter mode), read from storage.local in one call: each call is a round
 * trip to the browser process, slow when the machine is busy.
 *
 * The read starts before the panel's code has arrived: the small script
 * entrypoints/panel-settings.ts (loaded async by sidepanel/index.html) starts
 * it and leaves the promise in `passerelleStartSettings`; the panel takes it
 * from there, or reads itself if that script has not run yet. Light on
 * purpose (no UI code): that script carries this module.
 */
import { browser } from 'wxt/browser';
import { PRESENTER_KEY, TRAINING_MODE_KEY } from '../inventory/training-keys';
import { LANGUAGE_KEY } from '../lib/languages';

declare global {
  /** Set by entrypoints/panel-settings.ts. */
  var passerelleStartSettings: Promise<Record<string, unknown>> | undefined;
}

const START_KEYS = [LANGUAGE_KEY, TRAINING_MODE_KEY, PRESENTER_KEY];

export async function readStartSettings(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get(START_KEYS);
  } catch {
    // Unreadable storage: the browser's language and neither mode, as on a first start.
    return {};
  }
}

/** The settings read early by entrypoints/panel-settings.ts, else read now. */
export function startSettings(): Promise<Record<string, unknown>> {
  return globalThis.passerelleStartSettings ?? readStartSettings();
}
