/**
 * The side panel opens on the page of the person's language, whose first
 * paint is static HTML in that language (first-paint-shell.ts). Chrome
 * navigates an open side panel to a new path at once (checked in Chromium
 * 156), which would reload the panel in the middle of a language switch, so
 * the next page is set as the panel closes: in Chrome by the panel itself on
 * `pagehide` (entrypoints/sidepanel/main.tsx); in Firefox, which drops a
 * closing page's API calls, by the (persistent) background page when the
 * panel's port `PANEL_PORT` disconnects. The background also sets it when the
 * extension is installed and when the browser starts.
 */
import { browser } from 'wxt/browser';
import { PANEL_PAGES, type PanelLanguage } from './first-paint-shell';

interface FirefoxSidebar {
  sidebarAction?: { setPanel(details: { panel: string }): Promise<void>; getPanel(details: object): Promise<string> };
}

/** The port a Firefox panel holds open to the background, so its closing is known. */
export const PANEL_PORT = 'passerelle.panel';

/** The side panel (Chrome) or sidebar (Firefox) opens `lang`'s page from now on. */
export function openPanelIn(lang: PanelLanguage): Promise<void> {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) {
    const panel = browser.runtime.getURL(`/${PANEL_PAGES[lang]}`);
    // Setting it reloads an open sidebar: only when it changes.
    return sidebar.getPanel({}).then((current) => (current === panel ? undefined : sidebar.setPanel({ panel })));
  }
  return browser.sidePanel.setOptions({ path: PANEL_PAGES[lang] });
}

/** The language a panel page was built in: its root's `lang`, before the panel's code changes it. */
export const pageLanguage = (root: HTMLElement): PanelLanguage => (root.lang.startsWith('en') ? 'en' : 'fr');
