/**
 * Which language the person reads: the two we speak, the browser's preference,
 * the choice remembered in storage.local (so every page and every restart
 * agree). Apart from lib/i18n.ts so the side panel's first chunk can choose the
 * language without carrying i18next.
 */
import { browser } from 'wxt/browser';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'passerelle.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

/**
 * The browser's preference, reduced to one of ours: the first of the person's
 * languages that we speak, else French. Pass the content languages first
 * (`navigator.languages`, what the person asked web pages to be in: a browser
 * whose menus exist only in English may still be set to French there), then the
 * browser's own UI language.
 */
export function languageFromBrowser(preferences: readonly (string | undefined)[]): Language {
  for (const tag of preferences) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'fr';
}

export async function storedLanguage(): Promise<Language | undefined> {
  const got = await browser.storage.local.get(LANGUAGE_KEY);
  const value = got[LANGUAGE_KEY];
  return isLanguage(value) ? value : undefined;
}

export async function rememberLanguage(lang: Language): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: lang });
}
