import '../../panel/panel.css';
import { render } from 'preact';
import { App } from '../../panel/App';
import { initLanguage } from '../../panel/language';
import { openDatabase } from '../../inventory/db';

async function main() {
  await initLanguage();
  render(<App />, document.getElementById('app')!);
  // Ask the browser not to evict the inventory under storage pressure.
  void navigator.storage?.persist?.();
  // Opened early so an upgrade runs before a view needs it. A failure is not
  // thrown here: the inventory views report it, and the data stays as it is.
  openDatabase().catch(() => {});
}

void main();
