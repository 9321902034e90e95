/** The inventory tab: the firm, its members and clients, import and the data tools. */
import './inventory.css';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { MEMBER_STATUSES } from '../../inventory/schema';
import { t } from '../language';
import { ClientsTable } from './ClientsTable';
import { BackupReminder, DataTools } from './DataTools';
import { FirmForm } from './FirmForm';
import { ImportFlow } from './ImportFlow';
import { MembersTable } from './MembersTable';
import { clients, databaseError, loaded, members, startInventoryStore } from './store';
import { DatabaseError } from './parts';

export function InventoryView() {
  const tr = t.value;
  const tab = useSignal<'members' | 'clients'>('members');
  const importing = useSignal(false);
  useEffect(() => void startInventoryStore(), []);

  if (databaseError.value)
    return (
<DatabaseError />
    );
  if (!loaded.value) return <p role="status">{tr('inventory.loading')}</p>;

  const byStatus = new Map<string, number>();
  for (const m of members.value) byStatus.set(m.status, (byStatus.get(m.status) ?? 0) + 1);
  return (
    <section class="inventory" aria-labelledby="inventory-title">
      <h2 id="inventory-title" class="visually-hidden">
        {tr('inventory.nav')}
      </h2>
      <FirmForm />
      <BackupReminder />
      <p class="counts" data-testid="inventory-counts">
        {tr('inventory.counts', { members: members.value.length, clients: clients.value.length, served: clients.value.filter((c) => c.served).length })}
      </p>
      {members.value.length > 0 && (
        <ul class="status-counts">
          {MEMBER_STATUSES.filter((s) => byStatus.has(s)).map((s) => (
            <li key={s}>
              {tr('inventory.statusCount', { status: tr(`inventory.status.${s}`), count: byStatus.get(s) })}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="import-open" onClick={() => (importing.value = true)} disabled={importing.value}>
          {tr('inventory.import.open')}
        </button>
      </div>
      {importing.value && <ImportFlow onClose={() => (importing.value = false)} />}
      <DataTools />
      <div class="subtabs" role="tablist" aria-label={tr('inventory.nav')}>
        <button type="button" role="tab" aria-selected={tab.value === 'members'} onClick={() => (tab.value = 'members')}>
          {tr('inventory.membersTab', { count: members.value.length })}
        </button>
        <button type="button" role="tab" aria-selected={tab.value === 'clients'} onClick={() => (tab.value = 'clients')}>
          {tr('inventory.clientsTab', { count: clients.value.length })}
        </button>
      </div>
      <div role="tabpanel">{tab.value === 'members' ? <MembersTable /> : <ClientsTable />}</div>
    </section>
  );
}
