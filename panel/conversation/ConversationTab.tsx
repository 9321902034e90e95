/**
 * The conversation tab. Its journey code (xstate, the machines, the controller)
 * was half the panel's first chunk; it now loads after the first paint, so
 * the greeting is shown as soon as the first paint's strings are in (built
 * into the first chunk, see panel/language.ts). Loading it at evaluation
 * instead gained less in the same browser (−3 ms against −8 ms), and starting
 * it during the first render cost more than the render (its preload links):
 * in an extension page fetching is cheap, but everything runs on the one main
 * thread. The live conversation replaces nothing when it arrives: ChatView
 * gets it as a prop (same elements, no jump).
 */
import { signal } from '@preact/signals';
import { stringsReady } from '../language';
import { ChatView, type LiveChat } from './ChatView';

/** The live conversation, once its code has loaded (read it to follow it, e.g. the trainer tab). */
export const liveConversation = signal<LiveChat | undefined>(undefined);

let started = false;
/**
 * Loads the conversation and starts it once its code and the full strings are
 * in (the first paint has only the frame's and the greeting's; messages and
 * reply labels look keys up). The side panel calls it right after its first
 * paint, whatever tab is shown. A failed load leaves the greeting alone, as a
 * failed lazy view does.
 */
export function startConversation(): void {
  if (started) return;
  started = true;
  Promise.all([import('./Conversation'), stringsReady()]).then(
    ([m]) => (liveConversation.value = m.liveChat()),
    () => {},
  );
}

export function ConversationTab() {
  return <ChatView live={liveConversation.value} />;
}
