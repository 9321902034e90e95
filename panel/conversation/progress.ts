/**
 * The conversation's progress handed to the kit's printable checklist
 * (panel/kit/state.ts `transitionProgress`), in the checklist's step ids.
 */
import { effect } from '@preact/signals';
import type { TransitionProgress, TransitionStepId } from '../../lib/kit/checklist';
import { stepStatuses, type JourneySnapshot } from '../../machines/screen';
import { STEP_IDS, type StepId } from '../../machines/steps';
import { transitionProgress } from '../kit/state';
import type { Conversation } from './controller';

export const CHECKLIST_IDS: Record<StepId, TransitionStepId> = {
  explanatoryEmail: 'before.email',
  inventory: 'before.inventory',
  internalCommunication: 'before.communication',
  createAccount: 'step1',
  linkAccount: 'step2',
  validate: 'step3',
  addMember: 'step4',
  modify: 'step5a',
  delegate: 'step5',
  remove: 'step5b',
  sendLinkingCodes: 'step6',
  afterLaunch: 'after',
};

export function checklistProgress(snapshot: JourneySnapshot): TransitionProgress {
  const statuses = stepStatuses(snapshot);
  return Object.fromEntries(STEP_IDS.map((id) => [CHECKLIST_IDS[id], statuses[id]])) as TransitionProgress;
}

/** Keeps the kit's checklist in step with the conversation; returns the disposer. */
export function shareProgressWithKit(conversation: Conversation): () => void {
  return effect(() => {
    const view = conversation.view.value;
    // A member's walkthrough is not the firm's transition: leave the checklist alone.
    if (view && view.snapshot.context.role !== 'member') transitionProgress.value = checklistProgress(view.snapshot);
  });
}
