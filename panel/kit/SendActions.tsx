import { useMemo, useState } from 'preact/hooks';
import { planMailto, type MailDraft, type MailtoPlan } from '../../lib/kit/mailto';
import { t } from '../language';
import { copyText } from './clipboard';
import { openPrintTab, type PrintJob } from './print-job';

/** Splits with numbered subjects in the panel's words. */
export function planFor(draft: MailDraft): MailtoPlan {
  const tr = t.value;
  return planMailto(draft, {
    partSubject: (part, total) => tr('kit.actions.partSubject', { subject: draft.subject, part, total }),
  });
}

/** A copy button that says, in a live region, whether copying worked. */
export function CopyButton({ text, label }: { text: () => string; label: string }) {
  const tr = t.value;
  const [status, setStatus] = useState<'copied' | 'copyFailed' | undefined>();
  return (
    <>
      <button type="button" data-action="copy" onClick={async () => setStatus((await copyText(text())) ? 'copied' : 'copyFailed')}>
        {label}
      </button>
      <span class="kit-status-msg" role="status">
        {status ? tr(`kit.actions.${status}`) : ''}
      </span>
    </>
  );
}

/**
 * `mailto:` links for one message: a single link, numbered links when the
 * text had to be split, or a note to copy instead when it cannot be a link.
 */
export function MailtoLinks({ draft }: { draft: MailDraft }) {
  const tr = t.value;
  const plan = useMemo(() => planFor(draft), [draft, tr]);
  if (plan.kind === 'copy') return <p class="kit-note">{tr('kit.actions.emailTooLong')}</p>;
  if (plan.urls.length === 1)
    return (
      <a class="kit-button" href={plan.urls[0]} data-action="mailto">
        {tr('kit.actions.email')}
      </a>
    );
  return (
    <div class="kit-parts">
      <p class="kit-note">{tr('kit.actions.emailParts', { count: plan.urls.length })}</p>
      <ol>
        {plan.urls.map((url, i) => (
          <li key={i}>
            <a href={url} data-action="mailto">
              {tr('kit.actions.emailPart', { part: i + 1, total: plan.urls.length })}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Opens the print tab; says so if the browser refused to open it. */
export function PrintButton({ job, label, action }: { job: () => PrintJob; label: string; action: string }) {
  const tr = t.value;
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        data-action={action}
        onClick={() =>
          openPrintTab(job()).then(
            () => setFailed(false),
            () => setFailed(true),
          )
        }
      >
        {label}
      </button>
      {failed && (
        <span class="kit-error" role="alert">
          {tr('kit.actions.printFailed')}
        </span>
      )}
    </>
  );
}
