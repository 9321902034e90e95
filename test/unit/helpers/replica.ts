/**
 * Driving the portal replica in happy-dom as a person does: shared by the
 * replica's own tests and the list reader's.
 */
import { startPortal } from '../../../portal/app';

/** A fresh page at `https://sel.ccq.org/?id=<query>` (more parameters after `&`). */
export function openReplica(query: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://sel.ccq.org/?id=${query}`);
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  startPortal(root);
}

export const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

export const pointer = (el: Element, type: string) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, button: 0 }));

/** Polls `ok` for up to two seconds; its last answer. */
export const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  return ok();
};

/** Chooses `text` in the drop-down `#id`: a press on the drop-down, then a press and a click on the option. */
export function choose(id: string, text: string): void {
  pointer(document.getElementById(id)!, 'pointerdown');
  const option = [...document.querySelectorAll<HTMLElement>(`#${id}-listbox [role=option]`)].find((o) => o.textContent === text);
  if (!option) throw new Error(`no option « ${text} » in #${id}`);
  pointer(option, 'pointerdown');
  option.click();
}

/** The list on screen once loaded: its pager's « Rangées … » and its rows' cells. */
export async function shownList(): Promise<{ range: string; rows: string[][] }> {
  if (!(await until(() => !document.querySelector('[aria-busy=true]')))) throw new Error('the list is still loading');
  return {
    range: $('.pager .range').textContent ?? '',
    rows: [...document.querySelectorAll('table.list tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  };
}
