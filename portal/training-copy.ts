/**
 * What only the bundled training copy does (an extension page, never the
 * replica served at https://sel.ccq.org, which stays French like the portal):
 * start Passerelle's agent in the page itself (content/training-agent.ts), and
 * show the screens in the trainer's language, switching live when the panel
 * switches (the panel keeps its language in extension storage).
 */
import { browser } from 'wxt/browser';
import { startTrainingAgent } from '../content/training-agent';
import type { Portal } from './app';

/** The panel's language key (lib/i18n.ts), repeated so this page does not load i18next; a test keeps them equal. */
export const LANGUAGE_KEY = 'passerelle.language';

const asLanguage = (v: unknown) => (v === 'en' ? 'en' : 'fr');

export async function startTrainingCopy(portal: Portal): Promise<void> {
  browser.storage.onChanged.addListener((changes, area) => {
    const next = changes[LANGUAGE_KEY]?.newValue;
    if (area === 'local' && next !== undefined) portal.showIn(asLanguage(next));
  });
  const stored = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
  if (stored === 'en') portal.showIn('en');
  await startTrainingAgent();
}
