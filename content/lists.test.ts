/** The list reader against the replica's own pages (happy-dom). */
import { describe, expect, it } from 'vitest';
import { startPortal } from '../portal/app';
import { listData } from '../portal/data';
import { hook } from '../portal/hook';
import { readLists } from './lists';
import type { PortEvent } from './protocol';

function open(id: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://sel.ccq.org/?id=${id}`);
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  startPortal(root);
}

describe('readLists on the replica', () => {
  it('reads a list whole, page by page', async () => {
    open('relations');
    const events: PortEvent[] = [];
    await readLists(['contacts'], (e) => events.push(e), () => false);
    expect(events.map((e) => e.type)).toEqual(['lists.progress', 'lists.progress', 'lists.done']);
    const done = events[2]!;
    expect(done.type === 'lists.done' && done.snapshots[0]).toMatchObject({ list: 'contacts', total: 23, rows: listData('contacts').rows });
  });

  it('stops when cancelled and hands back nothing', async () => {
    open('relations');
    const events: PortEvent[] = [];
    let cancelled = false;
    await readLists(['relations'], (e) => (events.push(e), e.type === 'lists.progress' && (cancelled = true)), () => cancelled);
    expect(events.map((e) => e.type)).toEqual(['lists.progress', 'lists.failed']);
    expect(events[1]).toMatchObject({ reason: 'cancelled' });
  });

  it('retries a page that failed to load', async () => {
    open('relations');
    const events: PortEvent[] = [];
    hook.failNextPage(1);
    await readLists(['contacts'], (e) => events.push(e), () => false);
    expect(events.filter((e) => e.type === 'lists.retry')).toHaveLength(1);
    expect(events.at(-1)!.type).toBe('lists.done');
  });
});
