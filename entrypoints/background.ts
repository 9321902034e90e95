/**
 * Stateless on purpose: an MV3 worker is killed when idle, so it keeps nothing
 * in memory. Its one job is to make the toolbar button open the assistant.
 */
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
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
});
