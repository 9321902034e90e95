/**
 * The journey survives closing the panel, reloading the extension and
 * restarting the browser: its persisted snapshot (with the invoked step's own
 * snapshot inside) is saved in `browser.storage.local` with the conversation
 * and a machine version.
 *
 * A snapshot saved by another version is migrated when a migration exists, or
 * else set aside (kept under `passerelle.journey.discarded`, never deleted) and
 * the conversation starts again with an apology. A damaged snapshot is treated
 * the same way. The panel never tries to run a snapshot it cannot vouch for.
 */
import { createActor, type AnyStateMachine, type Snapshot } from 'xstate';
import { browser } from 'wxt/browser';
import { journeyMachine } from './journey';
import { isTranscriptEntry, type TranscriptEntry } from './transcript';
import type { FormId } from './meta';

export const JOURNEY_KEY = 'passerelle.journey';
export const DRAFTS_KEY = 'passerelle.journey.drafts';
export const DISCARDED_KEY = 'passerelle.journey.discarded';

/**
 * Bump when a machine changes in a way an old snapshot would not fit, and add
 * a migration from the previous version if one is possible. The fingerprint
 * test fails until you do.
 */
export const JOURNEY_VERSION = 1;

export interface SavedJourney {
  version: number;
  fingerprint: string;
  savedAt: string;
  snapshot: unknown;
  transcript: TranscriptEntry[];
}

/** Version n → n + 1. Return null when the old snapshot cannot be carried over. */
export type Migration = (saved: SavedJourney) => SavedJourney | null;
export const MIGRATIONS: Record<number, Migration> = {};

/* ------------------------------------------------------------------------ */
/* Fingerprint: the shape of every machine the snapshot depends on.          */

function stateIds(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  const walk = (node: { id: string; type: string; states: Record<string, unknown> }) => {
    out.push(`${node.id}:${node.type}`);
    for (const child of Object.values(node.states)) walk(child as typeof node);
  };
  walk(machine.root as never);
  return out;
}

function contextKeys(machine: AnyStateMachine): string {
  const ctx = machine.config.context;
  return typeof ctx === 'object' && ctx ? Object.keys(ctx).sort().join(',') : '';
}

/** FNV-1a, enough to notice a changed list of states. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function machineFingerprint(root: AnyStateMachine = journeyMachine): string {
  const actors = root.implementations.actors as Record<string, AnyStateMachine>;
  const parts = [root, ...Object.keys(actors).sort().map((k) => actors[k]!)].map(
    (m) => `${m.id}[${contextKeys(m)}]${stateIds(m).join(';')}`,
  );
  return hash(parts.join('|'));
}

/* ------------------------------------------------------------------------ */
/* Checking a snapshot before running it.                                   */

interface PersistedLike {
  status: string;
  value: unknown;
  context: unknown;
  children?: Record<string, { snapshot?: PersistedLike; src?: unknown }>;
}

function resolves(machine: AnyStateMachine, p: PersistedLike): boolean {
  if (p.status !== 'active' || typeof p.context !== 'object' || p.context === null) return false;
  try {
    machine.resolveState({ value: p.value as never, context: p.context as never });
  } catch {
    return false;
  }
  const actors = machine.implementations.actors as Record<string, AnyStateMachine | undefined>;
  for (const child of Object.values(p.children ?? {})) {
    const logic = typeof child.src === 'string' ? actors[child.src] : undefined;
    if (!logic || !child.snapshot || !resolves(logic, child.snapshot)) return false;
  }
  return true;
}

/**
 * True when the journey can run from this snapshot: every state exists, every
 * invoked step machine is known and its state exists, and starting it raises no error.
 */
export function isRunnable(snapshot: unknown, machine: AnyStateMachine = journeyMachine): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  if (!resolves(machine, snapshot as PersistedLike)) return false;
  let failed = false;
  const actor = createActor(machine, { snapshot: snapshot as Snapshot<unknown> });
  actor.subscribe({ error: () => (failed = true) });
  actor.start();
  failed ||= actor.getSnapshot().status !== 'active';
  actor.stop();
  return !failed;
}

