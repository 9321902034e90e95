import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot, type InspectionEvent } from 'xstate';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journeyMachine } from './journey';
import {
  decideRestore,
  DISCARDED_KEY,
  DRAFTS_KEY,
  envelope,
  isRunnable,
  JOURNEY_KEY,
  JOURNEY_VERSION,
  loadDrafts,
  loadJourney,
  machineFingerprint,
  saveDrafts,
  saveJourney,
  forgetTrainingJourney,
  journeyKeysFor,
  REAL_JOURNEY_KEYS,
  TRAINING_JOURNEY_KEYS,
  type SavedJourney,
} from './persistence';
import { position } from './screen';
import { STEPS } from './steps';
import { memberMachine } from './member';
import { eventsOf, shortestPathsByState } from '../test/unit/helpers/machine-graph';
import { PAYLOAD_EVENTS } from '../test/unit/helpers/samples';
import { startJourney, type JourneyActor } from '../test/unit/helpers/drive';
import type { TranscriptEntry } from './transcript';

/**
 * The fingerprint of the machines saved by JOURNEY_VERSION. When this test
 * fails you changed a machine's states or context: bump JOURNEY_VERSION, add a
 * migration in MIGRATIONS if old snapshots can be carried over, and record the
 * new fingerprint here.
 */
const FINGERPRINTS: Record<number, string> = { 1: '0981649d' };

const hello: TranscriptEntry[] = [{ id: 1, from: 'assistant', kind: 'message', key: 'guide.journey.states.role' }];

/** Every reachable screen: journey-only states, then every state of every step and of the member walkthrough. */
function everyReachableScreen(): { name: string; build: () => JourneyActor }[] {
  const out: { name: string; build: () => JourneyActor }[] = [
    { name: 'role', build: () => startJourney() },
    {
      name: 'trainerIntro',
      build: () => {
        const a = startJourney();
        a.send({ type: 'role.trainer' });
        return a;
      },
    },
  ];
  for (const s of STEPS) {
    for (const [path, p] of shortestPathsByState(s.machine, (PAYLOAD_EVENTS[s.id] ?? []) as never)) {
      if (path === 'done') continue; // a finished step hands over to the next one, covered as its initial state
      out.push({
        name: `${s.id}:${path}`,
        build: () => {
          const a = startJourney();
          a.send({ type: 'role.responsable' });
          a.send({ type: 'journey.jump', step: s.id });
          for (const e of eventsOf(p)) position(a.getSnapshot()).speaker!.actor.send(e);
          return a;
        },
      });
    }
  }
  for (const [path, p] of shortestPathsByState(memberMachine)) {
    out.push({
      name: `member:${path}`,
      build: () => {
        const a = startJourney();
        a.send({ type: 'role.member' });
        for (const e of eventsOf(p)) {
          const speaker = position(a.getSnapshot()).speaker;
          if (speaker) speaker.actor.send(e);
        }
        return a;
      },
    });
  }
  out.push({
    name: 'finished',
    build: () => {
      const a = startJourney();
      a.send({ type: 'role.responsable' });
      a.send({ type: 'journey.jump', step: 'afterLaunch' });
      for (const type of ['step.next', 'step.next', 'step.next']) position(a.getSnapshot()).speaker!.actor.send({ type } as never);
      return a;
    },
  });
  return out;
}

/** Records actions executed (invoking a step is one) and transitions taken. */
const probe = (into: string[]) => (e: InspectionEvent) => {
  if (e.type === '@xstate.action') into.push(`action:${(e as { action: { type: string } }).action.type}`);
  if (e.type === '@xstate.microstep') into.push('microstep');
};

