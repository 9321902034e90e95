/** Drive a journey actor the way the panel does: replies go to whoever is speaking. */
import { createActor, type Actor } from 'xstate';
import { journeyMachine, type JourneyMachine } from '../../../machines/journey';
import { position, quickReplies, screen } from '../../../machines/screen';
import type { ScriptStep } from '../../scripts/journeys';

export type JourneyActor = Actor<JourneyMachine>;

export const startJourney = (): JourneyActor => createActor(journeyMachine).start();

/** Sends one scripted step; throws if the screen would not offer it. */
export function play(actor: JourneyActor, step: ScriptStep): void {
  const snap = actor.getSnapshot();
  const p = position(snap);
  if ('reply' in step) {
    const offered = quickReplies(snap);
    const reply = offered.find((q) => q.type === step.reply);
    if (!reply) {
      throw new Error(`"${step.reply}" not offered at ${p.journeyPath}|${p.speaker?.path}: ${offered.map((q) => q.type).join(', ')}`);
    }
    if (reply.target === 'journey') actor.send({ type: step.reply } as never);
    else p.speaker!.actor.send({ type: step.reply });
    return;
  }
  const shown = screen(snap).form;
  if (shown !== step.form) throw new Error(`form ${step.form} not shown at ${p.journeyPath}|${p.speaker?.path} (shown: ${shown})`);
  p.speaker!.actor.send({ type: 'form.submitted', values: step.values });
}

export function speakerPath(actor: JourneyActor): string {
  const p = position(actor.getSnapshot());
  return p.speaker ? `${p.speaker.id}:${p.speaker.path}` : p.journeyPath;
}
