/**
 * i18next for extension pages. French (Québec) is the default; English is complete.
 * The chosen language is remembered in storage.local so every page and every
 * restart agrees. Each language's strings are loaded when first needed: the
 * guide's texts are most of the panel's weight, and a person reads one language.
 */
import i18next, { type i18n } from 'i18next';
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

type Messages = Record<string, unknown>;
const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  fr: () => import('../locales/fr.json'),
  en: () => import('../locales/en.json'),
};

export async function loadMessages(lang: Language): Promise<Messages> {
  return (await loaders[lang]()).default;
}

/** Makes sure `lang`'s strings are in the instance before anything renders in it. */
export async function ensureLanguage(instance: i18n, lang: Language): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'translation')) {
    instance.addResourceBundle(lang, 'translation', await loadMessages(lang));
  }
}

export async function createI18n(lang: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: 'fr',
    supportedLngs: LANGUAGES,
    // Only the language in use; the other is added by ensureLanguage on a switch.
    resources: { [lang]: { translation: await loadMessages(lang) } },
    partialBundledLanguages: true,
    // Preact escapes text itself; i18next must not double-escape or produce HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
