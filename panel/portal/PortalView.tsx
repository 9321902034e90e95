/**
 * The « Portail » view: read the portal's lists, be shown the way, prefill a
 * form. Usable on its own; the conversation and the inventory call the same
 * functions (client.ts) and components.
 */
import { signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ListId, PortEvent } from '../../content/protocol';
import type { FormId } from '../../content/plans';
import { PATHS, TARGETS, type PathId } from '../../content/targets';
import { t } from '../language';
import { readLists, requestFill, showTheWay, type ListReading, type ReadOutcome } from './client';
import { fillResult, filling } from './state';
import { FillReport } from './FillReport';
import { ALL_LISTS, latestCounts, type StoredCounts } from './snapshots';


const progress = signal<PortEvent | undefined>(undefined);
const reading = signal<ListReading | undefined>(undefined);
const lastRead = signal<ReadOutcome | undefined>(undefined);
const stored = signal<StoredCounts | undefined>(undefined);
const guideMessage = signal<string>('');

async function startReading(lists: ListId[]) {
  progress.value = undefined;
  lastRead.value = undefined;
  const run = readLists(lists, (e) => (progress.value = e));
  reading.value = run;
  lastRead.value = await run.done;
  reading.value = undefined;
  stored.value = await latestCounts();
}

export function ListReader() {
  const tr = t.value;
  useEffect(() => void latestCounts().then((s) => (stored.value = s)), []);
  const p = progress.value;
  const outcome = lastRead.value;
  return (
    <section class="portal-lists" data-testid="portal-lists">
      <h2>{tr('portal.read.title')}</h2>
      <p>{tr('portal.read.explain')}</p>
      {reading.value ? (
        <button type="button" onClick={() => reading.value?.cancel()}>{tr('portal.read.cancel')}</button>
      ) : (
        <button type="button" data-testid="read-lists" onClick={() => void startReading(ALL_LISTS)}>{tr('portal.read.start')}</button>
      )}
      <p role="status" aria-live="polite" data-testid="read-status">
        {reading.value && p?.type === 'lists.progress' && tr('portal.read.progress', { ...p, list: tr(`portal.lists.${p.list}`) })}
        {reading.value && p?.type === 'lists.retry' && tr('portal.read.retrying', { ...p, list: tr(`portal.lists.${p.list}`) })}
        {!reading.value && outcome?.ok && tr('portal.read.done')}
      </p>
      {!reading.value && outcome && !outcome.ok && (
        <div role="alert" data-testid="read-failed">
          <p>{tr('portal.read.failed')} {tr(`portal.read.reason.${outcome.reason}`)}</p>
          {/* Only a read of all three lists is stored (snapshots.ts): the retry reads them all again, not just the failed one. */}
          {outcome.reason !== 'cancelled' && (
            <button type="button" data-testid="read-retry" onClick={() => void startReading(ALL_LISTS)}>
              {tr('portal.read.retry')}
            </button>
          )}
        </div>
      )}
      <ul data-testid="snapshots">
        {!stored.value && <li>{tr('portal.read.none')}</li>}
        {stored.value &&
          ALL_LISTS.map((l) => (
            <li key={l} data-list={l}>
              {tr('portal.read.count', { list: tr(`portal.lists.${l}`), count: stored.value!.counts[l], date: new Date(stored.value!.takenAt).toLocaleString() })}
            </li>
          ))}
      </ul>
    </section>
  );
}

let stopGuide: (() => void) | undefined;

export function Guide({ path }: { path?: PathId }) {
  const tr = t.value;
  const chosen = useSignal<PathId>(path ?? 'contacts');
  const name = (id: string) => (id in TARGETS ? TARGETS[id as keyof typeof TARGETS][0] : id);
  const show = () => {
    stopGuide?.();
    const p = chosen.value;
    stopGuide = showTheWay(p, p === 'link' ? 'linked' : p.endsWith('Form') ? 'submitted' : undefined, {
      found: (id) => (guideMessage.value = tr('portal.guide.found', { control: name(id) })),
      missing: (id) => (guideMessage.value = tr('portal.guide.missing', { control: name(id), directions: tr(`portal.guide.directions.${p}`) })),
      outcome: (o) => (guideMessage.value = tr(`portal.guide.outcome.${o}`)),
    });
  };
  return (
    <section class="portal-guide">
      <h2>{tr('portal.guide.title')}</h2>
      {!path && (
        <label>
          {tr('portal.guide.path')}{' '}
          <select onChange={(e) => (chosen.value = (e.target as HTMLSelectElement).value as PathId)}>
            {Object.keys(PATHS).map((p) => <option key={p} value={p}>{tr(`portal.guide.paths.${p}`)}</option>)}
          </select>
        </label>
      )}
      <button type="button" onClick={show}>{tr('portal.guide.show')}</button>
      <button type="button" onClick={() => (stopGuide?.(), (guideMessage.value = ''))}>{tr('portal.guide.stop')}</button>
      <p role="status" aria-live="polite">{guideMessage.value}</p>
    </section>
  );
}

const FORMS: FormId[] = ['signup', 'addMember', 'delegateEmployer', 'modifyDetails', 'newLinkingCode', 'removeRelation'];

/** A minimal record form for trying a prefill without the inventory. */
function PrefillTry() {
  const tr = t.value;
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target as HTMLFormElement)) as Record<string, string>;
    const member = { firstName: data.firstName ?? '', lastName: data.lastName ?? '', ...(data.email ? { email: data.email } : {}) };
    const employer = { name: data.employer ?? '', ...(data.employerNumber ? { number: data.employerNumber } : {}) };
    filling.value = true;
    const form = data.form as FormId;
    fillResult.value =
      form === 'signup' ? await requestFill('signup', member)
      : form === 'addMember' ? await requestFill('addMember', { member })
      : form === 'delegateEmployer' ? await requestFill('delegateEmployer', { member, employer })
      : form === 'modifyDetails' ? await requestFill('modifyDetails', { member })
      : form === 'newLinkingCode' ? await requestFill('newLinkingCode', { member })
      : await requestFill('removeRelation', { member, scope: employer.name ? 'relations' : 'all', employers: employer.name ? [employer.name] : [] });
    filling.value = false;
  };
  return (
    <section class="portal-prefill">
      <h2>{tr('prefill.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} class="prefill-form">
        <label>{tr('prefill.form')} <select name="form">{FORMS.map((f) => <option key={f} value={f}>{tr(`prefill.forms.${f}`)}</option>)}</select></label>
        {(['firstName', 'lastName', 'email', 'employer', 'employerNumber'] as const).map((k) => (
          <label key={k}>{tr(`prefill.record.${k}`)} <input name={k} /></label>
        ))}
        <button type="submit" disabled={filling.value}>{filling.value ? tr('prefill.running') : tr('prefill.run')}</button>
      </form>
      {fillResult.value && <FillReport result={fillResult.value} />}
    </section>
  );
}

export function PortalView() {
  const tr = t.value;
  return (
    <div class="portal-view" aria-label={tr('portal.label')}>
      <ListReader />
      <Guide />
      <PrefillTry />
    </div>
  );
}
