import type { Checklist, ChecklistStep } from '../../lib/kit/checklist';
import type { Translate } from '../../lib/kit/translate';

const BOX = { done: '☑', current: '▶', todo: '☐' } as const;

function StepView({ step, tr }: { step: ChecklistStep; tr: Translate }) {
  const status = tr(`kit.checklist.status.${step.status}`);
  return (
    <li class="kit-step" data-step={step.id} data-status={step.status}>
      <span class="kit-box" aria-hidden="true">
        {BOX[step.status]}
      </span>{' '}
      <strong>{step.title}</strong> <span class="kit-status">({status})</span>
      {step.subSteps.length > 0 && (
        <ul class="kit-substeps">
          {step.subSteps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {step.children.length > 0 && (
        <ol class="kit-steps kit-children">
          {step.children.map((c) => (
            <StepView key={c.id} step={c} tr={tr} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** The transition checklist with the firm's progress, for screen and paper. */
export function ChecklistView({ list, tr }: { list: Checklist; tr: Translate }) {
  return (
    <article class="kit-checklist" lang={list.lang === 'fr' ? 'fr-CA' : 'en-CA'}>
      <h3 class="kit-doc-title">{list.title}</h3>
      <p class="kit-summary">{list.summary}</p>
      {list.phases.map((phase) => (
        <section key={phase.id} data-phase={phase.id}>
          <h4>{phase.heading}</h4>
          <ol class="kit-steps">
            {phase.steps.map((s) => (
              <StepView key={s.id} step={s} tr={tr} />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
