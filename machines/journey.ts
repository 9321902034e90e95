/**
 * The journey: who the person is, then the guide's phases and steps in the
 * guide's order. Each step runs as its own machine (machines/steps/), invoked
 * under the id of the step; when it reaches its final state the journey marks
 * it done and moves to the next one. A member runs the member walkthrough instead.
 *
 * State → screen:
 * - role                              "who are you?": responsable / member / trainer
 *                                     (message `guide.journey.states.role`)
 * - trainerIntro                      links open the training copy; nothing is submitted
 * - responsable.before.<step>         before launch: explanatoryEmail, inventory,
 *                                     internalCommunication (each step's own messages)
 * - responsable.launch.<step>         the six required steps: createAccount (1),
 *                                     linkAccount (2), validate (3), addMember (4),
 *                                     modify (5a), delegate (5), remove (5b),
 *                                     sendLinkingCodes (6)
 * - responsable.after.afterLaunch     after launch
 * - responsable.finished              the guide is done; support contacts
 * - member                            the member walkthrough (machines/member.ts)
 * - memberFinished                    the member is linked
 *
 * Journey events, valid anywhere in the responsable's part: `journey.jump`
 * (table of contents), `journey.back` (previous step), `journey.restart`
 * (this step from its start). `journey.reset` returns to the role question.
 */
import { assign, setup, type AnyStateMachine } from 'xstate';
import type { ScreenMeta } from './meta';
import { memberMachine } from './member';
import { PHASES, STEP_IDS, STEPS, type GuideStep, type PhaseId, type StepId } from './steps';
import { noFindings, type Findings } from './steps/validate';

export type Role = 'responsable' | 'member' | 'trainer';

export interface JourneyContext {
  role: Role | null;
  /** Steps completed at least once, in the guide's order (a set: going back never duplicates). */
  done: StepId[];
  /** What step 3 noted, to flag the correction steps in the table of contents. */
  findings: Findings;
}

export type JourneyEvent =
  | { type: 'role.responsable' }
  | { type: 'role.member' }
  | { type: 'role.trainer' }
  | { type: 'journey.start' }
  | { type: 'journey.jump'; step: StepId }
  | { type: 'journey.back' }
  | { type: 'journey.restart' }
  | { type: 'journey.reset' };

export const initialJourneyContext = (): JourneyContext => ({ role: null, done: [], findings: noFindings() });

/** `#journey.responsable.<phase>.<step>` */
export const stepStateId = (s: Pick<GuideStep, 'phase' | 'id'>) => `journey.responsable.${s.phase}.${s.id}`;

function stepState(s: GuideStep, index: number) {
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  return {
    invoke: {
      id: s.id,
      src: s.id,
      onDone: {
        target: next ? `#${stepStateId(next)}` : '#journey.responsable.finished',
        actions: [
          { type: 'markDone' as const, params: { step: s.id } },
          ...(s.id === 'validate' ? [{ type: 'keepFindings' as const }] : []),
        ],
      },
    },
    on: {
      ...(previous ? { 'journey.back': { target: `#${stepStateId(previous)}` } } : {}),
      // Re-entering restarts the invoked step machine from its first state.
      'journey.restart': { target: `#${stepStateId(s)}`, reenter: true },
    },
  };
}

function phaseStates(phase: PhaseId) {
  const inPhase = STEPS.filter((s) => s.phase === phase);
  return {
    initial: inPhase[0]!.id,
    states: Object.fromEntries(inPhase.map((s) => [s.id, stepState(s, STEPS.indexOf(s))])),
  };
}

const stepActors = Object.fromEntries(STEPS.map((s) => [s.id, s.machine])) as Record<StepId, AnyStateMachine>;

export const journeyMachine = setup({
  types: {} as { context: JourneyContext; events: JourneyEvent; meta: ScreenMeta },
  actors: { ...stepActors, member: memberMachine },
  guards: {
    jumpsTo: ({ event }, params: { step: StepId }) => event.type === 'journey.jump' && event.step === params.step,
  },
  actions: {
    setRole: assign({ role: (_, params: { role: Role }) => params.role }),
    markDone: assign({
      done: ({ context }, params: { step: StepId }) => STEP_IDS.filter((id) => id === params.step || context.done.includes(id)),
    }),
    keepFindings: assign({
      findings: ({ context, event }) => {
        const output = (event as { output?: Partial<Findings> }).output;
        return { ...context.findings, ...output };
      },
    }),
    reset: assign(() => initialJourneyContext()),
  },
}).createMachine({
  id: 'journey',
  context: initialJourneyContext(),
  initial: 'role',
  // Starting over is always possible; the panel asks for confirmation first.
  on: { 'journey.reset': { target: '.role', actions: 'reset' } },
  states: {
    role: {
      on: {
        'role.responsable': { target: 'responsable', actions: { type: 'setRole', params: { role: 'responsable' } } },
        'role.member': { target: 'member', actions: { type: 'setRole', params: { role: 'member' } } },
        'role.trainer': { target: 'trainerIntro', actions: { type: 'setRole', params: { role: 'trainer' } } },
      },
    },
    trainerIntro: {
      meta: { portal: 'login' },
      on: { 'journey.start': 'responsable' },
    },
    responsable: {
      initial: 'before',
      on: {
        'journey.jump': STEPS.map((s) => ({
          guard: { type: 'jumpsTo' as const, params: { step: s.id } },
          target: `#${stepStateId(s)}`,
        })),
      },
      states: {
        // Built from STEPS, so the journey can never forget a step; the config is
        // checked at run time by the reachability tests rather than by the types.
        ...(Object.fromEntries(PHASES.map((p) => [p, phaseStates(p)])) as unknown as Record<PhaseId, {}>),
        finished: {
          meta: { notes: ['support'] },
          on: { 'journey.back': `#${stepStateId(STEPS[STEPS.length - 1]!)}` },
        },
      },
    },
    member: {
      invoke: { id: 'member', src: 'member', onDone: 'memberFinished' },
      on: { 'journey.restart': { target: 'member', reenter: true } },
    },
    memberFinished: {
      meta: { notes: ['support'] },
      on: { 'journey.back': 'member' },
    },
  },
});

export type JourneyMachine = typeof journeyMachine;
