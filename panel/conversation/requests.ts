/**
 * Requests from other tabs to open the conversation at a guide step (the
 * worklist's « Ouvrir l'étape », through `openStep()` in panel/navigation.ts).
 * A request waits until the journey can jump there (the person may first have
 * to say they are the responsable), then the conversation jumps and the
 * request is cleared.
 */
import { effect } from '@preact/signals';
import { requestedStep } from '../navigation';
import type { Conversation } from './controller';

export function followStepRequests(conversation: Pick<Conversation, 'view' | 'canJump' | 'jump'>): () => void {
  return effect(() => {
    const request = requestedStep.value;
    // Read the view so the effect runs again as the journey moves.
    const view = conversation.view.value;
    if (!request || !view || !conversation.canJump(request.stepId)) return;
    requestedStep.value = null;
    conversation.jump(request.stepId);
  });
}
