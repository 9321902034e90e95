import { useMemo, useState } from 'preact/hooks';
import type { MailDraft } from '../../lib/kit/mailto';
import { t } from '../language';
import { planFor } from './SendActions';

export interface SeriesItem {
  name: string;
  draft: MailDraft;
}

/**
 * "All at once" through the person's own mail client. Browsers open one
 * `mailto:` per click, so the series is a single button that always points at
 * the next message (several per member when a card had to be split). Members
 * whose card cannot be a link are listed to copy by hand.
 */
export function EmailSeries({ items }: { items: SeriesItem[] }) {
  const tr = t.value;
  const [next, setNext] = useState(0);
  const { queue, notLinkable } = useMemo(() => {
    const plans = items.map((item) => ({ ...item, plan: planFor(item.draft) }));
    return {
      queue: plans.flatMap(({ name, plan }) => (plan.kind === 'mailto' ? plan.urls.map((url) => ({ name, url })) : [])),
      notLinkable: plans.filter(({ plan }) => plan.kind === 'copy').map(({ name }) => name),
    };
  }, [items, tr]);
  const current = queue[next];
  return (
    <div class="kit-series">
      {current ? (
        <>
          <a
            class="kit-button"
            href={current.url}
            data-action="mailto-next"
            // Advance after the browser has followed this link, not before.
            onClick={() => setTimeout(() => setNext((n) => n + 1), 0)}
          >
            {tr('kit.actions.emailNext', { current: next + 1, total: queue.length })}
          </a>{' '}
          <span class="kit-note">{tr('kit.actions.emailNextWho', { name: current.name })}</span>
        </>
      ) : (
        queue.length > 0 && (
          <p class="kit-note" role="status">
            {tr('kit.actions.emailAllDone')}{' '}
            <button type="button" onClick={() => setNext(0)}>
              {tr('kit.actions.emailRestart')}
            </button>
          </p>
        )
      )}
      {notLinkable.length > 0 && (
        <p class="kit-note">
          {tr('kit.actions.emailTooLong')} {notLinkable.join(', ')}
        </p>
      )}
    </div>
  );
}
