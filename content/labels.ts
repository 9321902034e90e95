/**
 * Finding a control by its visible label: label[for], a wrapping <label>,
 * aria-label and aria-labelledby, tolerant to case, accents, required markers
 * and extra words. More than one equally good candidate is ambiguous: refuse
 * rather than guess.
 */
import { isHidden, textOf } from './dom';
import { labelScore } from './text';

const CONTROLS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]),select,textarea,' +
  '[role=combobox],[role=checkbox],[role=radio],[role=textbox],[role=switch],[contenteditable=true]';
const GROUPS = 'fieldset,[role=group],[role=radiogroup]';

/** aria-labelledby names several elements whose texts make one label, in order. */
const byIds = (ids: string | null) =>
  (ids ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(document.getElementById(id))).join(' ');

/** Every text that labels `el`, as the accessibility tree would compute it (roughly). */
export function labelsOf(el: Element): string[] {
  const out = [byIds(el.getAttribute('aria-labelledby'))];
  const aria = el.getAttribute('aria-label');
  if (aria) out.push(aria);
  if (el.id) for (const l of el.ownerDocument.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) out.push(textOf(l));
  const wrap = el.closest('label');
  if (wrap) out.push(textOf(wrap));
  return out.filter(Boolean);
}

function groupLabels(g: Element): string[] {
  const legend = g.querySelector(':scope > legend');
  return [...labelsOf(g), ...(legend ? [textOf(legend)] : [])];
}

const best = (texts: string[], wanted: string[]) => Math.max(0, ...texts.flatMap((t) => wanted.map((w) => labelScore(t, w))));

/** The candidates that score best; ties among distinct elements are returned together. */
function top<E extends Element>(els: E[], labels: (el: Element) => string[], wanted: string[]): E[] {
  let score = 0;
  let found: E[] = [];
  for (const el of els) {
    const s = best(labels(el), wanted);
    if (s > score) [score, found] = [s, [el]];
    else if (s === score && s > 0) found.push(el);
  }
  return found;
}

export type Located =
  | { kind: 'one'; el: HTMLElement; label: string }
  | { kind: 'ambiguous' }
  | { kind: 'hidden'; el: HTMLElement }
  | { kind: 'none' };

export function locate(root: ParentNode, label: string[], group?: string[]): Located {
  let scopes: ParentNode[] = [root];
  if (group?.length) {
    const groups = top([...root.querySelectorAll(GROUPS)].filter((g) => !isHidden(g)), groupLabels, group);
    if (groups.length > 1) return { kind: 'ambiguous' };
    if (!groups.length) return { kind: 'none' };
    scopes = groups;
  }
  // Controls inside pop-up lists are options, not fields.
  const all = scopes.flatMap((s) => [...s.querySelectorAll<HTMLElement>(CONTROLS)]).filter((el) => !el.closest('[role=listbox]'));
  // The best label wins even when hidden: a hidden exact match is not replaced by a visible partial one.
  const best = top(all, labelsOf, label);
  const visible = best.filter((el) => !isHidden(el));
  if (visible.length > 1) return { kind: 'ambiguous' };
  if (visible.length === 1) return { kind: 'one', el: visible[0]!, label: labelsOf(visible[0]!).join(' ') };
  return best.length ? { kind: 'hidden', el: best[0] as HTMLElement } : { kind: 'none' };
}
