/**
 * The trainer's tab: load the demo firm (its own database, never the real
 * inventory), open the training copy of the portal, presenter mode, and reset.
 * Switching databases reloads the panel, so every view reads the right one.
 */
import { signal } from '@preact/signals';
import { forgetTrainingJourney } from '../../machines/persistence';
import { t } from '../language';
import { presenter, setPresenter, trainingMode } from './mode';

const busy = signal(false);
const problem = signal('');

/** The panel reloads after the switch: every view then reads the chosen database from the start. */
const reload = () => location.reload();

async function run(task: () => Promise<void>) {
  busy.value = true;
  problem.value = '';
  try {
    await task();
  } catch (e) {
    // Nothing of the real inventory is at stake here: say what failed and stay.
    problem.value = e instanceof Error ? e.message : String(e);
  } finally {
    busy.value = false;
  }
}

const loadDemo = () =>
  run(async () => {
    const training = await import('../../inventory/training');
    await training.loadDemoFirm();
    await training.setTrainingMode(true);
    reload();
  });

const resetDemo = () =>
  run(async () => {
    const training = await import('../../inventory/training');
    await training.eraseTrainingDatabase();
    // The trainer's conversation goes with the demo; the real journey stays as it was.
    await forgetTrainingJourney();
    await training.setTrainingMode(false);
    reload();
  });

const openTrainingPortal = () => run(async () => void (await import('../conversation/links')).openPortalPage('relations', true));

export function TrainingView() {
  const tr = t.value;
  const on = trainingMode.value;
  return (
    <section class="training-view" aria-labelledby="training-title" data-testid="training-view">
      <h2 id="training-title">{tr('training.title')}</h2>
      <p data-testid="training-state">{tr(on ? 'training.state.on' : 'training.state.off')}</p>
      <p>{tr('training.explain')}</p>
      <div class="training-actions">
        <button type="button" data-testid="training-load" disabled={busy.value} onClick={() => void loadDemo()}>
          {tr(on ? 'training.reload' : 'training.load')}
        </button>
        <button type="button" data-testid="training-open-portal" disabled={busy.value} onClick={() => void openTrainingPortal()}>
          {tr('training.openPortal')}
        </button>
        <button type="button" data-testid="training-presenter" aria-pressed={presenter.value} onClick={() => void setPresenter(!presenter.value)}>
          {tr('training.presenter')}
        </button>
        {on && (
          <button type="button" data-testid="training-reset" disabled={busy.value} onClick={() => void resetDemo()}>
            {tr('training.reset')}
          </button>
        )}
      </div>
      {presenter.value && <p class="hint">{tr('training.presenterKeys')}</p>}
      {problem.value && (
        <p role="alert" data-testid="training-problem">
          {tr('training.failed', { reason: problem.value })}
        </p>
      )}
    </section>
  );
}
