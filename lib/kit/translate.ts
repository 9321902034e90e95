/**
 * Builders take a translator for one language, so a card is written in the
 * member's language whatever language the panel shows.
 */
import { createI18n, ensureLanguage, type Language } from '../i18n';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
export type Translators = Record<Language, Translate>;

/** One i18next instance, fixed once per language. */
export async function kitTranslators(): Promise<Translators> {
  const i = await createI18n('fr');
  // Languages load on demand; cards need both whatever the panel shows.
  await ensureLanguage(i, 'en');
  const fixed = (lang: Language): Translate => {
    const t = i.getFixedT(lang);
    return (key, params) => t(key, params) as string;
  };
  return { fr: fixed('fr'), en: fixed('en') };
}
