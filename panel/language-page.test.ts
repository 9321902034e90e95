import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openPanelIn, pageLanguage } from './language-page';

afterEach(() => {
  vi.restoreAllMocks();
  delete (browser as { sidebarAction?: unknown }).sidebarAction;
  delete (browser as { sidePanel?: unknown }).sidePanel;
});

describe('the panel page of a language', () => {
  it.each([
    ['fr', 'sidepanel.html'],
    ['en', 'panel-en.html'],
  ] as const)('Chrome: %s opens %s', async (lang, path) => {
    const setOptions = vi.fn(async () => undefined);
    (browser as any).sidePanel = { setOptions };
    await openPanelIn(lang);
    expect(setOptions).toHaveBeenCalledExactlyOnceWith({ path });
  });

  it.each([
    ['fr', 'sidepanel.html'],
    ['en', 'panel-en.html'],
  ] as const)("Firefox: %s opens %s in the sidebar, by the page's full URL", async (lang, path) => {
    const setPanel = vi.fn(async () => undefined);
    (browser as any).sidebarAction = { setPanel, getPanel: async () => 'moz-extension://x/other.html' };
    await openPanelIn(lang);
    expect(setPanel).toHaveBeenCalledExactlyOnceWith({ panel: browser.runtime.getURL(`/${path}`) });
  });

  it('Firefox: leaves the sidebar alone when it already shows that page (setting it would reload an open sidebar)', async () => {
    const setPanel = vi.fn(async () => undefined);
    (browser as any).sidebarAction = { setPanel, getPanel: async () => browser.runtime.getURL('/panel-en.html') };
    await openPanelIn('en');
    expect(setPanel).not.toHaveBeenCalled();
  });

  it("reads a page's language from its root", () => {
    const root = document.createElement('html');
    root.lang = 'en-CA';
    expect(pageLanguage(root)).toBe('en');
    root.lang = 'fr-CA';
    expect(pageLanguage(root)).toBe('fr');
  });
});
