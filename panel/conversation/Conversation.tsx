/**
 * The assistant's conversation, live: the shared conversation (journey actor,
 * persistence) and the components that need the journey's code. The panel
 * loads this module on its first render (see ConversationTab.tsx);
 * ChatView.tsx renders the greeting meanwhile.
 */
import { ChatForm } from './ChatForm';
import { ChatView, type LiveChat } from './ChatView';
import { createConversation, type Conversation as ConversationModel, type LinkingCodes } from './controller';
import { Message } from './Message';
import { shareProgressWithKit } from './progress';
import { followStepRequests } from './requests';
import { Toc } from './Toc';
import { trainingMode } from '../training/mode';

/** Step 6 reads the inventory; its code (and the database) loads only when step 6 asks. */
const inventoryCodes = () => import('./linking-codes').then((m) => m.inventoryLinkingCodes);
const linkingCodes: LinkingCodes = {
  pending: () => inventoryCodes().then((c) => c.pending()),
  markSent: (contact, on) => inventoryCodes().then((c) => c.markSent(contact, on)),
};

let shared: ConversationModel | undefined;
/** The panel's one conversation, started on first render. */
export function sharedConversation(): ConversationModel {
  if (!shared) {
    shared = createConversation({ linkingCodes, training: trainingMode.value });
    void shared.start();
    shareProgressWithKit(shared);
    followStepRequests(shared);
  }
  return shared;
}

/** The live half of the conversation tab (see ChatView.tsx): the shared conversation and the components that need the journey's code. */
export function liveChat(): LiveChat {
  return { conversation: sharedConversation(), Message, ChatForm, Toc };
}

/** The conversation rendered live at once (tests; the panel goes through ConversationTab). */
export function ConversationView({ conversation }: { conversation: ConversationModel }) {
  return <ChatView live={{ conversation, Message, ChatForm, Toc }} />;
}
