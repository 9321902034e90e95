/**
 * Reading a running journey as a conversation screen: which machine speaks,
 * which state it is in, what it says (keys + params), which portal page and
 * form go with it, and which quick replies the machine accepts right now.
 * Pure functions over snapshots, shared by the panel and the tests.
 */
import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import type { FormId, NoteId, ScreenMeta } from './meta';
import type { MessageRef } from './messages';
import type { PortalPage } from './portal-pages';
import { STEP_IDS, stepById, isStepId, type StepId } from './steps';
import type { JourneyMachine } from './journey';

export type JourneySnapshot = ReturnType<JourneyMachine['getInitialSnapshot']>;

/** `{ lists: 'contacts' }` → `lists.contacts` (the machines have no parallel states). */
export function valuePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return child === undefined ? key : `${key}.${valuePath(child as StateValue)}`;
}

/** Who is speaking: the journey itself, a step machine, or the member walkthrough. */
export interface Position {
  journeyPath: string;
  /** The invoked machine the person is in, if any. */
  speaker: { id: StepId | 'member'; actor: AnyActorRef; snapshot: AnyMachineSnapshot; path: string } | null;
}

export function position(snapshot: JourneySnapshot): Position {
  const journeyPath = valuePath(snapshot.value);
  const children = snapshot.children as Record<string, AnyActorRef | undefined>;
  const last = journeyPath.split('.').at(-1)!;
  const id = journeyPath === 'member' ? 'member' : isStepId(last) ? last : null;
  const actor = id ? children[id] : undefined;
  if (!id || !actor) return { journeyPath, speaker: null };
  const child = actor.getSnapshot() as AnyMachineSnapshot;
  return { journeyPath, speaker: { id, actor, snapshot: child, path: valuePath(child.value) } };
}

/** A stable string for "where the person is", to tell when the screen changed. */
export function positionKey(p: Position): string {
  return p.speaker ? `${p.journeyPath}|${p.speaker.path}` : p.journeyPath;
}

function leafMeta(snapshot: AnyMachineSnapshot): ScreenMeta {
  const metas = snapshot.getMeta() as Record<string, ScreenMeta | undefined>;
  const machineId = (snapshot.machine as AnyStateMachine).id;
  return metas[`${machineId}.${valuePath(snapshot.value)}`] ?? {};
}

export interface Screen {
  /** Locale key namespace of the machine speaking (`guide.<machine>`). */
  machineId: string;
  statePath: string;
  messages: MessageRef[];
  portal?: PortalPage;
  form?: FormId;
}

const noteRef = (n: NoteId): MessageRef => ({ key: `guide.notes.${n}` });

export function screen(snapshot: JourneySnapshot): Screen {
  const p = position(snapshot);
  if (!p.speaker) {
    const meta = leafMeta(snapshot as unknown as AnyMachineSnapshot);
    return {
      machineId: 'journey',
      statePath: p.journeyPath,
      messages: [{ key: `guide.journey.states.${p.journeyPath}` }, ...(meta.notes ?? []).map(noteRef)],
      portal: meta.portal,
      form: meta.form,
    };
  }
  const { id, snapshot: child, path } = p.speaker;
  const meta = leafMeta(child);
  const def = id === 'member' ? undefined : stepById(id);
  const params = def?.params?.(child.context as never);
  return {
    machineId: id,
    statePath: path,
    messages: [
      { key: `guide.${id}.states.${path}`, ...(params ? { params } : {}) },
      ...(def?.extra?.(path, child.context as never) ?? []),
      ...(meta.notes ?? []).map(noteRef),
    ],
    portal: meta.portal,
    form: meta.form,
  };
}

/** Events that are navigation (toolbar, table of contents), not quick replies. */
const NAVIGATION = new Set(['journey.jump', 'journey.back', 'journey.restart', 'journey.reset']);

/**
 * Quick replies: the event types the active states handle themselves, deepest
 * state first, that need no payload and that the machine would accept now.
 */
export function replyEvents(snapshot: AnyMachineSnapshot): string[] {
  const nodes = [...(snapshot._nodes as { ownEvents: string[]; order: number }[])].reverse();
  const out: string[] = [];
  for (const node of nodes) {
    for (const type of node.ownEvents) {
      if (out.includes(type) || NAVIGATION.has(type)) continue;
      if (type.startsWith('xstate.') || type.includes('*') || type.startsWith('form.')) continue;
      if (snapshot.can({ type } as never)) out.push(type);
    }
  }
  return out;
}

/** The quick replies for the screen the person is on, with who must receive them. */
export function quickReplies(snapshot: JourneySnapshot): { target: 'journey' | 'speaker'; type: string }[] {
  const p = position(snapshot);
  if (p.speaker) return replyEvents(p.speaker.snapshot).map((type) => ({ target: 'speaker' as const, type }));
  return replyEvents(snapshot as unknown as AnyMachineSnapshot).map((type) => ({ target: 'journey' as const, type }));
}

export type StepStatus = 'done' | 'current' | 'todo';

/** Each guide step as the table of contents shows it: the one being walked is current, even if done before. */
export function stepStatuses(snapshot: JourneySnapshot): Record<StepId, StepStatus> {
  const current = position(snapshot).speaker?.id;
  const { done } = snapshot.context;
  return Object.fromEntries(
    STEP_IDS.map((id) => [id, id === current ? 'current' : done.includes(id) ? 'done' : 'todo']),
  ) as Record<StepId, StepStatus>;
}
