/**
 * The whole transition as a printable checklist: three phases, the six
 * required steps (step 5 with its 5a/5b variants), each with sub-steps, and
 * the firm's progress marked on it.
 *
 * Step ids are shared with the guide machines (`machines/`): the conversation
 * hands its progress over as `{ [stepId]: 'done' | 'current' | 'todo' }`.
 */
import { z } from '../zod';
import type { Language } from '../i18n';
import type { Translate } from './translate';

export const TRANSITION_STEP_IDS = [
  'before.email',
  'before.inventory',
  'before.communication',
  'step1',
  'step2',
  'step3',
  'step4',
  'step5',
  'step5a',
  'step5b',
  'step6',
  'after',
] as const;
export type TransitionStepId = (typeof TRANSITION_STEP_IDS)[number];

export const STEP_STATUSES = ['done', 'current', 'todo'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export type TransitionProgress = Partial<Record<TransitionStepId, StepStatus>>;

export type PhaseId = 'before' | 'launch' | 'after';

interface StepShape {
  id: TransitionStepId;
  /** Number of sub-step strings: `kit.checklist.steps.<id>.sub1` … `subN`. */
  subSteps: number;
  /** Variants tracked on their own, printed under their parent. */
  children?: StepShape[];
}

/** The order of the guide. Every id of TRANSITION_STEP_IDS appears exactly once. */
export const CHECKLIST: readonly { phase: PhaseId; steps: StepShape[] }[] = [
  {
    phase: 'before',
    steps: [
      { id: 'before.email', subSteps: 2 },
      { id: 'before.inventory', subSteps: 4 },
      { id: 'before.communication', subSteps: 2 },
    ],
  },
  {
    phase: 'launch',
    steps: [
      { id: 'step1', subSteps: 3 },
      { id: 'step2', subSteps: 3 },
      { id: 'step3', subSteps: 3 },
      { id: 'step4', subSteps: 2 },
      {
        id: 'step5',
        subSteps: 1,
        children: [
          { id: 'step5a', subSteps: 1 },
          { id: 'step5b', subSteps: 2 },
        ],
      },
      { id: 'step6', subSteps: 3 },
    ],
  },
  { phase: 'after', steps: [{ id: 'after', subSteps: 3 }] },
];

/**
 * Progress from anywhere (conversation snapshot, storage): unknown ids and
 * values are dropped rather than trusted, and nothing here throws.
 */
export function normalizeProgress(input: unknown): TransitionProgress {
  const parsed = z.record(z.string(), z.unknown()).safeParse(input);
  if (!parsed.success) return {};
  const out: TransitionProgress = {};
  for (const id of TRANSITION_STEP_IDS) {
    const value = parsed.data[id];
    if ((STEP_STATUSES as readonly unknown[]).includes(value)) out[id] = value as StepStatus;
  }
  return out;
}

export interface ChecklistStep {
  id: TransitionStepId;
  status: StepStatus;
  title: string;
  subSteps: string[];
  children: ChecklistStep[];
}

export interface Checklist {
  lang: Language;
  title: string;
  summary: string;
  phases: { id: PhaseId; heading: string; steps: ChecklistStep[] }[];
}

export function buildChecklist(progress: TransitionProgress, lang: Language, tr: Translate): Checklist {
  const step = (shape: StepShape): ChecklistStep => ({
    id: shape.id,
    status: progress[shape.id] ?? 'todo',
    title: tr(`kit.checklist.steps.${shape.id}.title`),
    subSteps: Array.from({ length: shape.subSteps }, (_, i) => tr(`kit.checklist.steps.${shape.id}.sub${i + 1}`)),
    children: (shape.children ?? []).map(step),
  });
  const done = TRANSITION_STEP_IDS.filter((id) => progress[id] === 'done').length;
  return {
    lang,
    title: tr('kit.checklist.title'),
    summary: tr('kit.checklist.summary', { count: done, total: TRANSITION_STEP_IDS.length }),
    phases: CHECKLIST.map(({ phase, steps }) => ({
      id: phase,
      heading: tr(`kit.checklist.phases.${phase}`),
      steps: steps.map(step),
    })),
  };
}

const MARK: Record<StepStatus, string> = { done: '[x]', current: '[>]', todo: '[ ]' };

/** Plain text for the clipboard: one line per step, sub-steps indented. */
export function checklistText(list: Checklist, tr: Translate): string {
  const lines = (s: ChecklistStep, indent: string): string[] => [
    `${indent}${MARK[s.status]} ${s.title} (${tr(`kit.checklist.status.${s.status}`)})`,
    ...s.subSteps.map((sub) => `${indent}      - ${sub}`),
    ...s.children.flatMap((c) => lines(c, `${indent}    `)),
  ];
  return [
    list.title,
    list.summary,
    ...list.phases.map((ph) => [ph.heading.toUpperCase(), ...ph.steps.flatMap((s) => lines(s, ''))].join('\n')),
  ].join('\n\n');
}
