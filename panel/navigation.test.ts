import { describe, expect, it } from 'vitest';
import { currentView } from './App';
import { openStep, prefillHandler, requestedStep } from './navigation';

describe('openStep', () => {
  it('switches to the conversation and leaves the step, with its context, for it to read', () => {
    currentView.value = 'worklist';
    openStep('step5', { itemId: 'authorizationMissing:m|c', memberId: 'm', clientId: 'c' });
    expect(currentView.value).toBe('conversation');
    expect(requestedStep.value).toMatchObject({ stepId: 'step5', itemId: 'authorizationMissing:m|c', memberId: 'm', clientId: 'c' });
    const first = requestedStep.value!.at;
    openStep('step5');
    expect(requestedStep.value!.at).toBeGreaterThanOrEqual(first);
    expect(requestedStep.value).not.toHaveProperty('memberId');
  });

  it('offers no prefill until the portal integration provides one', () => {
    expect(prefillHandler.value).toBeNull();
  });
});
