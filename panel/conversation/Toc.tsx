/**
 * The table of contents: phases and steps with done / current / to do, the
 * steps step 3 flagged, and a button to go to any of them.
 */
import { MEMBER_SECTIONS } from '../../machines/member';
import { stepStatuses } from '../../machines/screen';
import { PHASES, STEPS } from '../../machines/steps';
import { t } from '../language';
import type { Conversation } from './controller';

export function Toc({ conversation }: { conversation: Conversation }) {
  const tr = t.value;
  const view = conversation.view.value;
  if (!view) return null;
  const { context } = view.snapshot;
  const speaker = conversation.speaker();

  if (context.role === 'member') {
    const section = speaker?.id === 'member' ? sectionOf(speaker.path) : 'done';
    // While "stuck" the member is between sections: nothing is marked current.
    const at = section === 'done' ? MEMBER_SECTIONS.length : section === 'stuck' ? -1 : MEMBER_SECTIONS.indexOf(section);
    return (
      <nav class="toc" data-testid="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{tr('chat.toc.memberTitle')}</h2>
        <ol>
          {MEMBER_SECTIONS.map((s, i) => {
            const status = at >= 0 && i < at ? 'done' : i === at ? 'current' : 'todo';
            return (
              <li key={s} data-section={s} data-status={status} aria-current={status === 'current' ? 'step' : undefined}>
                <span class="toc-title">{tr(`guide.member.sections.${s}`)}</span> <span class="badge">{tr(`chat.toc.${status}`)}</span>
              </li>
            );
          })}
        </ol>
      </nav>
    );
  }

  const statuses = stepStatuses(view.snapshot);
  return (
    <nav class="toc" data-testid="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{tr('chat.toc.title')}</h2>
      {PHASES.map((phase) => (
        <section key={phase} aria-labelledby={`toc-${phase}`}>
          <h3 id={`toc-${phase}`}>{tr(`guide.phases.${phase}`)}</h3>
          <ol>
            {STEPS.filter((s) => s.phase === phase).map((s) => {
              const status = statuses[s.id];
              const flagged = status !== 'done' && (s.flaggedBy ?? []).some((f) => context.findings[f]);
              const title = tr(`guide.steps.${s.id}.title`);
              return (
                <li key={s.id} data-step={s.id} data-status={status} aria-current={status === 'current' ? 'step' : undefined}>
                  <button
                    type="button"
                    disabled={!conversation.canJump(s.id)}
                    aria-label={tr('chat.toc.jump', { step: title })}
                    onClick={() => conversation.jump(s.id)}
                  >
                    {title}
                  </button>{' '}
                  <span class="badge">{tr(`chat.toc.${status}`)}</span>
                  {flagged && <span class="badge flagged"> {tr('chat.toc.flagged')}</span>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
}

/** `walkthrough.account.code` → `account`; the email detours belong to `email`. */
function sectionOf(path: string): (typeof MEMBER_SECTIONS)[number] | 'done' | 'stuck' {
  if (path === 'stuck') return 'stuck';
  const part = path.split('.')[1] ?? path;
  if (part === 'noEmail' || part === 'askResponsable') return 'email';
  return (MEMBER_SECTIONS as readonly string[]).includes(part) ? (part as (typeof MEMBER_SECTIONS)[number]) : 'done';
}
