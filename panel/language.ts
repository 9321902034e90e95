/**
 * The panel's language as a signal. Components read `t.value(key, params)` so a
 * language switch re-renders everything, conversation included.
 *
 * The side panel starts in two stages, so its greeting waits for neither
 * i18next nor the 75 KB of strings: after `startLanguage` it renders at once
 * with the first paint's strings (first-paint-keys.ts, built into the first
 * chunk from locales/), then `loadStrings` brings i18next and the full strings.
 * Views that show more than the first paint wait for `stringsReady()`. The
 * words do not change between the stages (panel/first-paint.test.tsx), so
 * nothing flickers.
 */
import { computed, signal } from '@preact/signals';
import type { i18n } from 'i18next';
import firstPaintStrings from 'virtual:first-paint-strings';
import { browser } from 'wxt/browser';
import { LANGUAGE_KEY, isLanguage, languageFromBrowser, rememberLanguage, type Language } from '../lib/languages';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export const language = signal<Language>('fr');
const instance = signal<i18n | undefined>(undefined);

export const t = computed<Translate>(() => {
  const i = instance.value;
  const lang = language.value;
  if (!i) {
    const strings = firstPaintStrings[lang];
    return (key) => strings[key] ?? key;
  }
  const fixed = i.getFixedT(lang);
  return (key, params) => fixed(key, params) as string;
});

let stringsIn!: () => void;
let stringsFailed!: (error: unknown) => void;
const strings = new Promise<void>((resolve, reject) => {
  stringsIn = resolve;
  stringsFailed = reject;
});
strings.catch(() => {}); // reported to whoever waits for them, not as unhandled
/** Resolves once the full strings are in (never before `loadStrings`); rejects if they cannot load. */
export function stringsReady(): Promise<void> {
  return strings;
}

/** The language the person chose (remembered: `stored` is what storage.local holds), else the browser's. */
export function languageToShow(stored: Record<string, unknown>): Language {
  const remembered = stored[LANGUAGE_KEY];
  return isLanguage(remembered) ? remembered : languageFromBrowser([...(navigator.languages ?? []), browser.i18n?.getUILanguage?.()]);
}

function setLanguage(lang: Language): void {
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
  language.value = lang;
}

/** Switches to `lang` once its strings are in (at once before `loadStrings`: the first paint has both languages). */
async function showLanguage(lang: Language): Promise<void> {
  const i = instance.value;
  if (i) await (await import('../lib/i18n')).ensureLanguage(i, lang);
  setLanguage(lang);
}

/**
 * Loads i18next with the full strings of the language shown, and follows a
 * switch made in another panel (a second window) from then on.
 */
export async function loadStrings(): Promise<void> {
  let i: i18n;
  try {
    const { createI18n, ensureLanguage } = await import('../lib/i18n');
    i = await createI18n(language.value);
    // The person may have switched language while the strings loaded.
    while (!i.hasResourceBundle(language.value, 'translation')) await ensureLanguage(i, language.value);
  } catch (error) {
    // The greeting stays; a tab opened says it could not open (its words are in the first paint's).
    stringsFailed(error);
    throw error;
  }
  instance.value = i;
  stringsIn();
  browser.storage.onChanged.addListener((changes, area) => {
    const next = changes[LANGUAGE_KEY]?.newValue;
    if (area === 'local' && isLanguage(next) && next !== language.value) void showLanguage(next);
  });
}

/**
 * Starts the panel in `lang` with the first paint's strings; `loadStrings`
 * brings the rest. The side panel calls these two around its first render.
 */
export function startLanguage(lang: Language): void {
  setLanguage(lang);
}

/** Reads the remembered language and loads its strings, in one go (pages other than the side panel, tests). */
export async function initLanguage(): Promise<void> {
  startLanguage(languageToShow(await browser.storage.local.get(LANGUAGE_KEY)));
  await loadStrings();
}

/** Whether a string exists (in the language in use; both locales have the same keys). */
export function hasKey(key: string): boolean {
  return instance.value?.exists(key, { lng: language.value }) ?? false;
}

export async function switchLanguage(lang: Language): Promise<void> {
  await showLanguage(lang);
  await rememberLanguage(lang);
}
