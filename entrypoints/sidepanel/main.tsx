import '../../panel/panel.css';
import { render } from 'preact';
import { App } from '../../panel/App';
import { startConversation } from '../../panel/conversation/ConversationTab';
import { language, languageToShow, loadStrings, startLanguage } from '../../panel/language';
import { browser } from 'wxt/browser';
import { PANEL_PORT, openPanelIn, pageLanguage } from '../../panel/language-page';
import { startSettings } from '../../panel/start-settings';
import { applyModes } from '../../panel/training/mode';
import { listenForPresenterKeys } from '../../panel/training/presenter';

async function main() {
  // This page's first paint is static HTML in its own language (panel/first-paint-shell.ts).
  const builtIn = pageLanguage(document.documentElement);
  // Chosen another language meanwhile: the panel opens on that language's page next time (panel/language-page.ts).
  if (import.meta.env.FIREFOX) browser.runtime.connect({ name: PANEL_PORT });
  else
    addEventListener('pagehide', () => {
      if (language.value !== builtIn) void openPanelIn(language.value).catch(() => {});
    });
  const stored = await startSettings();
  applyModes(stored);
  // The first paint (frame and greeting) has its strings in this chunk; i18next and the full strings load after it.
  startLanguage(languageToShow(stored));
  listenForPresenterKeys();
  render(<App />, document.getElementById('app')!);
  // The rest waits for the next task: work queued in this one would run
  // before the browser paints the greeting (each dynamic import adds its
  // preload links to the page, a millisecond apiece on a busy machine).
  setTimeout(afterFirstPaint, 0);
}

function afterFirstPaint() {
  // i18next and the full strings, then the conversation's code: it comes alive once both are in.
  // A failure leaves the greeting, and tabs say they could not open (stringsReady rejects).
  loadStrings().catch(() => {});
  startConversation();
  // Ask the browser not to evict the inventory under storage pressure.
  void navigator.storage?.persist?.();
  // Dexie is a third of the panel's weight: open the inventory after the first
  // paint, early enough that an upgrade runs before a view needs it. A failure
  // is not thrown here: the inventory views report it, and the data stays as it is.
  void import('../../inventory/db').then((m) => m.openDatabase()).catch(() => {});
}

void main();
