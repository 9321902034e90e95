/** Progress at a glance: members by transition status, worklist items by kind. */
import './inventory.css';
import { useEffect } from 'preact/hooks';
import { MEMBER_STATUSES } from '../../inventory/schema';
import { WORKLIST_KINDS, effectiveState } from '../../inventory/worklist';
import { t } from '../language';
import { currentView } from '../navigation';
import { BarChart } from './BarChart';
import { databaseError, loaded, members, startInventoryStore, worklist } from './store';

export function DashboardView() {
  const tr = t.value;
  useEffect(() => void startInventoryStore(), []);
  if (databaseError.value) return <p role="alert" class="error">{tr('inventory.dbError', { error: databaseError.value })}</p>;
  if (!loaded.value) return <p role="status">{tr('inventory.loading')}</p>;

  const byStatus = new Map<string, number>();
  for (const m of members.value) byStatus.set(m.status, (byStatus.get(m.status) ?? 0) + 1);
  const now = Date.now();
  const byKind = new Map<string, { total: number; closed: number }>();
  for (const item of worklist.value) {
    const k = byKind.get(item.kind) ?? { total: 0, closed: 0 };
    k.total++;
    const s = effectiveState(item, now);
    if (s === 'done' || s === 'dismissed') k.closed++;
    byKind.set(item.kind, k);
  }
  const linked = byStatus.get('linked') ?? 0;
  return (
    <section class="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{tr('dashboard.title')}</h2>
      {members.value.length === 0 ? (
        <p>{tr('dashboard.empty')}</p>
      ) : (
        <>
          <p data-testid="dashboard-linked">{tr('dashboard.linked', { linked, total: members.value.length })}</p>
          <BarChart
            id="members-by-status"
            title={tr('dashboard.membersByStatus')}
            valueLabel={tr('dashboard.members')}
            bars={MEMBER_STATUSES.map((s) => ({ label: tr(`inventory.status.${s}`), value: byStatus.get(s) ?? 0 }))}
          />
        </>
      )}
      <div class="actions">
        <button type="button" onClick={() => (currentView.value = 'inventory')}>
          {tr('dashboard.openInventory')}
        </button>
        <button type="button" onClick={() => (currentView.value = 'worklist')}>
          {tr('dashboard.openWorklist')}
        </button>
      </div>
      {worklist.value.length > 0 && (
        <BarChart
          id="items-by-kind"
          title={tr('dashboard.itemsByKind')}
          valueLabel={tr('dashboard.items')}
          partLabel={tr('dashboard.closed')}
          bars={WORKLIST_KINDS.filter((k) => byKind.has(k)).map((k) => ({ label: tr(`worklist.kind.${k}`), value: byKind.get(k)!.total, part: byKind.get(k)!.closed }))}
        />
      )}
    </section>
  );
}
