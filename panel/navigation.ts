/**
 * How the inventory's views hand work to the conversation and the portal
 * integration, without importing them:
 * - `openStep(stepId, context)` switches to the conversation and leaves the
 *   request in `requestedStep`; the conversation reads it (and clears it) to
 *   jump to that guide step with that member or client in mind;
 * - `prefillHandler` is set by the portal integration when it can prefill a
 *   form for a worklist item; until then no prefill button is shown.
 */
import { signal } from '@preact/signals';
import type { GuideStepId, WorklistItem } from '../inventory/worklist';

/** The panel's tab shown, by view id (panel/views.ts); the conversation first. */
export const currentView = signal<string>('conversation');

export interface StepRequest {
  stepId: GuideStepId;
  /** The worklist item that asked, if any. */
  itemId?: string;
  memberId?: string;
  clientId?: string;
  /** Distinguishes two requests for the same step. */
  at: number;
}

export const requestedStep = signal<StepRequest | null>(null);

export function openStep(stepId: GuideStepId, context: Omit<StepRequest, 'stepId' | 'at'> = {}): void {
  requestedStep.value = { stepId, ...context, at: Date.now() };
  currentView.value = 'conversation';
}

export type PrefillHandler = (item: WorklistItem) => void | Promise<void>;

/** Set by the portal integration; null while it cannot prefill. */
export const prefillHandler = signal<PrefillHandler | null>(null);
