import { renderEntry, type TranscriptEntry } from '../../machines/transcript';
import { t } from '../language';
import type { Conversation } from './controller';

/** One line of the conversation, rendered as text in the current language. */
export function Message({ entry, conversation }: { entry: TranscriptEntry; conversation: Conversation }) {
  const tr = t.value;
  const text = renderEntry(entry, tr);
  const key = 'key' in entry ? entry.key : undefined;
  if (entry.from === 'assistant' && entry.kind === 'heading') {
    return (
      <li class="message heading" data-key={key}>
        <h2>{text}</h2>
      </li>
    );
  }
  const kind = entry.from === 'assistant' ? entry.kind : 'said';
  const portal = entry.from === 'assistant' ? entry.portal : undefined;
  const training = conversation.opensTrainingCopy();
  return (
    <li class={`message ${entry.from} ${kind}`} data-key={key}>
      <span class="sr-only">{tr(entry.from === 'person' ? 'chat.export.you' : 'chat.export.assistant')}: </span>
      <span class="text">{text}</span>
      {portal && (
        <button type="button" class="portal-link" data-page={portal} onClick={() => void conversation.openPage(portal)}>
          {tr(training ? 'chat.openPortalTraining' : 'chat.openPortal', { page: tr(`guide.pages.${portal}`) })}
        </button>
      )}
    </li>
  );
}
