/**
 * The conversation tab. Its journey code (xstate, the machines, the controller)
 * was half the panel's first chunk; it now loads on the first render, so the
 * greeting is shown as soon as the strings are in. Loading it at evaluation
 * instead (in parallel with the strings) gained less in the same browser
 * (−3 ms against −8 ms): in an extension page fetching is cheap, and parsing
 * it on the one main thread delays the greeting. The live conversation replaces nothing when it arrives: ChatView
 * gets it as a prop (same elements, no jump).
 */
import { signal } from '@preact/signals';
import { ChatView, type LiveChat } from './ChatView';

/** The live conversation, once its code has loaded (read it to follow it, e.g. the trainer tab). */
export const liveConversation = signal<LiveChat | undefined>(undefined);

let started = false;
/**
 * Starts the conversation once its code is in: on the panel's first render,
 * whatever tab is shown (the strings are ready then; reply labels look keys up).
 * A failed load leaves the greeting alone, as a failed lazy view does.
 */
export function startConversation(): void {
  if (started) return;
  started = true;
  import('./Conversation').then(
    (m) => (liveConversation.value = m.liveChat()),
    () => {},
  );
}

export function ConversationTab() {
  startConversation();
  return <ChatView live={liveConversation.value} />;
}
