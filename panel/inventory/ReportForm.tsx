/**
 * Recording what a member reported — account created, linked, stuck — with
 * the day they said it and an optional note. Shared by the inventory's member
 * rows and the kit's member cards, so there is one way to record it.
 */
import { useSignal } from '@preact/signals';
import { recordReport } from '../../inventory/repository';
import { MEMBER_REPORTS, type Member, type MemberReport } from '../../inventory/schema';
import { t } from '../language';
import { today } from './download';
import { database, startInventoryStore } from './store';

export function ReportForm({ member, onDone }: { member: Pick<Member, 'id' | 'firstName' | 'lastName'>; onDone: (saved: boolean) => void }) {
  const tr = t.value;
  const report = useSignal<MemberReport | ''>('');
  const on = useSignal(today());
  const note = useSignal('');
  const problem = useSignal(false);
  const name = `${member.firstName} ${member.lastName}`.trim();
  const id = `report-${member.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    await startInventoryStore();
    const db = database.value;
    const ok = !!db && report.value !== '' && (await recordReport(db, member.id, { report: report.value, on: on.value, note: note.value }));
    problem.value = !ok;
    if (ok) onDone(true);
  };

  return (
    <form class="report-form" data-testid="report-form" aria-label={tr('inventory.report.open', { name })} onSubmit={save}>
      <fieldset>
        <legend>{tr('inventory.report.choice')}</legend>
        {MEMBER_REPORTS.map((r) => (
          <label key={r} class="check">
            <input type="radio" name={`${id}-report`} value={r} checked={report.value === r} onChange={() => (report.value = r)} />
            {tr(`inventory.report.${r}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {tr('inventory.report.on')}
        <input type="date" name="reportedOn" value={on.value} onInput={(e) => (on.value = (e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {tr('inventory.report.note')}
        <textarea name="reportNote" rows={2} maxLength={2000} value={note.value} onInput={(e) => (note.value = (e.target as HTMLTextAreaElement).value)} />
      </label>
      {problem.value && (
        <p role="alert" class="error">
          {tr('inventory.report.invalid')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {tr('inventory.report.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {tr('inventory.report.cancel')}
        </button>
      </div>
    </form>
  );
}
