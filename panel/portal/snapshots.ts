/**
 * The last complete read of each portal list, kept in the extension's own
 * storage (never the portal page's). The inventory may move it to its database.
 */
import { browser } from 'wxt/browser';
import { z } from '../../lib/zod';
import type { ListId, Snapshot } from '../../content/protocol';
import { Snapshot as SnapshotShape } from '../../content/protocol';
import { schemaOf } from './contract';

export const SNAPSHOTS_KEY = 'passerelle.portal.snapshots';
const Stored = z.record(z.string(), schemaOf(SnapshotShape));

export async function loadSnapshots(): Promise<Partial<Record<ListId, Snapshot>>> {
  const got = await browser.storage.local.get(SNAPSHOTS_KEY);
  const parsed = Stored.safeParse(got[SNAPSHOTS_KEY] ?? {});
  // Something unreadable in storage is left alone (not overwritten here) and treated as no snapshot.
  return parsed.success ? (parsed.data as Partial<Record<ListId, Snapshot>>) : {};
}

/** Stores complete snapshots, replacing only the lists that were read. */
export async function saveSnapshots(snapshots: Snapshot[]): Promise<void> {
  const all = await loadSnapshots();
  for (const s of snapshots) if (s.rows.length === s.total) all[s.list] = s;
  await browser.storage.local.set({ [SNAPSHOTS_KEY]: all });
}
