/**
 * i18next for extension pages. French (Québec) is the default; English is complete.
 * Each language's strings are loaded when first needed: the guide's texts are
 * most of the panel's weight, and a person reads one language. Choosing the
 * language (and remembering it) is in ./languages.ts, re-exported here.
 */
import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Language } from './languages';

export * from './languages';

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
