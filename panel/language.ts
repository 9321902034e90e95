/**
 * The panel's language as a signal. Components read `t()` through `useT()` so a
 * language switch re-renders everything, conversation included.
 */
import { signal, computed } from '@preact/signals';
import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import {
  createI18n,
  ensureLanguage,
  languageFromBrowser,
  loadMessages,
  rememberLanguage,
  storedLanguage,
  type Language,
} from '../lib/i18n';

export const language = signal<Language>('fr');
const instance = signal<i18n | undefined>(undefined);

export const t = computed(() => {
  const i = instance.value;
  const lang = language.value;
  return (key: string, params?: Record<string, unknown>): string =>
    i ? (i.getFixedT(lang)(key, params) as string) : key;
});

export async function initLanguage(): Promise<void> {
  // Fetch the likely strings while storage is read (an import is fetched once: createI18n gets the same module).
  loadMessages(languageFromBrowser(navigator.languages ?? [])).catch(() => {});
  const lang = (await storedLanguage()) ?? languageFromBrowser([...(navigator.languages ?? []), browser.i18n?.getUILanguage?.()]);
  instance.value = await createI18n(lang);
  setDocumentLanguage(lang);
  language.value = lang;
  // Another panel (second window) may switch language: follow it.
  browser.storage.onChanged.addListener((changes, area) => {
    const next = changes['passerelle.language']?.newValue;
    if (area === 'local' && (next === 'fr' || next === 'en') && next !== language.value) {
      void ensureLanguage(instance.value!, next).then(() => {
        setDocumentLanguage(next);
        language.value = next;
      });
    }
  });
}

/** Whether a string exists (in the language in use; both locales have the same keys). */
export function hasKey(key: string): boolean {
  return instance.value?.exists(key, { lng: language.value }) ?? false;
}

export async function switchLanguage(lang: Language): Promise<void> {
  if (instance.value) await ensureLanguage(instance.value, lang);
  setDocumentLanguage(lang);
  language.value = lang;
  await rememberLanguage(lang);
}

function setDocumentLanguage(lang: Language) {
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
}
