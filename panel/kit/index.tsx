/**
 * The "Trousse / Kit" tab. Its editor, cards and checklist load on first
 * visit, so the panel opens as fast without them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translators } from '../../lib/kit/translate';
import { stringsReady, t } from '../language';

type Loaded = { View: ComponentType<{ translators: Translators }>; translators: Translators };
let loading: Promise<Loaded> | undefined;

const load = () =>
  // The kit's words are in the full strings, which the first paint goes without.
  (loading ??= Promise.all([import('./KitView'), import('../../lib/kit/translate'), stringsReady()]).then(async ([view, translate]) => ({
    View: view.KitView,
    translators: await translate.kitTranslators(),
  })).catch((error: unknown) => {
    loading = undefined; // let the next visit try again
    throw error;
  }));

export function KitTab() {
  const tr = t.value;
  const [state, setState] = useState<Loaded | 'failed' | undefined>();
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setState(loaded),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state === 'failed')
    return (
      <p class="kit-error" role="alert">
        {tr('kit.loadFailed')}
      </p>
    );
  if (!state) return <p role="status">{tr('kit.loading')}</p>;
  return <state.View translators={state.translators} />;
}
