/**
 * The worklist's « prefill » button: the form and record for the item, sent to
 * the portal tab; the per-field report shows in the Portail view.
 */
import { openDatabase } from '../../inventory/db';
import type { WorklistItem } from '../../inventory/worklist';
import { currentView } from '../navigation';
import { requestFill } from './client';
import { fillResult, filling } from './state';
import { fillRequestFor } from './worklist-prefill';

export async function prefillItem(item: WorklistItem): Promise<void> {
  const db = await openDatabase();
  const [members, clients, needs] = await db.transaction('r', [db.members, db.clients, db.needs], () =>
    Promise.all([db.members.toArray(), db.clients.toArray(), db.needs.toArray()]),
  );
  const request = fillRequestFor(item, {
    member: (id) => members.find((m) => m.id === id),
    client: (id) => clients.find((c) => c.id === id),
    needs: (memberId) => needs.filter((n) => n.memberId === memberId),
  });
  currentView.value = 'portal';
  if (!request) {
    fillResult.value = { type: 'prefill.error', reason: 'no-form' };
    return;
  }
  filling.value = true;
  try {
    fillResult.value = await requestFill(request.form, request.record as never);
  } finally {
    filling.value = false;
  }
}