const viaStorage = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('persist / restore round trip for every reachable state', () => {
  const screens = everyReachableScreen();
  it('the probe used below does see work being done (a step started, a transition taken)', () => {
    const seen: string[] = [];
    const a = createActor(journeyMachine, { inspect: probe(seen) }).start();
    a.send({ type: 'role.responsable' });
    expect(seen).toEqual(['action:xstate.spawnChild', 'microstep']);
  });

  it('covers every state of every machine', () => {
    expect(screens.length).toBeGreaterThan(100);
    expect(screens.some((s) => s.name === 'member:done')).toBe(true);
  });

  it.each(screens.map((s) => [s.name, s] as const))('%s', (_, s) => {
    const original = s.build();
    const saved = viaStorage(envelope(original.getPersistedSnapshot(), hello));
    const decision = decideRestore(saved);
    expect(decision.kind).toBe('restored');
    if (decision.kind !== 'restored') return;

    const work: string[] = [];
    const restored = createActor(journeyMachine, { snapshot: decision.snapshot, inspect: probe(work) }).start();

    const before = original.getSnapshot();
    const after = restored.getSnapshot();
    expect(after.value).toEqual(before.value);
    expect(after.context).toEqual(before.context);
    const [p, q] = [position(before), position(after)];
    expect(q.speaker?.id).toBe(p.speaker?.id);
    expect(q.speaker?.snapshot.value).toEqual(p.speaker?.snapshot.value);
    expect(q.speaker?.snapshot.context).toEqual(p.speaker?.snapshot.context);
    // Nothing already done is done again: no step restarted, no transition, no action.
    expect(work).toEqual([]);
    expect(decision.transcript).toEqual(hello);

    // And the restored journey goes on exactly like the original.
    const offered = q.speaker ? (q.speaker.snapshot as AnyMachineSnapshot) : (after as unknown as AnyMachineSnapshot);
    const nextType = [...((offered._nodes.at(-1) as { ownEvents: string[] }).ownEvents)].find(
      (t) => !t.startsWith('xstate.') && !t.startsWith('form.') && offered.can({ type: t } as never),
    );
    if (nextType) {
      const send = (a: JourneyActor) => {
        const sp = position(a.getSnapshot()).speaker;
        if (sp) sp.actor.send({ type: nextType } as never);
        else a.send({ type: nextType } as never);
      };
      send(original);
      send(restored as JourneyActor);
      expect(restored.getSnapshot().value).toEqual(original.getSnapshot().value);
      expect(position(restored.getSnapshot()).speaker?.snapshot.value).toEqual(position(original.getSnapshot()).speaker?.snapshot.value);
    }
  });
});

describe('snapshots from another version, or damaged', () => {
  const current = () => {
    const a = startJourney();
    a.send({ type: 'role.responsable' });
    a.send({ type: 'journey.jump', step: 'validate' });
    return viaStorage(envelope(a.getPersistedSnapshot(), hello)) as SavedJourney;
  };

  it('the machines still have the fingerprint recorded for this version', () => {
    expect(machineFingerprint()).toBe(FINGERPRINTS[JOURNEY_VERSION]);
  });

  it('nothing saved: a fresh start', () => {
    expect(decideRestore(undefined)).toEqual({ kind: 'fresh' });
  });

  it('a newer version is set aside', () => {
    expect(decideRestore({ ...current(), version: JOURNEY_VERSION + 1 })).toEqual({ kind: 'discarded', reason: 'version' });
  });

  it('an older version without a migration is set aside', () => {
    expect(decideRestore({ ...current(), version: JOURNEY_VERSION - 1 })).toEqual({ kind: 'discarded', reason: 'version' });
  });

  it('an older version with a migration is carried over', () => {
    const old = { ...current(), version: JOURNEY_VERSION - 1, fingerprint: 'old' };
    const migrations = { [JOURNEY_VERSION - 1]: (s: SavedJourney) => ({ ...s, version: s.version + 1, fingerprint: machineFingerprint() }) };
    const d = decideRestore(old, { migrations });
    expect(d).toMatchObject({ kind: 'restored', migratedFrom: JOURNEY_VERSION - 1 });
  });

  it('a migration that gives up sets the snapshot aside', () => {
    const old = { ...current(), version: JOURNEY_VERSION - 1 };
    expect(decideRestore(old, { migrations: { [JOURNEY_VERSION - 1]: () => null } })).toEqual({ kind: 'discarded', reason: 'version' });
  });

  it('same version, different machines (forgotten bump): set aside', () => {
    expect(decideRestore({ ...current(), fingerprint: 'deadbeef' })).toEqual({ kind: 'discarded', reason: 'version' });
  });

  it.each<[string, (s: SavedJourney & { snapshot: any }) => unknown]>([
    ['not an object', () => 'garbage'],
    ['no version', (s) => ({ ...s, version: undefined })],
    ['an unknown journey state', (s) => ({ ...s, snapshot: { ...s.snapshot, value: { responsable: { launch: 'nowhere' } } } })],
    ['an unknown step state', (s) => {
      s.snapshot.children.validate.snapshot.value = 'nowhere';
      return s;
    }],
    ['an unknown child machine', (s) => {
      s.snapshot.children.validate.src = 'somethingElse';
      return s;
    }],
    ['a stopped journey', (s) => ({ ...s, snapshot: { ...s.snapshot, status: 'error' } })],
    ['no snapshot', (s) => ({ ...s, snapshot: null })],
  ])('damaged (%s): set aside, never run', (_, damage) => {
    const d = decideRestore(damage(current() as never));
    expect(d.kind).toBe('discarded');
  });

  it('a damaged message is dropped, the rest of the conversation stays', () => {
    const saved = { ...current(), transcript: [...hello, { id: 2, from: 'assistant', key: 42 }, { id: 3, from: 'person', text: 'allo' }] };
    const d = decideRestore(saved);
    expect(d.kind === 'restored' && d.transcript.map((e) => e.id)).toEqual([1, 3]);
  });

  it('isRunnable refuses what it cannot vouch for', () => {
    expect(isRunnable(null)).toBe(false);
    expect(isRunnable(current().snapshot)).toBe(true);
  });
});

