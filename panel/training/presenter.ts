/**
 * Presenter mode's keyboard: a presenter remote sends → / PageDown (next) and
 * ← / PageUp (back); Space works too. "Next" is the conversation's first
 * suggested reply, "back" its Back button: the very controls a person would
 * press, so a demo goes exactly where a real session goes. Keys typed into a
 * field, or pressed on another button, are left alone.
 */
import { presenter } from './mode';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable=true]');
}

export function presenterKey(e: KeyboardEvent, doc: Document = document): boolean {
  if (!presenter.value || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return false;
  const onButton = !!(e.target as HTMLElement | null)?.closest?.('button, a');
  // Space on a focused button already presses that button.
  if (e.key === ' ' && onButton) return false;
  const target = NEXT.has(e.key)
    ? doc.querySelector<HTMLButtonElement>('[data-testid=quick-replies] button:not([disabled])')
    : BACK.has(e.key)
      ? doc.querySelector<HTMLButtonElement>('[data-testid=toolbar-back]:not([disabled])')
      : null;
  if (!target) return false;
  e.preventDefault();
  target.click();
  return true;
}

export function listenForPresenterKeys(doc: Document = document): () => void {
  const onKey = (e: KeyboardEvent) => void presenterKey(e, doc);
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
