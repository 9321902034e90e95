/**
 * Reads the lists of « Relations et autorisations » page by page, using the
 * pager's « Rangées A - B de N » to know where it is and when it is complete.
 * A page that fails to load is tried again; a list that cannot be read whole
 * is reported as failed and nothing of it is returned.
 */
import { isHidden, textOf, waitFor } from './dom';
import { press } from './drive';
import { labelsOf } from './labels';
import type { LIST_FAILURES, ListId, PortEvent, Snapshot } from './protocol';
import { labelScore, norm, words } from './text';

export const LIST_TABS: Record<ListId, string[]> = {
  contacts: ["Contacts de l'organisation", 'Organization contacts'],
  relations: ["Relations de l'organisation", 'Organization relationships'],
  authorizations: ['Autorisations', 'Authorizations'],
};
const NEXT = ['page suivante', 'suivant', 'next page', 'next'];
const FIRST = ['premiere page', 'first page'];
export const READ_TIMING = { loadMs: 8000, attempts: 3 };

export interface Range {
  from: number;
  to: number;
  total: number;
}

/** « Rangées 21 - 40 de 57 » (or "Rows 21 - 40 of 57") → numbers. */
export function parseRange(text: string): Range | undefined {
  const m = /(?:rangees|rows)\s+(\d+)\s*(?:-|a|to)\s*(\d+)\s+(?:de|of)\s+(\d+)/.exec(norm(text));
  return m ? { from: +m[1]!, to: +m[2]!, total: +m[3]! } : undefined;
}

export class ReadFailed extends Error {
  constructor(readonly reason: Exclude<(typeof LIST_FAILURES)[number], 'busy'>, readonly list?: ListId) {
    super(reason);
  }
}

const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => !isHidden(e));
const named = (el: Element) => [textOf(el), el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''].map(norm);

function findTab(list: ListId): HTMLElement | undefined {
  const wanted = LIST_TABS[list].map(norm);
  const tabs = visible('[role=tab]');
  const pool = tabs.length ? tabs : visible('button,a');
  return pool.find((t) => named(t).some((n) => wanted.includes(n)));
}

/** The pager's count: the text « Rangées … », possibly split over a few nested elements. */
function pagerText(): { el: HTMLElement; range: Range } | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/rang[ée]es|rows/i.test(n.nodeValue ?? '')) continue;
    let el = n.parentElement;
    for (let up = 0; el && up < 3; up++, el = el.parentElement) {
      const range = parseRange(textOf(el));
      if (range && !isHidden(el)) return { el, range };
    }
  }
  return undefined;
}

function button(words: string[]): HTMLButtonElement | undefined {
  return visible('button,a,[role=button]').find((b) => named(b).some((n) => words.includes(n))) as HTMLButtonElement | undefined;
}

/** What a filter shows when it keeps everyone (« - Aucun - », "- None -", « Tous »…), as words. */
const EVERYONE = ['', 'aucun', 'none', 'tous', 'all'];

/**
 * True when a filter « Contacts de l'organisation » (SPEC.md step 3) narrows the
 * list to one contact: reading it would miss everyone else's rows. Found by its
 * label like a form field; its value as shown: a select's chosen option, an
 * input's text, a custom drop-down's text.
 */
export function filtered(): boolean {
  return visible('select,[role=combobox],input[type=text],input[type=search]').some((c) => {
    const chosen = (c as HTMLSelectElement).selectedOptions;
    const value = chosen ? textOf(chosen[0]) : ((c as HTMLInputElement).value ?? textOf(c));
    return labelsOf(c).some((l) => LIST_TABS.contacts.some((w) => labelScore(l, w))) && !EVERYONE.includes(words(value).join(' '));
  });
}

const busy = () => !!document.querySelector('[aria-busy=true]');
const errorShown = () => visible('[role=alert]').some((a) => textOf(a) !== '');

