import { describe, expect, it } from 'vitest';
import { TRANSITION_STEP_IDS } from '../../lib/kit/checklist';
import { transitionProgress } from '../kit/state';
import { checklistProgress, CHECKLIST_IDS, shareProgressWithKit } from './progress';
import { createConversation } from './controller';
import { startJourney } from '../../test/unit/helpers/drive';
import { position } from '../../machines/screen';
import { NOW } from '../../test/unit/helpers/samples';
import { localeHas } from '../../test/unit/helpers/locale';

describe('progress handed to the kit checklist', () => {
  it('maps every guide step to one checklist step', () => {
    expect(Object.values(CHECKLIST_IDS).sort()).toEqual([...TRANSITION_STEP_IDS].sort());
  });

  it('done, current and to do, in the checklist ids', () => {
    const a = startJourney();
    a.send({ type: 'role.responsable' });
    for (const type of ['email.received', 'step.next']) position(a.getSnapshot()).speaker!.actor.send({ type } as never);
    a.send({ type: 'journey.jump', step: 'validate' });
    expect(checklistProgress(a.getSnapshot())).toMatchObject({
      'before.email': 'done',
      'before.inventory': 'todo',
      step3: 'current',
      step6: 'todo',
    });
  });

  it('follows the conversation as it moves', async () => {
    const c = createConversation({ now: () => NOW, exists: localeHas });
    await c.start();
    const stop = shareProgressWithKit(c);
    c.reply('role.responsable');
    expect(transitionProgress.value['before.email']).toBe('current');
    c.jump('sendLinkingCodes');
    expect(transitionProgress.value).toMatchObject({ 'before.email': 'todo', step6: 'current' });
    stop();
    await c.flushed();
  });
});
