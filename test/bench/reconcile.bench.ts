/**
 * Reconciliation against its floor: indexing every input list once in Maps,
 * which any reconciliation must at least do. Target ≤ 4× the floor, and
 * linear growth from 1k to 10k members.
 */
import { reconcile } from '../../inventory/reconcile/index';
import type { Inventory } from '../../inventory/schema';
import type { PortalSnapshot } from '../../inventory/snapshot';
import { generateFirm, portalWithDifferences } from './firm';
import { time, type BenchCase } from './case';

interface Input {
  inventory: Inventory;
  snapshot: PortalSnapshot;
}

const SIZES = {
  '1k': { members: 1_000, clients: 500, clientsPerMember: 5 },
  '10k': { members: 10_000, clients: 5_000, clientsPerMember: 5 },
} as const;

const inputs = new Map<string, Input>();
function input(size: keyof typeof SIZES): Input {
  let i = inputs.get(size);
  if (!i) {
    const inventory = generateFirm(SIZES[size]);
    i = { inventory, snapshot: portalWithDifferences(inventory) };
    inputs.set(size, i);
  }
  return i;
}

/** The floor: one Map per input list, keyed by the raw cell each list is looked up by. */
function buildMaps({ inventory, snapshot }: Input): number {
  const maps: Map<string, unknown>[] = [
    new Map(inventory.members.map((m) => [m.email, m])),
    new Map(inventory.members.map((m) => [`${m.firstName} ${m.lastName}`, m])),
    new Map(inventory.clients.map((c) => [c.number || c.name, c])),
    new Map(inventory.needs.map((n) => [n.id, n])),
    new Map(snapshot.contacts.map((c) => [c.name, c])),
    new Map(snapshot.relations.map((r) => [r.organisation, r])),
    new Map(snapshot.authorizations.map((a) => [`${a.contact}\u0001${a.organisation}\u0001${a.subject}`, a])),
  ];
  return maps.reduce((n, m) => n + m.size, 0);
}

const reconcileCase = (size: keyof typeof SIZES): BenchCase => ({
  name: `reconcile ${size} members`,
  floorName: 'build maps of the inputs',
  target: 4,
  run: () => time(() => reconcile(input(size).inventory, input(size).snapshot)),
  floor: () => time(() => buildMaps(input(size))),
});

export const cases: BenchCase[] = [
  reconcileCase('1k'),
  reconcileCase('10k'),
  {
    // Linear growth: ten times the firm should take about ten times as long.
    name: 'reconcile growth 1k → 10k members',
    floorName: '10 × reconcile 1k',
    target: 1.5,
    run: () => time(() => reconcile(input('10k').inventory, input('10k').snapshot)),
    floor: async () => 10 * (await time(() => reconcile(input('1k').inventory, input('1k').snapshot))),
  },
];