function table(near: HTMLElement): { columns: string[]; rows: string[][] } {
  const scope = near.closest('[role=tabpanel]') ?? document;
  const t = [...scope.querySelectorAll('table')].find((x) => !isHidden(x));
  if (!t) return { columns: [], rows: [] };
  const columns = [...t.querySelectorAll('thead th')].map(textOf);
  const rows = [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td,th')].map(textOf));
  return { columns, rows };
}

/**
 * Presses `el` and waits for `done`; a load error, or no change in time, is
 * retried. The error shown by a previous failure does not count again until
 * the page has been busy since this press (or a second has passed).
 */
async function act(el: () => HTMLElement | undefined, done: () => boolean, onRetry: (attempt: number) => void, isCancelled: () => boolean) {
  for (let attempt = 1; attempt <= READ_TIMING.attempts; attempt++) {
    const target = el();
    if (!target) return false;
    if (attempt > 1) onRetry(attempt);
    const started = Date.now();
    let sawBusy = false;
    press(target);
    const result = await waitFor(() => {
      if (isCancelled()) return 'cancelled';
      if (busy()) return (sawBusy = true), undefined;
      if (done()) return 'done';
      if (errorShown() && (sawBusy || Date.now() - started > 1000)) return 'error';
      return undefined;
    }, READ_TIMING.loadMs);
    if (result === 'cancelled') throw new ReadFailed('cancelled');
    if (result === 'done') return true;
  }
  return false;
}

export async function readList(list: ListId, emit: (e: PortEvent) => void, isCancelled: () => boolean): Promise<Snapshot> {
  const fail = (reason: ReadFailed['reason']) => new ReadFailed(reason, list);
  const tab = findTab(list);
  if (!tab) throw fail('wrong-page');
  // The page re-renders its tabs: look them up again rather than keep a stale element.
  const onPage = () => findTab(list)?.getAttribute('aria-selected') === 'true' && !busy();
  let page = 1;
  const retry = (attempt: number) => emit({ type: 'lists.retry', list, page, attempt });
  if (tab.getAttribute('aria-selected') !== 'true' || pagerText()?.range.from !== 1) {
    const onFirst = () => onPage() && (pagerText()?.range.from ?? 0) <= 1;
    if (tab.getAttribute('aria-selected') !== 'true') {
      if (!(await act(() => findTab(list), onFirst, retry, isCancelled))) throw fail('page-failed');
    } else if (!(await act(() => button(FIRST), onFirst, retry, isCancelled))) throw fail('page-failed');
  }
  const rows: string[][] = [];
  let columns: string[] = [];
  let pageSize = 0;
  for (;;) {
    if (isCancelled()) throw fail('cancelled');
    // A filtered list is whole by its own count, yet partial: refuse it, and leave the filter as the person set it.
    if (filtered()) throw fail('filtered');
    const pager = pagerText();
    if (!pager) throw fail('no-pager');
    const { range } = pager;
    const got = table(pager.el);
    if (range.total > 0 && got.rows.length !== range.to - range.from + 1) throw fail('count-mismatch');
    columns = got.columns;
    rows.push(...got.rows);
    pageSize ||= Math.max(1, range.to - range.from + 1);
    const pages = Math.max(1, Math.ceil(range.total / pageSize));
    emit({ type: 'lists.progress', list, page, pages, rows: rows.length, total: range.total });
    if (range.to >= range.total) {
      if (rows.length !== range.total) throw fail('count-mismatch');
      return { list, columns, rows, total: range.total, readAt: new Date().toISOString() };
    }
    const expected = range.to + 1;
    page++;
    if (!(await act(() => button(NEXT), () => !busy() && pagerText()?.range.from === expected, retry, isCancelled))) throw fail('page-failed');
  }
}

/** Reads every requested list; all or nothing. */
export async function readLists(lists: ListId[], emit: (e: PortEvent) => void, isCancelled: () => boolean): Promise<void> {
  const snapshots: Snapshot[] = [];
  try {
    for (const list of lists) snapshots.push(await readList(list, emit, isCancelled));
  } catch (e) {
    if (!(e instanceof ReadFailed)) throw e;
    emit(e.list ? { type: 'lists.failed', list: e.list, reason: e.reason } : { type: 'lists.failed', reason: e.reason });
    return;
  }
  emit({ type: 'lists.done', snapshots });
}
