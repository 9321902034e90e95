/**
 * The worklist: what the comparison with the portal found, grouped by kind,
 * with progress. Each item opens the conversation at the guide step that
 * fixes it, offers the prefill when the portal integration provides one, and
 * can be marked done, put off or dismissed with a reason.
 */
import './inventory.css';
import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { toCsv } from '../../inventory/export/csv';
import { decideItem, reconcileLatest } from '../../inventory/repository';
import { WORKLIST_KINDS, effectiveState, type WorklistItem, type WorklistKind } from '../../inventory/worklist';
import { language, t } from '../language';
import { openStep, prefillHandler } from '../navigation';
import { describeItem, type DescribeContext } from './describe';
import { download, today } from './download';
import { Progress } from './Progress';
import { clientsById, database, databaseError, firm, latestSnapshot, loaded, membersById, startInventoryStore, worklist } from './store';

const DAY = 24 * 60 * 60 * 1000;
const SHOWN_PER_GROUP = 100;

function useDescribe(): DescribeContext {
  return { members: membersById.value, clients: clientsById.value, firm: firm.value, t: t.value };
}

function ItemRow({ item, ctx }: { item: WorklistItem; ctx: DescribeContext }) {
  const tr = t.value;
  const dismissing = useSignal(false);
  const reason = useSignal('');
  const text = describeItem(item, ctx);
  const state = effectiveState(item, Date.now());
  const db = database.value;
  const prefill = prefillHandler.value;
  const finding = item.finding;
  const memberId = 'memberId' in finding ? finding.memberId : undefined;
  const clientId = 'clientId' in finding && finding.clientId ? finding.clientId : undefined;
  return (
    <li class={`item state-${state}`} data-item={item.id} data-kind={item.kind}>
      <p class="item-title">{text.title}</p>
      {text.details.length > 0 && (
        <ul class="item-details">
          {text.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <p class="muted">
        {text.action} · {tr(`guide.steps.${item.stepId}.title`)}
      </p>
      {state === 'dismissed' && item.dismissReason && <p class="muted">{tr('worklist.dismissedBecause', { reason: item.dismissReason })}</p>}
      {state === 'snoozed' && item.snoozedUntil && (
        <p class="muted">{tr('worklist.snoozedUntil', { date: new Date(item.snoozedUntil).toLocaleDateString(language.value === 'fr' ? 'fr-CA' : 'en-CA') })}</p>
      )}
      {state === 'done' && <p class="muted">{tr(item.closedBy === 'snapshot' ? 'worklist.closedBySnapshot' : item.closedBy === 'report' ? 'worklist.closedByReport' : 'worklist.closedByPerson')}</p>}
      <div class="actions">
        <button type="button" data-testid="open-step" onClick={() => openStep(item.stepId, { itemId: item.id, ...(memberId ? { memberId } : {}), ...(clientId ? { clientId } : {}) })}>
          {tr('worklist.openStep')}
        </button>
        {prefill && (
          <button type="button" onClick={() => void prefill(item)}>
            {tr('worklist.prefill')}
          </button>
        )}
        {db && (state === 'open' || state === 'snoozed') && (
          <>
            <button type="button" onClick={() => void decideItem(db, item.id, { state: 'done' })}>
              {tr('worklist.markDone')}
            </button>
            <button type="button" onClick={() => void decideItem(db, item.id, { state: 'snoozed', until: Date.now() + 7 * DAY })}>
              {tr('worklist.snoozeWeek')}
            </button>
            <button type="button" onClick={() => (dismissing.value = !dismissing.value)} aria-expanded={dismissing.value}>
              {tr('worklist.dismiss')}
            </button>
          </>
        )}
        {db && (state === 'done' || state === 'dismissed') && (
          <button type="button" onClick={() => void decideItem(db, item.id, { state: 'open' })}>
            {tr('worklist.reopen')}
          </button>
        )}
      </div>
      {db && dismissing.value && (
        <form
          class="dismiss"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.value.trim()) return;
            void decideItem(db, item.id, { state: 'dismissed', reason: reason.value.trim() });
            dismissing.value = false;
          }}
        >
          <label>
            {tr('worklist.reason')}
            <input required value={reason.value} onInput={(e) => (reason.value = (e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{tr('worklist.confirmDismiss')}</button>
        </form>
      )}
    </li>
  );
}

export function WorklistView() {
  const tr = t.value;
  const showClosed = useSignal(false);
  const running = useSignal<number | null>(null);
  const outcome = useSignal('');
  useEffect(() => void startInventoryStore(), []);

  const groups = useComputed(() => {
    const now = Date.now();
    const by = new Map<WorklistKind, { items: WorklistItem[]; closed: number; total: number }>();
    for (const kind of WORKLIST_KINDS) by.set(kind, { items: [], closed: 0, total: 0 });
    for (const item of worklist.value) {
      const g = by.get(item.kind)!;
      const state = effectiveState(item, now);
      g.total++;
      if (state === 'done' || state === 'dismissed') g.closed++;
      if (showClosed.value || state === 'open') g.items.push(item);
    }
    return by;
  });

  if (databaseError.value) return <p role="alert" class="error">{tr('inventory.dbError', { error: databaseError.value })}</p>;
  if (!loaded.value) return <p role="status">{tr('inventory.loading')}</p>;

  const ctx = useDescribe();
  const total = worklist.value.length;
  const closed = [...groups.value.values()].reduce((n, g) => n + g.closed, 0);
  const snap = latestSnapshot.value;

  const compare = async () => {
    const db = database.value;
    if (!db) return;
    running.value = 0;
    const r = await reconcileLatest(db, (f) => (running.value = f));
    running.value = null;
    outcome.value = r.ok ? tr('worklist.compared', { opened: r.opened, closed: r.closed, reopened: r.reopened }) : tr(`worklist.cannot.${r.reason}`);
  };

  const exportCsv = () => {
    const rows = [[tr('worklist.csv.kind'), tr('worklist.csv.step'), tr('worklist.csv.member'), tr('worklist.csv.client'), tr('worklist.csv.item'), tr('worklist.csv.details'), tr('worklist.csv.state'), tr('worklist.csv.reason')]];
    for (const item of worklist.value) {
      const d = describeItem(item, ctx);
      rows.push([tr(`worklist.kind.${item.kind}`), tr(`guide.steps.${item.stepId}.title`), d.member, d.client, d.title, d.details.join(' | '), tr(`worklist.state.${effectiveState(item, Date.now())}`), item.dismissReason ?? '']);
    }
    download(`${tr('worklist.csv.file')}-${today()}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
  };

  return (
    <section class="worklist" aria-labelledby="worklist-title">
      <h2 id="worklist-title">{tr('worklist.title')}</h2>
      <p data-testid="snapshot-info">
        {snap
          ? tr(snap.complete ? 'worklist.snapshot' : 'worklist.snapshotIncomplete', {
              date: new Date(snap.takenAt).toLocaleString(language.value === 'fr' ? 'fr-CA' : 'en-CA'),
              contacts: snap.contacts,
              relations: snap.relations,
              authorizations: snap.authorizations,
            })
          : tr('worklist.noSnapshot')}
      </p>
      <div class="actions">
        <button type="button" class="primary" data-testid="compare" disabled={running.value !== null} onClick={compare}>
          {tr('worklist.compare')}
        </button>
        {!snap && (
          <button type="button" onClick={() => openStep('validate')}>
            {tr('worklist.readPortal')}
          </button>
        )}
        <button type="button" onClick={exportCsv} disabled={total === 0}>
          {tr('worklist.export')}
        </button>
        <label class="check">
          <input type="checkbox" checked={showClosed.value} onChange={(e) => (showClosed.value = (e.target as HTMLInputElement).checked)} />
          {tr('worklist.showClosed')}
        </label>
      </div>
      {running.value !== null && <Progress label={tr('worklist.comparing')} value={running.value} />}
      {outcome.value && <p role="status">{outcome.value}</p>}
      {total > 0 && <Progress label={tr('worklist.progress', { closed, total })} value={closed / total} />}
      {total === 0 && snap && <p>{tr('worklist.empty')}</p>}
      {WORKLIST_KINDS.map((kind) => {
        const g = groups.value.get(kind)!;
        if (g.total === 0) return null;
        return (
          <details key={kind} class="group" open={g.items.length > 0} data-group={kind}>
            <summary>
              {tr(`worklist.kind.${kind}`)} — {tr('worklist.groupProgress', { closed: g.closed, total: g.total })}
            </summary>
            <progress max={g.total} value={g.closed} aria-label={tr('worklist.groupProgressLabel', { kind: tr(`worklist.kind.${kind}`) })} />
            <ol class="items">
              {g.items.slice(0, SHOWN_PER_GROUP).map((item) => (
                <ItemRow key={item.id} item={item} ctx={ctx} />
              ))}
            </ol>
            {g.items.length > SHOWN_PER_GROUP && <p class="muted">{tr('worklist.more', { count: g.items.length - SHOWN_PER_GROUP })}</p>}
          </details>
        );
      })}
    </section>
  );
}
