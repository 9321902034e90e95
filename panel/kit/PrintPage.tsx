import { buildChecklist } from '../../lib/kit/checklist';
import { buildMemberCard } from '../../lib/kit/card';
import type { Translators } from '../../lib/kit/translate';
import { t } from '../language';
import { ChecklistView } from './ChecklistView';
import { DocumentView } from './DocumentView';
import type { PrintJob } from './print-job';

/**
 * The print tab's page: a toolbar (never printed) and the documents, one card
 * per sheet. Printing is the person's click: an automatic print() would also
 * block the page for tools that render it to PDF.
 */
export function PrintPage({ job, translators }: { job: PrintJob | undefined; translators: Translators }) {
  const tr = t.value;
  return (
    <>
      <header class="kit-print-toolbar">
        <h1>{tr('kit.print.toolbar')}</h1>
        {job && (
          <button type="button" autofocus data-action="print-now" onClick={() => window.print()}>
            {tr('kit.print.print')}
          </button>
        )}
      </header>
      <main class="kit-print" data-print-kind={job?.kind ?? 'none'}>
        {!job && <p role="alert">{tr('kit.print.nothing')}</p>}
        {job?.kind === 'cards' &&
          job.members.map((m) => (
            <DocumentView key={m.id} doc={buildMemberCard(m, translators[m.language])} class="kit-card kit-page" />
          ))}
        {job?.kind === 'checklist' && (
          <div class="kit-page">
            <ChecklistView list={buildChecklist(job.progress, job.lang, translators[job.lang])} tr={translators[job.lang]} />
          </div>
        )}
      </main>
    </>
  );
}
