import { language, switchLanguage, t } from './language';
import { currentView } from './navigation';
import { presenter, trainingMode } from './training/mode';
import { VIEWS } from './views';

/** The tab shown; kept in navigation.ts so other modules switch tabs without importing App. */
export { currentView };

export function App() {
  const tr = t.value;
  const other = language.value === 'fr' ? 'en' : 'fr';
  const shown = VIEWS.filter((v) => v.visible?.() ?? true);
  const view = shown.find((v) => v.id === currentView.value) ?? shown[0]!;
  const View = view.component;
  return (
    <div class={`app${presenter.value ? ' presenter' : ''}`}>
      {trainingMode.value && (
        <p class="training-banner" role="note" data-testid="training-banner">
          {tr('training.banner')}
        </p>
      )}
      <header class="app-header">
        <h1>{tr('app.title')}</h1>
        <button
          type="button"
          class="lang-switch"
          data-testid="lang-switch"
          aria-label={tr('app.switchToLabel')}
          lang={other === 'fr' ? 'fr-CA' : 'en-CA'}
          onClick={() => void switchLanguage(other)}
        >
          {tr('app.switchTo')}
        </button>
      </header>
      {shown.length > 1 && (
        <nav class="tabs" aria-label={tr('nav.label')}>
          {shown.map((v) => (
            <button
              type="button"
              key={v.id}
              data-view={v.id}
              aria-current={v.id === view.id ? 'page' : undefined}
              onClick={() => (currentView.value = v.id)}
            >
              {tr(v.labelKey)}
            </button>
          ))}
        </nav>
      )}
      <main data-view-active={view.id}>
        <View />
      </main>
    </div>
  );
}
