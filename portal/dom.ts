import { shown } from './english';

/** Attributes that people read (or hear) and so follow the copy's language. */
const WORDED = new Set(['aria-label', 'title', 'placeholder']);

/**
 * A tiny element builder: text is always set as text, never parsed as HTML.
 * The portal's French words come out in the copy's language (english.ts);
 * values (`value` attributes, data) never change.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, WORDED.has(k) ? shown(v) : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? shown(c) : c);
  return el;
}
