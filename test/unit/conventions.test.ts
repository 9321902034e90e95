/**
 * Conventions that live in tests, not in reviewers' heads: every step machine
 * is listed in the journey, has its test, its state-to-screen note, and says
 * every state and every quick reply in both languages.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnyStateMachine } from 'xstate';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { STEPS, PHASES } from '../../machines/steps';
import { journeyMachine } from '../../machines/journey';
import { memberMachine, MEMBER_SECTIONS } from '../../machines/member';
import { FORM_IDS, type ScreenMeta } from '../../machines/meta';
import { PORTAL_PAGES } from '../../machines/portal-pages';
import { ISSUE_CODES } from '../../machines/rules/issues';
import { declaredLeafPaths } from './helpers/machine-graph';

const LOCALES = { fr, en } as Record<string, unknown>;
function lookup(locale: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

const STEPS_DIR = resolve(__dirname, '../../machines/steps');
const stepFiles = readdirSync(STEPS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

interface NodeLike {
  key: string;
  type: string;
  path: string[];
  states: Record<string, NodeLike>;
  meta?: ScreenMeta;
  invoke: unknown[];
  ownEvents: string[];
}
function allNodes(machine: AnyStateMachine): NodeLike[] {
  const out: NodeLike[] = [];
  const walk = (n: NodeLike) => {
    out.push(n);
    Object.values(n.states).forEach(walk);
  };
  walk(machine.root as unknown as NodeLike);
  return out;
}
/** States that speak: leaves, except final states and the journey's states that hand over to a step. */
const speakingLeaves = (machine: AnyStateMachine) => {
  const leaves = new Set(declaredLeafPaths(machine));
  return allNodes(machine).filter(
    (n) => leaves.has(n.path.join('.')) && n.type !== 'final' && n.invoke.length === 0,
  );
};
const MACHINES: AnyStateMachine[] = [journeyMachine, memberMachine, ...STEPS.map((s) => s.machine)];

describe('step machines are registered, tested and documented', () => {
  it('every file in machines/steps/ is a step of the journey', () => {
    expect(stepFiles.sort()).toEqual(STEPS.map((s) => `${s.file}.ts`).sort());
  });
  it.each(STEPS.map((s) => [s.id, s] as const))('%s: machine id, test file, state-to-screen note', (id, s) => {
    expect(s.machine.id).toBe(id);
    expect(stepFiles).toContain(`${s.file}.ts`);
    expect(readdirSync(STEPS_DIR)).toContain(`${s.file}.test.ts`);
    const source = readFileSync(resolve(STEPS_DIR, `${s.file}.ts`), 'utf8');
    const note = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
    expect(note).toMatch(/State → screen/);
    for (const leaf of declaredLeafPaths(s.machine)) {
      const name = leaf.split('.').at(-1)!;
      expect(note, `${s.file}.ts note does not mention ${leaf}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
  it('the journey invokes every step, in the guide order, under its phase', () => {
    const invoked = allNodes(journeyMachine).filter((n) => n.invoke.length > 0).map((n) => n.path.join('.'));
    expect(invoked).toEqual([...STEPS.map((s) => `responsable.${s.phase}.${s.id}`), 'member']);
  });
});

describe.each(['fr', 'en'])('strings in %s', (lang) => {
  const locale = LOCALES[lang];
  const has = (key: string) => typeof lookup(locale, key) === 'string';

  it.each(MACHINES.flatMap((m) => speakingLeaves(m).map((n) => [m.id, n.path.join('.')] as const)))(
    '%s state %s has its message',
    (id, path) => expect(has(`guide.${id}.states.${path}`), `guide.${id}.states.${path}`).toBe(true),
  );

  it.each(
    MACHINES.flatMap((m) =>
      allNodes(m).flatMap((n) =>
        n.ownEvents
          .filter((e) => !e.startsWith('xstate.') && !e.startsWith('form.') && !e.startsWith('journey.jump') && !['journey.back', 'journey.restart', 'journey.reset'].includes(e))
          .map((e) => [m.id, e] as const),
      ),
    ).filter((x, i, all) => all.findIndex((y) => y[0] === x[0] && y[1] === x[1]) === i),
  )('%s reply %s has a label', (id, event) => {
    expect(has(`guide.${id}.replies.${event}`) || has(`chat.replies.${event}`), `${id} ${event}`).toBe(true);
  });

  it('steps, phases, pages, notes, forms, errors and member sections have their strings', () => {
    const keys = [
      ...STEPS.flatMap((s) => [`guide.steps.${s.id}.title`, `guide.steps.${s.id}.summary`]),
      ...PHASES.map((p) => `guide.phases.${p}`),
      ...PORTAL_PAGES.map((p) => `guide.pages.${p}`),
      ...MACHINES.flatMap((m) => allNodes(m).flatMap((n) => (n.meta?.notes ?? []).map((note) => `guide.notes.${note}`))),
      ...FORM_IDS.flatMap((f) => [`chat.form.titles.${f}`, `chat.form.sent.${f}`]),
      ...ISSUE_CODES.map((c) => `chat.errors.${c}`),
      ...MEMBER_SECTIONS.map((s) => `guide.member.sections.${s}`),
      'guide.validate.findings.none',
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });

  it('state messages use only the parameters their step provides', () => {
    for (const s of STEPS) {
      const provided = new Set(
        Object.keys(s.params?.(s.machine.getInitialSnapshot(null as never).context as never) ?? {}).map((k) =>
          k.endsWith('Key') ? k.slice(0, -3) : k,
        ),
      );
      for (const n of speakingLeaves(s.machine)) {
        const text = lookup(locale, `guide.${s.id}.states.${n.path.join('.')}`) as string;
        for (const p of placeholders(text)) expect(provided.has(p), `${s.id}.${n.path.join('.')} uses {{${p}}}`).toBe(true);
      }
    }
    for (const m of [journeyMachine, memberMachine]) {
      for (const n of speakingLeaves(m)) {
        expect(placeholders(lookup(locale, `guide.${m.id}.states.${n.path.join('.')}`) as string)).toEqual([]);
      }
    }
  });
});
