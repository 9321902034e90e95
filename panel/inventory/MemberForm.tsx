/**
 * Adding or editing one member, with what they need client by client written
 * as in the spreadsheet. Checked by the same rules as an import; saved in one
 * transaction; a problem is said next to the form and nothing is saved.
 */
import { useSignal } from '@preact/signals';
import { normalizePhone } from '../../inventory/normalize';
import { needsToText, textToNeeds } from '../../inventory/needsText';
import { removeMember, saveMember, type SaveProblem } from '../../inventory/repository';
import { PHONE_TYPES, blankMember, newId, type Member } from '../../inventory/schema';
import { t } from '../language';
import { StatusOptions } from './parts';
import { clients, clientsById, database, membersById, needsByMember } from './store';

export function MemberForm({ member, onDone }: { member?: Member; onDone: () => void }) {
  const tr = t.value;
  const draft = useSignal<Member>(member ?? blankMember(newId(), 0));
  const initialNeeds = needsToText(member ? (needsByMember.value.get(member.id) ?? []) : [], clientsById.value);
  const clientsText = useSignal(initialNeeds.clients);
  const firmText = useSignal(initialNeeds.firm);
  const messages = useSignal<string[]>([]);
  const confirmRemove = useSignal(false);

  const set = <K extends keyof Member>(key: K, value: Member[K]) => (draft.value = { ...draft.value, [key]: value });
  const text = (key: 'firstName' | 'lastName' | 'email' | 'phone' | 'clientNumber' | 'role' | 'codeSentOn', type = 'text') => (
    <label>
      {tr(`inventory.field.${key}`)}
      <input type={type} name={key} value={draft.value[key]} onInput={(e) => set(key, (e.target as HTMLInputElement).value)} />
    </label>
  );

  const problemText = (p: SaveProblem): string => {
    if (p.code === 'invalid') return tr('inventory.form.invalid', { fields: p.fields.map((f) => tr(`inventory.field.${f}`, { defaultValue: f })).join(', ') });
    const other = membersById.value.get(p.otherId);
    return tr(`inventory.form.${p.code}`, { name: other ? `${other.firstName} ${other.lastName}` : '' });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const db = database.value;
    if (!db) return;
    const m = { ...draft.value };
    const problems: string[] = [];
    if (m.phone) {
      const p = normalizePhone(m.phone);
      if (p) m.phone = p.phone;
      else problems.push(tr('inventory.form.phone'));
    }
    if (m.status !== 'codeSent') m.codeSentOn = '';
    const parsed = textToNeeds(m.id, clientsText.value, firmText.value, clients.value);
    for (const c of parsed.unknownClients) problems.push(tr('inventory.form.unknownClient', { client: c }));
    for (const s of parsed.unknownSubjects) problems.push(tr('inventory.issue.subjectUnknown', { value: s, row: '', column: '' }));
    for (const s of parsed.unknownRights) problems.push(tr('inventory.issue.rightUnknown', { value: s, row: '', column: '' }));
    if (problems.length === 0) {
      const result = await saveMember(db, m, Date.now(), parsed.needs);
      if (!result.ok) problems.push(problemText(result.problem));
    }
    messages.value = problems;
    if (problems.length === 0) onDone();
  };

  const remove = async () => {
    if (!member || !database.value) return;
    await removeMember(database.value, member.id);
    onDone();
  };

  const d = draft.value;
  return (
    <form class="member-form" onSubmit={save} aria-label={member ? tr('inventory.editMember', { name: `${member.firstName} ${member.lastName}` }) : tr('inventory.addMember')}>
      <div class="grid">
        {text('firstName')}
        {text('lastName')}
        {text('email', 'email')}
        {text('phone', 'tel')}
        <label>
          {tr('inventory.field.phoneType')}
          <select value={d.phoneType} onChange={(e) => set('phoneType', (e.target as HTMLSelectElement).value as Member['phoneType'])}>
            <option value="">—</option>
            {PHONE_TYPES.map((p) => (
              <option key={p} value={p}>
                {tr(`inventory.phoneType.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('inventory.field.language')}
          <select name="language" value={d.language} onChange={(e) => set('language', (e.target as HTMLSelectElement).value as Member['language'])}>
            <option value="fr">{tr('inventory.language.fr')}</option>
            <option value="en">{tr('inventory.language.en')}</option>
          </select>
        </label>
        {text('clientNumber')}
        {text('role')}
        <label>
          {tr('inventory.field.status')}
          <select name="status" value={d.status} onChange={(e) => set('status', (e.target as HTMLSelectElement).value as Member['status'])}>
            <StatusOptions />
          </select>
        </label>
        {d.status === 'codeSent' && text('codeSentOn', 'date')}
      </div>
      <label>
        {tr('inventory.field.clients')}
        <textarea rows={3} value={clientsText.value} onInput={(e) => (clientsText.value = (e.target as HTMLTextAreaElement).value)} />
        <span class="hint">{tr('inventory.form.clientsHint')}</span>
      </label>
      <label>
        {tr('inventory.field.firmSubjects')}
        <input type="text" value={firmText.value} onInput={(e) => (firmText.value = (e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {tr('inventory.field.notes')}
        <textarea rows={2} value={d.notes} onInput={(e) => set('notes', (e.target as HTMLTextAreaElement).value)} />
      </label>
      {messages.value.length > 0 && (
        <ul class="problems" role="alert">
          {messages.value.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {tr('inventory.save')}
        </button>
        <button type="button" onClick={onDone}>
          {tr('inventory.cancel')}
        </button>
        {member &&
          (confirmRemove.value ? (
            <button type="button" class="danger" onClick={remove}>
              {tr('inventory.confirmRemove', { name: `${member.firstName} ${member.lastName}` })}
            </button>
          ) : (
            <button type="button" onClick={() => (confirmRemove.value = true)}>
              {tr('inventory.remove')}
            </button>
          ))}
      </div>
    </form>
  );
}
