/** The client employers: searchable, with who handles each and whether the firm still serves them. */
import { useComputed, useSignal } from '@preact/signals';
import type { ClientRow } from '../../inventory/db';
import { fold } from '../../inventory/normalize';
import { saveClient } from '../../inventory/repository';
import { newId, type Client } from '../../inventory/schema';
import { t } from '../language';
import { PAGE, ShowMore } from './parts';
import { clients, database, needs } from './store';

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true });

function ClientForm({ client, onDone }: { client?: Client; onDone: () => void }) {
  const tr = t.value;
  const draft = useSignal<Client>(client ?? { id: newId(), name: '', number: '', served: true, updatedAt: 0 });
  const problem = useSignal('');
  const save = async (e: Event) => {
    e.preventDefault();
    if (!database.value) return;
    const r = await saveClient(database.value, draft.value);
    if (r.ok) onDone();
    else problem.value = r.problem.code === 'invalid' ? tr('inventory.form.invalid', { fields: r.problem.fields.join(', ') }) : tr(`inventory.clientForm.${r.problem.code}`);
  };
  return (
    <form class="client-form" onSubmit={save}>
      <label>
        {tr('inventory.client.name')}
        <input value={draft.value.name} onInput={(e) => (draft.value = { ...draft.value, name: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {tr('inventory.client.number')}
        <input value={draft.value.number} onInput={(e) => (draft.value = { ...draft.value, number: (e.target as HTMLInputElement).value })} />
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.value.served} onChange={(e) => (draft.value = { ...draft.value, served: (e.target as HTMLInputElement).checked })} />
        {tr('inventory.client.served')}
      </label>
      {problem.value && <p role="alert">{problem.value}</p>}
      <button type="submit" class="primary">
        {tr('inventory.save')}
      </button>
      <button type="button" onClick={onDone}>
        {tr('inventory.cancel')}
      </button>
    </form>
  );
}

export function ClientsTable() {
  const tr = t.value;
  const query = useSignal('');
  const shown = useSignal(PAGE);
  const editing = useSignal<string | null>(null);
  const handlers = useComputed(() => {
    const count = new Map<string, number>();
    for (const n of needs.value) count.set(n.clientId, (count.get(n.clientId) ?? 0) + 1);
    return count;
  });
  const rows = useComputed(() => {
    const q = fold(query.value);
    return clients.value
      .filter((c) => !q || fold(`${c.name} ${c.number}`).includes(q))
      .sort((a, b) => collator.compare(a.name, b.name));
  });
  const toggleServed = (c: ClientRow) => database.value && void saveClient(database.value, { ...c, served: !c.served });

  return (
    <div class="clients">
      <div class="filters">
        <label>
          {tr('inventory.search')}
          <input type="search" value={query.value} onInput={(e) => ((query.value = (e.target as HTMLInputElement).value), (shown.value = PAGE))} />
        </label>
        <button type="button" onClick={() => (editing.value = 'new')}>
          {tr('inventory.addClient')}
        </button>
      </div>
      <p class="count" role="status">
        {tr('inventory.shownOf', { shown: rows.value.length, total: clients.value.length })}
      </p>
      {editing.value === 'new' && <ClientForm onDone={() => (editing.value = null)} />}
      <div class="scroll-x">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{tr('inventory.client.name')}</th>
            <th scope="col" class="col-aside">{tr('inventory.client.number')}</th>
            <th scope="col">{tr('inventory.client.handledBy')}</th>
            <th scope="col">{tr('inventory.client.served')}</th>
            <th scope="col">
              <span class="visually-hidden">{tr('inventory.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.value.slice(0, shown.value).map((c) =>
            editing.value === c.id ? (
              <tr key={c.id}>
                <td colSpan={5}>
                  <ClientForm client={c} onDone={() => (editing.value = null)} />
                </td>
              </tr>
            ) : (
              <tr key={c.id}>
                <td>
                  {c.name || <span class="muted">—</span>}
                  {c.number && <div class="aside-inline">{c.number}</div>}
                </td>
                <td class="col-aside">{c.number || <span class="muted">—</span>}</td>
                <td>{handlers.value.get(c.id) ?? 0}</td>
                <td>
                  <input type="checkbox" checked={c.served} aria-label={tr('inventory.client.servedLabel', { name: c.name || c.number })} onChange={() => toggleServed(c)} />
                </td>
                <td class="actions">
                  <button type="button" aria-label={tr('inventory.editMember', { name: c.name || c.number })} onClick={() => (editing.value = c.id)}>
                    {tr('inventory.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      </div>
      <ShowMore shown={shown} total={rows.value.length} />
    </div>
  );
}
