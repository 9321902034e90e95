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
 * Where one conversation is kept. Training mode has its own, as it has its own
 * inventory database: a trainer's demo never overwrites a real responsable's
 * journey, and resetting training clears only the training one.
 */
export interface JourneyKeys {
  journey: string;
  drafts: string;
  discarded: string;
}
export const REAL_JOURNEY_KEYS: JourneyKeys = { journey: JOURNEY_KEY, drafts: DRAFTS_KEY, discarded: DISCARDED_KEY };
export const TRAINING_JOURNEY_KEYS: JourneyKeys = {
  journey: 'passerelle.training.journey',
  drafts: 'passerelle.training.journey.drafts',
  discarded: 'passerelle.training.journey.discarded',
};
/** The keys of the conversation for the mode the panel is in. */
export const journeyKeysFor = (training: boolean): JourneyKeys => (training ? TRAINING_JOURNEY_KEYS : REAL_JOURNEY_KEYS);

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
  /**
   * Which panel saved it, and its save count (`<panel>:<n>`): a panel open in
   * another window tells its own saves from the others' (optional: older saves lack it).
   */
  token?: string;
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

export async function saveJourney(saved: SavedJourney, keys = REAL_JOURNEY_KEYS): Promise<void> {
  await browser.storage.local.set({ [keys.journey]: saved });
}

/** Load and decide; anything set aside is kept under the discarded key first. */
export async function loadJourney(keys = REAL_JOURNEY_KEYS): Promise<Restored> {
  const raw = (await browser.storage.local.get(keys.journey))[keys.journey];
  const decision = decideRestore(raw);
  if (decision.kind === 'discarded') {
    await browser.storage.local.set({ [keys.discarded]: { discardedAt: new Date().toISOString(), saved: raw } });
    await browser.storage.local.remove(keys.journey);
  }
  return decision;
}

export async function forgetJourney(keys = REAL_JOURNEY_KEYS): Promise<void> {
  await browser.storage.local.remove(keys.journey);
}

/** Resetting training: the training conversation goes (journey, drafts, anything set aside); the real one stays. */
export async function forgetTrainingJourney(): Promise<void> {
  await browser.storage.local.remove(Object.values(TRAINING_JOURNEY_KEYS));
}

interface LockManager {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `fn` while no other window of the extension runs it (Web Locks, shared
 * by every extension page of the same origin), so that reading the stored
 * journey and writing over it is one step. Without the API, `fn` just runs.
 */
export function withJourneyLock<T>(fn: () => Promise<T>, keys = REAL_JOURNEY_KEYS): Promise<T> {
  const locks = (globalThis.navigator as { locks?: Partial<LockManager> } | undefined)?.locks;
  return typeof locks?.request === 'function' ? (locks as LockManager).request(keys.journey, fn) : fn();
}

/** The saved journey's token as stored now ('' when none), read just before a save. */
export async function storedJourneyToken(keys = REAL_JOURNEY_KEYS): Promise<string> {
  const raw = (await browser.storage.local.get(keys.journey))[keys.journey] as { token?: unknown } | undefined;
  return typeof raw?.token === 'string' ? raw.token : '';
}

/**
 * Calls `onChange` with the saved journey (or undefined once forgotten) each
 * time storage changes it, from this panel or another window's. Returns the
 * unsubscribe function.
 */
export function watchJourney(onChange: (raw: unknown) => void, keys = REAL_JOURNEY_KEYS): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && keys.journey in changes) onChange(changes[keys.journey]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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

export async function loadDrafts(keys = REAL_JOURNEY_KEYS): Promise<Drafts> {
  const raw = (await browser.storage.local.get(keys.drafts))[keys.drafts];
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => isDraft(v))) as Drafts;
}

export async function saveDrafts(drafts: Drafts, keys = REAL_JOURNEY_KEYS): Promise<void> {
  await browser.storage.local.set({ [keys.drafts]: drafts });
}
