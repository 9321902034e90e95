import { describe, expect, it } from 'vitest';
import { currentView, openStep, prefillHandler, requestedStep } from './navigation';

describe('openStep', () => {
  it('switches to the conversation and leaves the step, with its context, for it to read', () => {
    currentView.value = 'worklist';
    openStep('delegate', { itemId: 'authorizationMissing:m|c', memberId: 'm', clientId: 'c' });
    expect(currentView.value).toBe('conversation');
    expect(requestedStep.value).toMatchObject({ stepId: 'delegate', itemId: 'authorizationMissing:m|c', memberId: 'm', clientId: 'c' });
    const first = requestedStep.value!.at;
    openStep('delegate');
    expect(requestedStep.value!.at).toBeGreaterThanOrEqual(first);
    expect(requestedStep.value).not.toHaveProperty('memberId');
  });

  it('offers no prefill until the portal integration provides one', () => {
    expect(prefillHandler.value).toBeNull();
  });
});