describe('storage', () => {
  it('saves and loads the journey under passerelle.journey', async () => {
    const a = startJourney();
    a.send({ type: 'role.member' });
    await saveJourney(envelope(a.getPersistedSnapshot(), hello));
    const stored = (await fakeBrowser.storage.local.get(JOURNEY_KEY))[JOURNEY_KEY] as SavedJourney;
    expect(stored.version).toBe(JOURNEY_VERSION);
    const d = await loadJourney();
    expect(d.kind).toBe('restored');
  });

  it('sets a bad snapshot aside under passerelle.journey.discarded instead of deleting it', async () => {
    const bad = { version: JOURNEY_VERSION + 5, fingerprint: 'x', snapshot: {}, transcript: [] };
    await fakeBrowser.storage.local.set({ [JOURNEY_KEY]: bad });
    const d = await loadJourney();
    expect(d).toEqual({ kind: 'discarded', reason: 'version' });
    const kept = (await fakeBrowser.storage.local.get(DISCARDED_KEY))[DISCARDED_KEY] as { saved: unknown };
    expect(kept.saved).toEqual(bad);
    expect((await fakeBrowser.storage.local.get(JOURNEY_KEY))[JOURNEY_KEY]).toBeUndefined();
  });

  it('keeps the training conversation under its own keys; resetting training leaves the real one', async () => {
    expect(journeyKeysFor(false)).toBe(REAL_JOURNEY_KEYS);
    const t = journeyKeysFor(true);
    for (const key of Object.values(t)) expect(Object.values(REAL_JOURNEY_KEYS)).not.toContain(key);
    const real = startJourney();
    real.send({ type: 'role.responsable' });
    await saveJourney(envelope(real.getPersistedSnapshot(), hello));
    await saveDrafts({ linkingCode: { contact: 'Luc', email: 'luc@' } });
    const demo = startJourney();
    demo.send({ type: 'role.trainer' });
    await saveJourney(envelope(demo.getPersistedSnapshot(), []), t);
    await saveDrafts({ linkingCode: { contact: 'Démo', email: 'demo@' } }, t);
    await fakeBrowser.storage.local.set({ [t.discarded]: { saved: 'old demo' } });
    expect(await loadDrafts(t)).toEqual({ linkingCode: { contact: 'Démo', email: 'demo@' } });
    const realStored = await fakeBrowser.storage.local.get([JOURNEY_KEY, DRAFTS_KEY]);

    await forgetTrainingJourney();
    expect(await fakeBrowser.storage.local.get(Object.values(TRAINING_JOURNEY_KEYS))).toEqual({});
    expect(await fakeBrowser.storage.local.get([JOURNEY_KEY, DRAFTS_KEY])).toEqual(realStored);
    expect((await loadJourney()).kind).toBe('restored');
    expect(await loadJourney(t)).toEqual({ kind: 'fresh' });
  });

  it('keeps drafts per form and drops malformed ones', async () => {
    await saveDrafts({ linkingCode: { contact: 'Luc', email: 'luc@' } });
    await fakeBrowser.storage.local.set({
      [DRAFTS_KEY]: {
        ...((await fakeBrowser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY] as object),
        removal: { relations: [1, 2] },
      },
    });
    expect(await loadDrafts()).toEqual({ linkingCode: { contact: 'Luc', email: 'luc@' } });
  });
});