/* ------------------------------------------------------------------------ */
/* Restore policy (pure).                                                     */

export type Restored =
  | { kind: 'fresh' }
  | { kind: 'restored'; snapshot: Snapshot<unknown>; transcript: TranscriptEntry[]; migratedFrom?: number }
  | { kind: 'discarded'; reason: 'version' | 'damaged' };

function asSaved(raw: unknown): SavedJourney | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.version !== 'number' || typeof r.fingerprint !== 'string' || !Array.isArray(r.transcript)) return null;
  return {
    version: r.version,
    fingerprint: r.fingerprint,
    savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
    snapshot: r.snapshot,
    // A damaged message is dropped alone; the rest of the conversation stays.
    transcript: r.transcript.filter(isTranscriptEntry),
  };
}

export function decideRestore(
  raw: unknown,
  options: { migrations?: Record<number, Migration>; version?: number; fingerprint?: string; machine?: AnyStateMachine } = {},
): Restored {
  const {
    migrations = MIGRATIONS,
    version = JOURNEY_VERSION,
    machine = journeyMachine,
    fingerprint = machineFingerprint(machine),
  } = options;
  if (raw === undefined || raw === null) return { kind: 'fresh' };
  const parsed = asSaved(raw);
  if (!parsed) return { kind: 'discarded', reason: 'damaged' };
  let saved: SavedJourney = parsed;
  const from = saved.version;
  // A newer build's snapshot cannot be understood by this one.
  if (from > version) return { kind: 'discarded', reason: 'version' };
  while (saved.version < version) {
    const migrate: Migration | undefined = migrations[saved.version];
    const next: SavedJourney | null = migrate ? migrate(saved) : null;
    if (!next || next.version !== saved.version + 1) return { kind: 'discarded', reason: 'version' };
    saved = next;
  }
  // Same number, different machines: someone forgot to bump the version.
  if (saved.fingerprint !== fingerprint) return { kind: 'discarded', reason: 'version' };
  if (!isRunnable(saved.snapshot, machine)) return { kind: 'discarded', reason: 'damaged' };
  return {
    kind: 'restored',
    snapshot: saved.snapshot as Snapshot<unknown>,
    transcript: saved.transcript,
    ...(from !== version ? { migratedFrom: from } : {}),
  };
}

/* ------------------------------------------------------------------------ */
/* Storage.                                                                   */

export function envelope(snapshot: unknown, transcript: TranscriptEntry[], now = new Date()): SavedJourney {
  return {
    version: JOURNEY_VERSION,
    fingerprint: machineFingerprint(),
    savedAt: now.toISOString(),
    snapshot,
    transcript,
  };
}

export async function saveJourney(saved: SavedJourney): Promise<void> {
  await browser.storage.local.set({ [JOURNEY_KEY]: saved });
}

/** Load and decide; anything set aside is kept under DISCARDED_KEY first. */
export async function loadJourney(): Promise<Restored> {
  const raw = (await browser.storage.local.get(JOURNEY_KEY))[JOURNEY_KEY];
  const decision = decideRestore(raw);
  if (decision.kind === 'discarded') {
    await browser.storage.local.set({ [DISCARDED_KEY]: { discardedAt: new Date().toISOString(), saved: raw } });
    await browser.storage.local.remove(JOURNEY_KEY);
  }
  return decision;
}

export async function forgetJourney(): Promise<void> {
  await browser.storage.local.remove(JOURNEY_KEY);
}

/* Drafts: what the person typed in an in-chat form and has not sent yet. */

export type Draft = Record<string, string | boolean | string[]>;
export type Drafts = Partial<Record<FormId, Draft>>;

const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v).every(
    (x) => typeof x === 'string' || typeof x === 'boolean' || (Array.isArray(x) && x.every((y) => typeof y === 'string')),
  );

export async function loadDrafts(): Promise<Drafts> {
  const raw = (await browser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => isDraft(v))) as Drafts;
}

export async function saveDrafts(drafts: Drafts): Promise<void> {
  await browser.storage.local.set({ [DRAFTS_KEY]: drafts });
}
