/** The firm's own name and number, as the portal lists it: reconciliation needs them to tell the firm from its clients. */
import { useSignal } from '@preact/signals';
import { readFirm, saveFirm } from '../../inventory/repository';
import { t } from '../language';
import { database, firm } from './store';

export function FirmForm() {
  const tr = t.value;
  const name = useSignal(firm.value.name);
  const number = useSignal(firm.value.number);
  const saved = useSignal(false);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!database.value) return;
    // The responsable's details (edited in the kit) stay as they are.
    const r = await saveFirm(database.value, { ...(await readFirm(database.value)), name: name.value.trim(), number: number.value.trim() });
    saved.value = r.ok;
  };
  return (
    <details class="firm" open={!firm.value.name && !firm.value.number}>
      <summary>{firm.value.name ? tr('inventory.firm.summary', { name: firm.value.name }) : tr('inventory.firm.title')}</summary>
      <form onSubmit={save}>
        <p class="hint">{tr('inventory.firm.hint')}</p>
        <label>
          {tr('inventory.firm.name')}
          <input value={name.value} onInput={(e) => ((name.value = (e.target as HTMLInputElement).value), (saved.value = false))} />
        </label>
        <label>
          {tr('inventory.firm.number')}
          <input value={number.value} onInput={(e) => ((number.value = (e.target as HTMLInputElement).value), (saved.value = false))} />
        </label>
        <button type="submit">{tr('inventory.save')}</button>
        {saved.value && <span role="status">{tr('inventory.firm.saved')}</span>}
      </form>
    </details>
  );
}
