/**
 * The side panel's first paint uses the few strings built into its first
 * chunk (first-paint-keys.ts); i18next and the full strings come right after.
 * The person must not see the difference: same words, same elements, in both
 * languages, training mode or not, whatever tab is shown.
 */
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import type { Language } from '../lib/languages';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Every key of a locale file, dotted. */
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
const ALL_KEYS = new Set(keysOf(fr));

/** Keys shown as such (text or attribute): a string the first paint lacks. */
function keysShown(root: Element): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const values = node instanceof Element ? [...node.attributes].map((a) => a.value) : [node.textContent ?? ''];
    shown.push(...values.map((v) => v.trim()).filter((v) => ALL_KEYS.has(v)));
  }
  return shown;
}

/** The panel's modules afresh, as the side panel starts: no i18next, no full strings yet. */
async function freshPanel(training: boolean) {
  vi.resetModules();
  const language = await import('./language');
  const mode = await import('./training/mode');
  const navigation = await import('./navigation');
  const { App } = await import('./App');
  mode.applyModes({ [(await import('../inventory/training-keys')).TRAINING_MODE_KEY]: training });
  const root = document.createElement('div');
  document.body.append(root);
  return { ...language, ...navigation, App, root };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the first paint', () => {
  it.each([
    ['fr', false],
    ['en', false],
    ['fr', true],
    ['en', true],
  ] as [Language, boolean][])('in %s (training %s) shows the same words and elements as with the full strings', async (lang, training) => {
    const { startLanguage, loadStrings, App, root } = await freshPanel(training);
    startLanguage(lang);
    render(h(App, null), root);
    const firstPaint = root.innerHTML;
    const greeting = root.querySelector('[data-testid=greeting]');
    expect(greeting!.textContent).toBe((lang === 'fr' ? fr : en).chat.greeting);
    expect(keysShown(root)).toEqual([]);
    expect(document.documentElement.lang).toBe(lang === 'fr' ? 'fr-CA' : 'en-CA');

    await loadStrings();
    await settle();
    expect(root.innerHTML).toBe(firstPaint);
    expect(root.querySelector('[data-testid=greeting]')).toBe(greeting);
    render(null, root);
  });

  it.each(['fr', 'en'] as Language[])('in %s is exactly the static HTML its page carries (first-paint-shell.ts)', async (lang) => {
    const { startLanguage, App, root } = await freshPanel(false);
    const { firstPaintHtml } = await import('./first-paint-shell');
    const strings = (await import('virtual:first-paint-strings')).default;
    startLanguage(lang);
    render(h(App, null), root);
    expect(root.innerHTML).toBe(firstPaintHtml(lang, strings[lang]));
    // And the render over that HTML keeps its elements: the greeting is never replaced.
    const page = document.createElement('div');
    page.innerHTML = firstPaintHtml(lang, strings[lang]);
    document.body.append(page);
    const greeting = page.querySelector('[data-testid=greeting]');
    render(h(App, null), page);
    expect(page.querySelector('[data-testid=greeting]')).toBe(greeting);
    expect(page.innerHTML).toBe(firstPaintHtml(lang, strings[lang]));
    render(null, root);
    render(null, page);
  });

  it('shows no key in any tab opened before the full strings are in', async () => {
    const { startLanguage, App, root, currentView } = await freshPanel(true);
    startLanguage('fr');
    render(h(App, null), root);
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('nav.tabs button')];
    expect(tabs.length).toBeGreaterThan(1);
    for (const tab of tabs) {
      currentView.value = tab.dataset.view!;
      await settle();
      expect(root.querySelector('main')!.dataset.viewActive).toBe(tab.dataset.view);
      expect(keysShown(root)).toEqual([]);
    }
    render(null, root);
  });

  it('keeps the greeting and says a tab could not open when the full strings cannot load', async () => {
    vi.doMock('../lib/i18n', () => {
      throw new Error('chunk failed to load');
    });
    try {
      const { startLanguage, loadStrings, App, root, currentView } = await freshPanel(false);
      startLanguage('fr');
      render(h(App, null), root);
      await expect(loadStrings()).rejects.toThrow();
      currentView.value = 'inventory';
      await vi.waitFor(() => expect(root.querySelector('main')!.textContent).toBe(fr.inventory.viewFailed));
      currentView.value = 'conversation';
      await settle();
      expect(root.querySelector('[data-testid=greeting]')!.textContent).toBe(fr.chat.greeting);
      render(null, root);
    } finally {
      vi.doUnmock('../lib/i18n');
    }
  });

  it('follows a language switch made before the full strings are in', async () => {
    const { startLanguage, loadStrings, switchLanguage, t, App, root } = await freshPanel(false);
    startLanguage('fr');
    render(h(App, null), root);
    await switchLanguage('en');
    await settle();
    expect(root.querySelector('[data-testid=greeting]')!.textContent).toBe(en.chat.greeting);
    await loadStrings();
    await settle();
    expect(root.querySelector('[data-testid=greeting]')!.textContent).toBe(en.chat.greeting);
    // The full strings are those of the language switched to, not only the first paint's.
    expect(t.value('chat.reset.confirm')).toBe(en.chat.reset.confirm);
    render(null, root);
  });
});
