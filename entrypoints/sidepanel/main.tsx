import '../../panel/panel.css';
import { render } from 'preact';
import { App } from '../../panel/App';
import { initLanguage } from '../../panel/language';
import { initTrainingMode } from '../../panel/training/mode';
import { listenForPresenterKeys } from '../../panel/training/presenter';

async function main() {
  await Promise.all([initLanguage(), initTrainingMode()]);
  listenForPresenterKeys();
  render(<App />, document.getElementById('app')!);
  // Ask the browser not to evict the inventory under storage pressure.
  void navigator.storage?.persist?.();
  // Dexie is a third of the panel's weight: open the inventory after the first
  // paint, early enough that an upgrade runs before a view needs it. A failure
  // is not thrown here: the inventory views report it, and the data stays as it is.
  void import('../../inventory/db').then((m) => m.openDatabase()).catch(() => {});
}

void main();
