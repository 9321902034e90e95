/**
 * A view whose code loads the first time it is shown, so the panel's first
 * load carries only the conversation.
 */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { stringsReady, t } from './language';

export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const loaded = signal<ComponentType | null>(null);
  const failed = signal(false);
  let started = false;
  return function LazyView() {
    if (!started) {
      started = true;
      // The view's words are in the full strings, which the first paint goes without.
      Promise.all([load(), stringsReady()]).then(
        ([c]) => (loaded.value = c),
        () => (failed.value = true),
      );
    }
    const View = loaded.value;
    if (View) return <View />;
    return (
      <p class="view-loading" role="status">
        {failed.value ? t.value('inventory.viewFailed') : t.value('inventory.loading')}
      </p>
    );
  };
}
