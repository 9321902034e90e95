/**
 * Runs a fill plan on the page, step by step, and reports each field. The
 * plan is data from the panel; the policy lives here (see README.md):
 * never a forbidden field or button, never over the person's own value,
 * never on a page other than the one the request was made on.
 */
import { isDisabled, isReadOnly, sleep, textOf, waitFor } from './dom';
import { Refused, isChecked, leave, pickOption, press, settledOptions, shownValue, type } from './drive';
import { locate } from './labels';
import { forbiddenField } from './policy';
import type { FieldReport, FillStep, PrefillReport, PrefillRun } from './protocol';
import { norm } from './text';

export const TIMING = { appearMs: 3000, optionsMs: 5000, commitMs: 2000 };

class Aborted extends Error {}

const EMPTY = new Set(['', '- aucun -', 'aucun', '- none -', 'none']);
const same = (a: string, b: string) => norm(a) === norm(b);

/** The form heading the request names, if it is on the page. */
export function findForm(titles: string[]): HTMLElement | undefined {
  const wanted = titles.map(norm);
  const heading = [...document.querySelectorAll('h1,h2,[role=heading]')].find((h) => wanted.includes(norm(textOf(h))));
  return (heading?.closest('main,[role=main],form') as HTMLElement | null) ?? undefined;
}

type Outcome = Omit<FieldReport, 'key'>;

export async function runFill(req: PrefillRun): Promise<PrefillReport> {
  const report = (outcome: PrefillReport['outcome'], fields: FieldReport[], reason?: PrefillReport['reason']): PrefillReport =>
    reason ? { type: 'prefill.report', outcome, reason, fields } : { type: 'prefill.report', outcome, fields };
  if (location.href !== req.url) return report('refused', [], 'page-changed');
  const root = findForm(req.formTitle);
  if (!root) return report('refused', [], 'wrong-form');
  // The person navigating away (or the form being replaced) stops the fill at once.
  const guard = () => {
    if (location.href !== req.url || !root.isConnected) throw new Aborted();
  };
  const fields: FieldReport[] = [];
  for (const step of req.steps) {
    try {
      guard();
      fields.push({ key: step.key, ...(await runStep(root, step, guard)) });
    } catch (e) {
      if (!(e instanceof Aborted)) throw e;
      for (const s of req.steps.slice(fields.length)) fields.push({ key: s.key, status: 'aborted' });
      return report('aborted', fields, 'page-changed');
    }
  }
  return report('done', fields);
}

async function runStep(root: HTMLElement, step: FillStep, guard: () => void): Promise<Outcome> {
  let found = locate(root, step.label, step.group);
  if (found.kind !== 'one' && step.conditional) {
    found = (await waitFor(() => (guard(), (found = locate(root, step.label, step.group)).kind === 'one' && found), TIMING.appearMs)) || found;
  }
  if (found.kind === 'ambiguous') return { status: 'ambiguous' };
  if (found.kind === 'none') return { status: 'notFound' };
  if (found.kind === 'hidden') return { status: 'skipped', reason: 'hidden' };
  const { el, label } = found;
  if (forbiddenField(el, label)) return { status: 'skipped', reason: 'forbidden' };
  if (isDisabled(el)) return { status: 'skipped', reason: 'disabled' };
  if (isReadOnly(el)) return { status: 'skipped', reason: 'readonly' };
  if (!fits(el, step.kind)) return { status: 'notFound' };
  try {
    switch (step.kind) {
      case 'text':
      case 'date':
        return await fillText(el as HTMLInputElement, String(step.value), step, guard);
      case 'select':
        return await fillSelect(el, String(step.value), step, guard);
      case 'picker':
        return await fillPicker(el as HTMLInputElement, String(step.value), step, guard);
      case 'chips':
        return await fillChips(el as HTMLInputElement, step.value as string[], guard);
      case 'checkbox':
      case 'radio':
        return await fillCheck(el, step.value === true, guard);
    }
  } catch (e) {
    if (e instanceof Refused) return { status: 'skipped', reason: 'forbidden' };
    if (e instanceof Aborted) throw e;
    return { status: 'failed' }; // a widget that broke under us fails this field, not the whole fill
  }
}

const isText = (el: Element) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !/^(checkbox|radio|file|range|color)$/.test(el.type));
const role = (el: Element) => el.getAttribute('role');

/** The control found by the label is of the kind the step expects (else it is not the field). */
function fits(el: HTMLElement, kind: FillStep['kind']): boolean {
  switch (kind) {
    case 'text':
    case 'date':
    case 'picker':
    case 'chips':
      return isText(el);
    case 'select':
      return el instanceof HTMLSelectElement || role(el) === 'combobox';
    case 'checkbox':
      return (el as HTMLInputElement).type === 'checkbox' || role(el) === 'checkbox' || role(el) === 'switch';
    case 'radio':
      return (el as HTMLInputElement).type === 'radio' || role(el) === 'radio';
  }
}

/** A value the person did not put there: empty, or one of the portal's defaults. */
const untouched = (current: string, step: FillStep) => EMPTY.has(norm(current)) || (step.defaults ?? []).some((d) => same(d, current));

