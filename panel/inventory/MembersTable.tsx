/**
 * The members: searchable (name, email, phone, role, without regard to case
 * or accents), sortable by column, shown a page at a time, each editable.
 */
import { useComputed, useSignal } from '@preact/signals';
import type { MemberRow } from '../../inventory/db';
import { fold } from '../../inventory/normalize';
import { MEMBER_STATUSES, type MemberStatus } from '../../inventory/schema';
import { t } from '../language';
import { MemberForm } from './MemberForm';
import { ReportForm } from './ReportForm';
import { PAGE, ShowMore, StatusOptions } from './parts';
import { members, needsByMember } from './store';

type SortKey = 'name' | 'email' | 'status' | 'clients';
const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true });

export function MembersTable() {
  const tr = t.value;
  const query = useSignal('');
  const status = useSignal<MemberStatus | ''>('');
  const sort = useSignal<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const shown = useSignal(PAGE);
  const editing = useSignal<string | null>(null);
  const reporting = useSignal<string | null>(null);

  const rows = useComputed(() => {
    const q = fold(query.value);
    const byMember = needsByMember.value;
    const clientCount = (m: MemberRow) => (byMember.get(m.id) ?? []).filter((n) => n.clientId !== 'firm').length;
    const list = members.value.filter(
      (m) =>
        (!status.value || m.status === status.value) &&
        (!q || fold(`${m.firstName} ${m.lastName} ${m.email} ${m.phone} ${m.role} ${m.notes}`).includes(q)),
    );
    const { key, dir } = sort.value;
    const cmp: Record<SortKey, (a: MemberRow, b: MemberRow) => number> = {
      name: (a, b) => collator.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`),
      email: (a, b) => collator.compare(a.email, b.email),
      status: (a, b) => MEMBER_STATUSES.indexOf(a.status) - MEMBER_STATUSES.indexOf(b.status),
      clients: (a, b) => clientCount(a) - clientCount(b),
    };
    return list.sort((a, b) => dir * cmp[key](a, b) || cmp.name(a, b)).map((m) => ({ m, clients: clientCount(m) }));
  });

  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort.value.key === key;
    return (
      <th scope="col" class={className} aria-sort={active ? (sort.value.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          class="sort"
          onClick={() => (sort.value = { key, dir: active ? (-sort.value.dir as 1 | -1) : 1 })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.value.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  const visible = rows.value.slice(0, shown.value);
  return (
    <div class="members">
      <div class="filters">
        <label>
          {tr('inventory.search')}
          <input
            type="search"
            data-testid="member-search"
            value={query.value}
            onInput={(e) => {
              query.value = (e.target as HTMLInputElement).value;
              shown.value = PAGE;
            }}
          />
        </label>
        <label>
          {tr('inventory.field.status')}
          <select value={status.value} onChange={(e) => (status.value = (e.target as HTMLSelectElement).value as MemberStatus | '')}>
            <option value="">{tr('inventory.allStatuses')}</option>
            <StatusOptions />
          </select>
        </label>
        <button type="button" data-testid="add-member" onClick={() => (editing.value = 'new')}>
          {tr('inventory.addMember')}
        </button>
      </div>
      <p class="count" role="status" data-testid="members-shown">
        {tr('inventory.shownOf', { shown: rows.value.length, total: members.value.length })}
      </p>
      {editing.value === 'new' && <MemberForm onDone={() => (editing.value = null)} />}
      <div class="scroll-x">
      <table class="data">
        <thead>
          <tr>
            {header('name', tr('inventory.column.name'))}
            {header('email', tr('inventory.field.email'), 'col-aside')}
            {header('status', tr('inventory.field.status'))}
            {header('clients', tr('inventory.field.clients'))}
            <th scope="col">
              <span class="visually-hidden">{tr('inventory.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map(({ m, clients }) =>
            editing.value === m.id ? (
              <tr key={m.id}>
                <td colSpan={5}>
                  <MemberForm member={m} onDone={() => (editing.value = null)} />
                </td>
              </tr>
            ) : reporting.value === m.id ? (
              <tr key={m.id} data-member={m.id}>
                <td colSpan={5}>
                  <ReportForm member={m} onDone={() => (reporting.value = null)} />
                </td>
              </tr>
            ) : (
              <tr key={m.id} data-member={m.id}>
                <td>
                  {m.lastName}, {m.firstName}
                  {m.role && <div class="muted">{m.role}</div>}
                  {m.email && <div class="aside-inline">{m.email}</div>}
                </td>
                <td class="col-aside">{m.email || <span class="muted">—</span>}</td>
                <td>
                  {tr(`inventory.status.${m.status}`)}
                  {m.status === 'codeSent' && m.codeSentOn && <div class="muted">{m.codeSentOn}</div>}
                  {m.reportedOn && <div class="muted">{tr('inventory.report.last', { date: m.reportedOn })}</div>}
                  {m.reportNote && <div class="muted">{m.reportNote}</div>}
                </td>
                <td>{clients}</td>
                <td class="actions">
                  <button type="button" aria-label={tr('inventory.editMember', { name: `${m.firstName} ${m.lastName}` })} onClick={() => (editing.value = m.id)}>
                    {tr('inventory.edit')}
                  </button>
                  <button type="button" data-action="report" aria-label={tr('inventory.report.open', { name: `${m.firstName} ${m.lastName}` })} onClick={() => (reporting.value = m.id)}>
                    {tr('inventory.report.heading')}
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
