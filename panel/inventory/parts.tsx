/** Small pieces the inventory's tables and forms share. */
import type { Signal } from '@preact/signals';
import { MEMBER_STATUSES } from '../../inventory/schema';
import { t } from '../language';

/** Rows a table shows at first, and adds on each « show more ». */
export const PAGE = 50;

export function ShowMore({ shown, total }: { shown: Signal<number>; total: number }) {
  if (total <= shown.value) return null;
  return (
    <button type="button" onClick={() => (shown.value += PAGE)}>
      {t.value('inventory.showMore', { count: Math.min(PAGE, total - shown.value) })}
    </button>
  );
}

/** The transition statuses as choices, in the guide's order. */
export function StatusOptions() {
  return (
    <>
      {MEMBER_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t.value(`inventory.status.${s}`)}
        </option>
      ))}
    </>
  );
}
