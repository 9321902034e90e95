import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { journeyMachine, stepStateId } from './journey';
import { STEPS, STEP_IDS, stepById, type StepId } from './steps';
import { position, valuePath } from './screen';
import { declaredLeafPaths, eventsOf, shortestPathsByState } from '../test/unit/helpers/machine-graph';
import { play, speakerPath, startJourney } from '../test/unit/helpers/drive';
import { ALL_CODES_SENT, MEMBER_WALKTHROUGH, RESPONSABLE_FINISH, RESPONSABLE_JOURNEY } from '../test/scripts/journeys';
import { PAYLOAD_EVENTS } from '../test/unit/helpers/samples';

const jumpEvents = STEP_IDS.map((step) => ({ type: 'journey.jump', step }));

describe('journey: every state is reachable', () => {
  const paths = shortestPathsByState(journeyMachine, [
    ...jumpEvents,
    { type: 'xstate.done.actor.validate', output: { missingMembers: true } },
  ]);
  const leaves = declaredLeafPaths(journeyMachine);
  it('declares the role question, every step, the end, and the member part', () => {
    expect(leaves).toEqual([
      'role',
      'trainerIntro',
      ...STEPS.map((s) => stepStateId(s).replace('journey.', '')),
      'responsable.finished',
      'member',
      'memberFinished',
    ]);
  });
  it.each(leaves)('reaches %s', (leaf) => expect(paths.has(leaf)).toBe(true));
});

describe('journey: every guide step, run from start to end inside the journey', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const a = startJourney();
    a.send({ type: 'role.responsable' });
    a.send({ type: 'journey.jump', step: id });
    expect(position(a.getSnapshot()).speaker?.id).toBe(id);
    // The step machine's own shortest path to its end, played inside the journey.
    const toDone = shortestPathsByState(s.machine, (PAYLOAD_EVENTS[id] ?? []) as never).get('done')!;
    for (const event of eventsOf(toDone)) position(a.getSnapshot()).speaker!.actor.send(event);
    const next = STEPS[STEPS.indexOf(s) + 1];
    expect(valuePath(a.getSnapshot().value)).toBe(next ? stepStateId(next).replace('journey.', '') : 'responsable.finished');
    expect(a.getSnapshot().context.done).toEqual([id]);
  });
});

describe('journey: the responsable, by quick replies and forms only', () => {
  it('goes from the role question to "all members have their codes", visiting every launch step in order', () => {
    const a = startJourney();
    const visited: string[] = [];
    for (const step of RESPONSABLE_JOURNEY) {
      play(a, step);
      const id = position(a.getSnapshot()).speaker?.id;
      if (id && visited.at(-1) !== id) visited.push(id);
    }
    expect(speakerPath(a)).toBe(`${ALL_CODES_SENT.step}:${ALL_CODES_SENT.state}`);
    expect(visited).toEqual(STEP_IDS.slice(0, -1));
    const child = position(a.getSnapshot()).speaker!.snapshot;
    expect(child.context.sent).toEqual(['Luc Tremblay', 'Rebecca Descotteaux-Laforce']);
    expect(a.getSnapshot().context.findings).toMatchObject({ missingMembers: true, missingAuthorizations: true, wrongDetails: false });

    for (const step of RESPONSABLE_FINISH) play(a, step);
    expect(valuePath(a.getSnapshot().value)).toBe('responsable.finished');
    expect(a.getSnapshot().context.done).toEqual(STEP_IDS);
  });

  it('the member walkthrough ends at memberFinished', () => {
    const a = startJourney();
    for (const step of MEMBER_WALKTHROUGH) play(a, step);
    expect(valuePath(a.getSnapshot().value)).toBe('memberFinished');
    expect(a.getSnapshot().context.role).toBe('member');
  });
});

describe('journey: navigation', () => {
  const at = (id: StepId) => {
    const a = startJourney();
    a.send({ type: 'role.responsable' });
    a.send({ type: 'journey.jump', step: id });
    return a;
  };

  it('back goes to the previous step, which starts from its beginning', () => {
    const a = at('linkAccount');
    a.send({ type: 'journey.back' });
    expect(speakerPath(a)).toBe('createAccount:open');
  });

  it('back from the first step does nothing', () => {
    const a = at('explanatoryEmail');
    expect(a.getSnapshot().can({ type: 'journey.back' })).toBe(false);
  });

  it('restart takes the current step back to its first state and keeps what was done', () => {
    const a = at('createAccount');
    position(a.getSnapshot()).speaker!.actor.send({ type: 'step.next' });
    position(a.getSnapshot()).speaker!.actor.send({ type: 'step.next' });
    expect(speakerPath(a)).toBe('createAccount:identity');
    a.send({ type: 'journey.restart' });
    expect(speakerPath(a)).toBe('createAccount:open');
  });

  it.each(STEP_IDS)('jumps to %s from anywhere in the responsable part', (id) => {
    const a = at('sendLinkingCodes');
    a.send({ type: 'journey.jump', step: id });
    expect(speakerPath(a)).toBe(`${id}:${valuePath(stepById(id).machine.getInitialSnapshot(null as never).value)}`);
  });

  it('a step done twice is listed once, in the guide order', () => {
    const a = at('internalCommunication');
    const finish = () => {
      position(a.getSnapshot()).speaker!.actor.send({ type: 'step.next' });
      position(a.getSnapshot()).speaker!.actor.send({ type: 'step.next' });
    };
    finish();
    a.send({ type: 'journey.jump', step: 'explanatoryEmail' });
    position(a.getSnapshot()).speaker!.actor.send({ type: 'email.lost' });
    position(a.getSnapshot()).speaker!.actor.send({ type: 'step.later' });
    a.send({ type: 'journey.jump', step: 'internalCommunication' });
    finish();
    expect(a.getSnapshot().context.done).toEqual(['explanatoryEmail', 'internalCommunication']);
  });

  it('reset goes back to the role question with a fresh context', () => {
    const a = at('validate');
    a.send({ type: 'journey.reset' });
    expect(a.getSnapshot().value).toBe('role');
    expect(a.getSnapshot().context).toEqual({ role: null, done: [], findings: expect.any(Object) });
    expect(Object.values(a.getSnapshot().context.findings).some(Boolean)).toBe(false);
  });

  it('a trainer sees the training note, then the responsable journey', () => {
    const a = startJourney();
    a.send({ type: 'role.trainer' });
    expect(a.getSnapshot().value).toBe('trainerIntro');
    a.send({ type: 'journey.start' });
    expect(speakerPath(a)).toBe('explanatoryEmail:received');
    expect(a.getSnapshot().context.role).toBe('trainer');
  });

  it('a member cannot jump into the responsable steps', () => {
    const a = startJourney();
    a.send({ type: 'role.member' });
    a.send({ type: 'journey.jump', step: 'validate' });
    expect(a.getSnapshot().value).toBe('member');
  });

  it('the invoked step is a child actor registered under its step id (needed for persistence)', () => {
    const a = at('delegate');
    const persisted = a.getPersistedSnapshot() as unknown as { children: Record<string, { src: string }> };
    expect(Object.keys(persisted.children)).toEqual(['delegate']);
    expect(persisted.children.delegate!.src).toBe('delegate');
    expect(createActor(journeyMachine, { snapshot: persisted as never }).start().getSnapshot().value).toEqual({
      responsable: { launch: 'delegate' },
    });
  });
});
