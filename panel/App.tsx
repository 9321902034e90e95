import { language, switchLanguage, t } from './language';

export function App() {
  const tr = t.value;
  const other = language.value === 'fr' ? 'en' : 'fr';
  return (
    <div class="app">
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
      <main>
        <section class="chat" aria-label={tr('chat.log')}>
          <ol class="messages" role="log" aria-live="polite">
            <li class="message assistant" data-testid="greeting">
              {tr('chat.greeting')}
            </li>
          </ol>
        </section>
      </main>
    </div>
  );
}
