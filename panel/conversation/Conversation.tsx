import { t } from '../language';

/** The assistant's conversation. For now, the greeting alone. */
export function Conversation() {
  const tr = t.value;
  return (
    <section class="chat" aria-label={tr('chat.log')}>
      <ol class="messages" role="log" aria-live="polite">
        <li class="message assistant" data-testid="greeting">
          {tr('chat.greeting')}
        </li>
      </ol>
    </section>
  );
}
