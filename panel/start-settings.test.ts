import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRESENTER_KEY, TRAINING_MODE_KEY } from '../inventory/training-keys';
import { LANGUAGE_KEY } from '../lib/languages';
import { readStartSettings, startSettings } from './start-settings';

afterEach(() => {
  globalThis.passerelleStartSettings = undefined;
});

describe('the side panel start-up settings', () => {
  it('are the language and both modes, read in one go, nothing else', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en', [TRAINING_MODE_KEY]: true, [PRESENTER_KEY]: false, 'passerelle.journey': { big: true } });
    expect(await readStartSettings()).toEqual({ [LANGUAGE_KEY]: 'en', [TRAINING_MODE_KEY]: true, [PRESENTER_KEY]: false });
  });

  it('come from the early read when the small script started one, else are read then', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    expect(await startSettings()).toEqual({ [LANGUAGE_KEY]: 'en' });
    const early = Promise.resolve({ [LANGUAGE_KEY]: 'fr' });
    globalThis.passerelleStartSettings = early;
    expect(startSettings()).toBe(early);
  });

  it('are empty when storage cannot be read: the browser language and neither mode', async () => {
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage unavailable'));
    try {
      expect(await readStartSettings()).toEqual({});
    } finally {
      fakeBrowser.storage.local.get = get;
    }
  });
});
