/**
 * Stateless on purpose: an MV3 worker is killed when idle, so it keeps nothing
 * in memory. Its jobs: make the toolbar button open the assistant, on the page
 * of the person's language (panel/language-page.ts).
 */
import { languageFromBrowser, storedLanguage } from '../lib/languages';
import { PANEL_PORT, openPanelIn } from '../panel/language-page';

/** Side panel options do not outlive the browser: set them at install and at every start. */
async function openPanelInPersonsLanguage(): Promise<void> {
  const lang = (await storedLanguage().catch(() => undefined)) ?? languageFromBrowser(navigator.languages);
  await openPanelIn(lang);
}

interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as FirefoxSidebar;
    browser.browserAction.onClicked.addListener(() => {
      // toggle() must run inside the click's user gesture, so no await before it.
      void firefox.sidebarAction.toggle();
    });
    // A panel closed: the sidebar opens next on the page of the language chosen meanwhile.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== PANEL_PORT || port.sender?.id !== browser.runtime.id) return;
      port.onDisconnect.addListener(() => void openPanelInPersonsLanguage());
    });
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
  browser.runtime.onInstalled.addListener(() => void openPanelInPersonsLanguage());
  browser.runtime.onStartup.addListener(() => void openPanelInPersonsLanguage());
});
