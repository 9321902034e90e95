/**
 * Reachability helpers over xstate/graph. States are compared by value only:
 * the step machines keep growing lists in their context (members added, codes
 * sent), so a context-aware traversal would never end.
 */
import { __unsafe_getAllOwnEventDescriptors as ownEvents, type AnyStateMachine, type EventObject } from 'xstate';
import { getShortestPaths, type StatePath } from 'xstate/graph';
import { valuePath } from '../../../machines/screen';

interface NodeLike {
  type: string;
  states: Record<string, NodeLike>;
  path: string[];
}

/** Every state a person can be in: atomic and final states (history states are pseudo-states). */
export function declaredLeafPaths(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  const walk = (node: NodeLike) => {
    const children = Object.values(node.states);
    if (children.length === 0) {
      if (node.type !== 'history') out.push(node.path.join('.'));
      return;
    }
    children.forEach(walk);
  };
  walk(machine.root as unknown as NodeLike);
  return out;
}

export type AnyPath = StatePath<any, EventObject>;

/** Shortest path to every reachable state, keyed by its dotted path. */
export function shortestPathsByState(machine: AnyStateMachine, events: readonly { type: string; [k: string]: unknown }[] = []): Map<string, AnyPath> {
  const paths = getShortestPaths(machine, {
    // Every event the active states handle; payload events come from `events`.
    events: ((state: never) =>
      ownEvents(state).flatMap((type: string) => {
        const given = events.filter((e) => e.type === type);
        return given.length ? given : [{ type }];
      })) as never,
    serializeState: (s) => JSON.stringify((s as { value: unknown }).value),
  }) as AnyPath[];
  return new Map(paths.map((p) => [valuePath(p.state.value), p]));
}

export const eventsOf = (path: AnyPath): EventObject[] => path.steps.map((s) => s.event);
