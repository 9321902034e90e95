/**
 * Shared by the training e2e tests (Chromium and Firefox): raw IndexedDB reads
 * from an extension page, and waiting for the training copy's agent.
 */
import type { Page } from 'puppeteer-core';

/** A real firm's member, written before any training and checked after. */
export const REAL_MEMBER = {
  id: 'real-firm-1', firstName: 'Gisèle', lastName: 'Véritable', email: 'gisele@vraie-firme.example', phoneType: '', phone: '',
  language: 'fr', clientNumber: '', role: 'Responsable', status: 'inPortal', codeSentOn: '', notes: '', updatedAt: 1,
  nameKey: 'gisele veritable', emailKey: 'gisele@vraie-firme.example',
};

/** Raw IndexedDB from an extension page: what a database holds, whatever Passerelle's code thinks. */
export function idb(panel: Page, name: string, op: 'dump' | 'seed', row?: unknown) {
  return panel.evaluate(async (name, op, row) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const all = (store: string) => new Promise<unknown[]>((ok) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => ok(r.result);
    });
    try {
      if (op === 'seed') {
        await new Promise((ok) => {
          const tx = db.transaction('members', 'readwrite');
          tx.objectStore('members').put(row);
          tx.oncomplete = ok;
        });
      }
      return { members: await all('members'), clients: await all('clients'), needs: await all('needs'), snapshots: (await all('snapshots')).length, worklist: (await all('worklist')).length };
    } finally {
      db.close();
    }
  }, name, op, row ?? null);
}

/** Until the training page at `url` answers a ping addressed to its tab, as the panel's client sends it. */
export async function waitForAgent(panel: Page, url: string) {
  await panel.waitForFunction(
    async (url) => {
      const api = ((globalThis as any).browser ?? (globalThis as any).chrome); // eslint-disable-line @typescript-eslint/no-explicit-any
      const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
      if (!tab) return false;
      try {
        const pong = await api.runtime.sendMessage({ type: 'training.relay', tabId: tab.id, message: { type: 'portal.ping' } });
        return pong?.type === 'portal.pong' && pong.url === url;
      } catch {
        return false;
      }
    },
    { polling: 50, timeout: 10_000 },
    url,
  );
}
