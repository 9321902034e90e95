/**
 * Driving widgets the way a person does: pointer sequences, focus, key events
 * per character, blur to commit. Every press goes through `press()`, which
 * refuses the buttons only the person may press.
 */
import { isHidden, textOf, waitFor } from './dom';
import { personOnly } from './policy';
import { norm } from './text';

export class Refused extends Error {}

const pointer = (type: string, el: Element) => {
  const r = el.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: type.endsWith('down') ? 1 : 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, { ...init, pointerType: 'mouse', isPrimary: true }) : new MouseEvent(type, init));
};

export function press(el: HTMLElement): void {
  if (personOnly(el)) throw new Refused();
  for (const t of ['pointerover', 'pointerdown', 'mousedown']) pointer(t, el);
  if (el.tabIndex >= 0 && document.activeElement !== el && !el.closest('[role=listbox]')) el.focus();
  for (const t of ['pointerup', 'mouseup']) pointer(t, el);
  el.click();
}

const valueSetter = (el: HTMLInputElement | HTMLTextAreaElement) =>
  Object.getOwnPropertyDescriptor(el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype, 'value')!.set!;

const key = (el: Element, type: string, k: string) =>
  el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true }));

/** Types `text` into `el` character by character, replacing what was there. */
export function type(el: HTMLInputElement, text: string): void {
  const set = valueSetter(el);
  if (document.activeElement !== el) el.focus();
  if (el.value) {
    set.call(el, '');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  }
  for (const ch of text) {
    key(el, 'keydown', ch);
    key(el, 'keypress', ch);
    set.call(el, el.value + ch);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
    key(el, 'keyup', ch);
  }
}

/** Leaves the field the way a person tabs out: change, then blur (which commits). */
export function leave(el: HTMLElement): void {
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
  // Some widgets listen to focusout only; blur() fires both when focused. If not focused, fire them.
  if (document.activeElement === el) el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** The pop-up list a combobox controls, wherever the page attached it. */
export function listboxOf(el: Element): HTMLElement | null {
  for (const id of [el.getAttribute('aria-controls'), el.getAttribute('aria-owns')]) {
    const found = id && document.getElementById(id);
    if (found) return found;
  }
  return null;
}

export const optionText = (o: Element) => norm(textOf(o));

/** Entries like « NAME INC. (1002345) » also match « NAME INC. » when no number was given. */
const withoutNumber = (s: string) => s.replace(/\s*\(\d+\)$/, '');

export type Pick = { kind: 'one'; option: HTMLElement } | { kind: 'ambiguous' } | { kind: 'none' };

export function pickOption(list: HTMLElement, wanted: string): Pick {
  const options = [...list.querySelectorAll<HTMLElement>('[role=option]')].filter((o) => !isHidden(o) && o.getAttribute('aria-disabled') !== 'true');
  const w = norm(wanted);
  let found = options.filter((o) => optionText(o) === w);
  if (!found.length && !/\(\d+\)$/.test(w)) found = options.filter((o) => norm(withoutNumber(textOf(o))) === w);
  if (found.length > 1) return { kind: 'ambiguous' };
  return found[0] ? { kind: 'one', option: found[0] } : { kind: 'none' };
}

/** Waits until the list is shown, not loading, and has stopped changing. */
export async function settledOptions(el: Element, timeoutMs: number, check: () => void): Promise<HTMLElement | undefined> {
  let last = '';
  let stable = 0;
  return waitFor(() => {
    check(); // throws when the fill must stop (the page changed)
    const list = listboxOf(el);
    if (!list || isHidden(list) || list.querySelector('[aria-busy=true]')) return (stable = 0), undefined;
    const now = textOf(list);
    stable = now === last ? stable + 1 : 0;
    last = now;
    return stable >= 2 ? list : undefined;
  }, timeoutMs);
}

/** What a combobox shows as its value (an input's value, or its own text). */
export function shownValue(el: HTMLElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : textOf(el);
}

export function isChecked(el: Element): boolean {
  return (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true';
}
