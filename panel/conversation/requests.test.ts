import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepId } from '../../machines/steps';
import { requestedStep } from '../navigation';
import { followStepRequests } from './requests';

function fakeConversation(jumpable: StepId[] = []) {
  const jumps: StepId[] = [];
  const view = signal<unknown>(null);
  const can = signal<StepId[]>(jumpable);
  return {
    jumps,
    can,
    conversation: {
      view: view as never,
      canJump: (s: StepId) => can.value.includes(s),
      jump: (s: StepId) => void jumps.push(s),
    },
    start: () => (view.value = { tick: 1 }),
    move: () => (view.value = { tick: Math.random() }),
  };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  requestedStep.value = null;
});

describe('followStepRequests', () => {
  it('jumps to the requested step once the conversation can, then clears the request', () => {
    const f = fakeConversation([]);
    stop = followStepRequests(f.conversation);
    requestedStep.value = { stepId: 'addMember', at: 1 };
    expect(f.jumps).toEqual([]);
    f.start();
    expect(f.jumps).toEqual([]);
    expect(requestedStep.value).not.toBeNull();
    // The person says they are the responsable: the journey can now jump.
    f.can.value = ['addMember'];
    f.move();
    expect(f.jumps).toEqual(['addMember']);
    expect(requestedStep.value).toBeNull();
    f.move();
    expect(f.jumps).toEqual(['addMember']);
  });
});
