import { describe, expect, it } from 'vitest';
import { createI18n, languageFromBrowser, rememberLanguage, storedLanguage } from './i18n';

describe('language', () => {
  it.each([
    [['fr-CA'], 'fr'],
    [['en-US'], 'en'],
    [['EN'], 'en'],
    [['es-MX'], 'fr'],
    [['es-MX', 'en-US'], 'en'],
    [['fr_CA', 'en-US'], 'fr'],
    [['en-CA', 'fr-CA'], 'en'],
    [[undefined, 'en-US'], 'en'],
    [['french'], 'fr'],
    [[], 'fr'],
  ] as const)('browser %j → %s', (prefs, expected) => {
    expect(languageFromBrowser(prefs)).toBe(expected);
  });

  it('is remembered across pages', async () => {
    expect(await storedLanguage()).toBeUndefined();
    await rememberLanguage('en');
    expect(await storedLanguage()).toBe('en');
  });

  it('greets in both languages with different words', async () => {
    const fr = await createI18n('fr');
    const en = await createI18n('en');
    expect(fr.t('chat.greeting')).toMatch(/Bonjour/);
    expect(en.t('chat.greeting')).toMatch(/Hello/);
  });
});
