/** The reachability check every machine test starts with. */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { declaredLeafPaths, shortestPathsByState } from './machine-graph';
import { PAYLOAD_EVENTS } from './samples';

export function describeReachability(machine: AnyStateMachine) {
  describe(`${machine.id}: every state is reachable`, () => {
    const paths = shortestPathsByState(machine, (PAYLOAD_EVENTS[machine.id] ?? []) as never);
    const leaves = declaredLeafPaths(machine);
    it('declares states', () => expect(leaves.length).toBeGreaterThan(1));
    it.each(leaves)('reaches %s', (leaf) => {
      expect(paths.has(leaf), `no path to ${leaf}`).toBe(true);
    });
    it('can finish', () => {
      const finals = leaves.filter((l) => l === 'done' || l.endsWith('.done'));
      expect(finals.length).toBe(1);
      expect(paths.get(finals[0]!)!.state.status).toBe('done');
    });
  });
}
