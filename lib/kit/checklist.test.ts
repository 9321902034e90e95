import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import {
  buildChecklist,
  CHECKLIST,
  checklistText,
  normalizeProgress,
  TRANSITION_STEP_IDS,
  type ChecklistStep,
} from './checklist';
import { kitTranslators, type Translators } from './translate';

let tr: Translators;
beforeAll(async () => {
  tr = await kitTranslators();
});

const flatIds = () =>
  CHECKLIST.flatMap((p) => p.steps.flatMap((s) => [s.id, ...(s.children ?? []).map((c) => c.id)]));

/** Reads a dotted key straight from the JSON, without i18next's fallbacks. */
const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

describe('transition checklist', () => {
  it('lists every step id exactly once, in the guide’s order', () => {
    expect(flatIds()).toEqual([...TRANSITION_STEP_IDS]);
    expect(CHECKLIST.map((p) => p.phase)).toEqual(['before', 'launch', 'after']);
    const launch = CHECKLIST.find((p) => p.phase === 'launch')!;
    expect(launch.steps.map((s) => s.id)).toEqual(['step1', 'step2', 'step3', 'step4', 'step5', 'step6']);
  });

  it('has a title and every sub-step in both locales', () => {
    const shapes = CHECKLIST.flatMap((p) => p.steps.flatMap((s) => [s, ...(s.children ?? [])]));
    for (const shape of shapes) {
      const keys = [
        `kit.checklist.steps.${shape.id}.title`,
        ...Array.from({ length: shape.subSteps }, (_, i) => `kit.checklist.steps.${shape.id}.sub${i + 1}`),
      ];
      for (const key of keys) {
        expect(typeof lookup(fr, key), key).toBe('string');
        expect(typeof lookup(en, key), key).toBe('string');
      }
      // No stray sub-step string that the shape would never print.
      expect(lookup(fr, `kit.checklist.steps.${shape.id}.sub${shape.subSteps + 1}`), shape.id).toBeUndefined();
    }
  });

  it('marks each step with the progress it is given, and the rest as to do', () => {
    const list = buildChecklist({ 'before.email': 'done', step1: 'done', step2: 'current', step5b: 'done' }, 'fr', tr.fr);
    const all: ChecklistStep[] = list.phases.flatMap((p) => p.steps.flatMap((s) => [s, ...s.children]));
    const status = Object.fromEntries(all.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ 'before.email': 'done', step1: 'done', step2: 'current', step5b: 'done', step3: 'todo', after: 'todo' });
    expect(list.summary).toBe('3 étapes terminées sur 12');
  });

  it.each(['fr', 'en'] as const)('reads the same as last time in %s', (lang) => {
    const list = buildChecklist({ 'before.email': 'done', 'before.inventory': 'current' }, lang, tr[lang]);
    expect(checklistText(list, tr[lang])).toMatchSnapshot();
  });

  it('ignores progress it does not understand instead of failing', () => {
    expect(normalizeProgress(null)).toEqual({});
    expect(normalizeProgress('done')).toEqual({});
    expect(normalizeProgress([1, 2])).toEqual({});
    expect(
      normalizeProgress({ step1: 'done', step2: 'finished', step9: 'done', __proto__: { step3: 'done' }, after: 'current' }),
    ).toEqual({ step1: 'done', after: 'current' });
  });
});