async function fillText(el: HTMLInputElement, value: string, step: FillStep, guard: () => void): Promise<Outcome> {
  if (same(el.value, value)) return { status: 'already', value: el.value };
  if (!untouched(el.value, step)) return { status: 'skipped', reason: 'edited', value: el.value };
  type(el, value);
  guard();
  leave(el);
  await sleep(0);
  if (el.getAttribute('aria-invalid') === 'true') return { status: 'failed', reason: 'invalid', value: el.value };
  return same(el.value, value) ? { status: 'filled', value: el.value } : { status: 'failed', value: el.value };
}

async function fillSelect(el: HTMLElement, value: string, step: FillStep, guard: () => void): Promise<Outcome> {
  if (el instanceof HTMLSelectElement) return fillNativeSelect(el, value, step);
  const current = shownValue(el);
  if (same(current, value)) return { status: 'already', value: current };
  if (!untouched(current, step)) return { status: 'skipped', reason: 'edited', value: current };
  press(el);
  const list = await settledOptions(el, TIMING.optionsMs, guard);
  guard();
  return choose(el, list, value, () => shownValue(el), guard);
}

function fillNativeSelect(el: HTMLSelectElement, value: string, step: FillStep): Outcome {
  const current = el.selectedOptions[0]?.text ?? '';
  if (same(current, value)) return { status: 'already', value: current };
  if (!untouched(current, step)) return { status: 'skipped', reason: 'edited', value: current };
  const matches = [...el.options].filter((o) => same(o.text, value));
  if (matches.length !== 1) return matches.length ? { status: 'ambiguous' } : { status: 'notFound', reason: 'option' };
  el.focus();
  el.selectedIndex = matches[0]!.index;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  leave(el);
  return { status: 'filled', value: el.selectedOptions[0]?.text ?? '' };
}

/** Picks the exact option in an open list, then waits for the widget to show it. */
async function choose(el: HTMLElement, list: HTMLElement | undefined, value: string, read: () => string, guard: () => void): Promise<Outcome> {
  const close = () => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  if (!list) return close(), { status: 'notFound', reason: 'option' };
  const pick = pickOption(list, value);
  if (pick.kind !== 'one') return close(), pick.kind === 'ambiguous' ? { status: 'ambiguous' } : { status: 'notFound', reason: 'option' };
  const chosen = textOf(pick.option);
  press(pick.option);
  const shown = await waitFor(() => (guard(), same(read(), chosen) && read()), TIMING.commitMs);
  return shown ? { status: 'filled', value: shown } : { status: 'failed', value: read() };
}

async function fillPicker(el: HTMLInputElement, value: string, step: FillStep, guard: () => void): Promise<Outcome> {
  const current = el.value;
  const matches = (s: string) => same(s, value) || same(s.replace(/\s*\(\d+\)$/, ''), value);
  if (current && matches(current)) return { status: 'already', value: current };
  if (!untouched(current, step)) return { status: 'skipped', reason: 'edited', value: current };
  type(el, step.query ?? value);
  const list = await settledOptions(el, TIMING.optionsMs, guard);
  guard();
  const out = await choose(el, list, value, () => el.value, guard);
  if (out.status === 'notFound' || out.status === 'ambiguous') {
    leave(el); // give the field back as it was: the portal restores its committed entry on blur
  }
  return out;
}

/** The chips already chosen in the field that holds `input`. */
function chipsNear(input: HTMLElement): string[] {
  const box = input.closest('[data-field],.field,fieldset') ?? input.parentElement;
  return [...(box?.querySelectorAll('li') ?? [])]
    .filter((li) => !li.closest('[role=listbox]'))
    .map((li) => textOf(li).replace(/\s*[×x✕]$/, ''));
}

async function fillChips(el: HTMLInputElement, values: string[], guard: () => void): Promise<Outcome> {
  const has = (v: string) => chipsNear(el).some((c) => same(c, v));
  const missing = values.filter((v) => !has(v));
  if (!missing.length) return { status: 'already', value: chipsNear(el).join(', ') };
  for (const v of missing) {
    type(el, v);
    const list = await settledOptions(el, TIMING.optionsMs, guard);
    guard();
    const out = await choose(el, list, v, () => (has(v) ? v : ''), guard);
    if (out.status !== 'filled') {
      leave(el);
      return out;
    }
  }
  leave(el);
  return { status: 'filled', value: chipsNear(el).join(', ') };
}

async function fillCheck(el: HTMLElement, wanted: boolean, guard: () => void): Promise<Outcome> {
  if (isChecked(el) === wanted) return { status: 'already' };
  // Unchecking, or a radio group where the person already chose, is the person's call.
  if (!wanted) return { status: 'skipped', reason: 'edited' };
  const radio = (el as HTMLInputElement).type === 'radio' || el.getAttribute('role') === 'radio';
  const group = radio && el.closest('[role=radiogroup],fieldset');
  if (group && [...group.querySelectorAll('input[type=radio],[role=radio]')].some(isChecked)) return { status: 'skipped', reason: 'edited' };
  press(el);
  guard();
  const ok = await waitFor(() => (guard(), isChecked(el)), TIMING.commitMs);
  return ok ? { status: 'filled' } : { status: 'failed' };
}

