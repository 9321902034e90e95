import '../../panel/panel.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LANGUAGE_KEY } from '../../lib/languages';
import { App } from '../../panel/App';
import { startConversation } from '../../panel/conversation/ConversationTab';
import { languageToShow, loadStrings, startLanguage } from '../../panel/language';
import { MODE_KEYS, applyModes } from '../../panel/training/mode';
import { listenForPresenterKeys } from '../../panel/training/presenter';

/**
 * Everything the first paint depends on, in one storage call: each call is a
 * round trip to the browser process, and on a busy machine three of them
 * (language, training, presenter) cost more than the rest of the start.
 */
async function startSettings(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get([LANGUAGE_KEY, ...MODE_KEYS]);
  } catch {
    // Unreadable storage: the browser's language and neither mode, as on a first start.
    return {};
  }
}

async function main() {
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
  void loadStrings();
  startConversation();
  // Ask the browser not to evict the inventory under storage pressure.
  void navigator.storage?.persist?.();
  // Dexie is a third of the panel's weight: open the inventory after the first
  // paint, early enough that an upgrade runs before a view needs it. A failure
  // is not thrown here: the inventory views report it, and the data stays as it is.
  void import('../../inventory/db').then((m) => m.openDatabase()).catch(() => {});
}

void main();
