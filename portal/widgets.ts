/**
 * The replica's form widgets, built to behave like the service portal's and not
 * like plain HTML inputs:
 * - text commits on blur, never while typing;
 * - drop-downs are a focusable combobox over a hidden <select>; they open on a
 *   pointer press, list options in a popup attached to <body>, and take a choice
 *   only from a pointer sequence (pointerdown then click on the same option) or
 *   the keyboard; setting the hidden select's value does nothing;
 * - pickers search asynchronously as you type; only choosing an entry commits;
 * - multi-choice fields add chips;
 * - checkboxes and radios register only click events, not property writes;
 * - dates are YYYY-MM-DD text committed on blur, with an error otherwise.
 * Labels carry a required marker and point at the widget's focus element.
 */
import { shown as inCopyLanguage } from './english';
import { h } from './dom';

export const NONE = '- Aucun -';

export class FormModel {
  readonly values: Record<string, unknown> = {};
  private readonly listeners = new Set<() => void>();
  commit(name: string, value: unknown): void {
    this.values[name] = value;
    for (const l of this.listeners) l();
  }
  onCommit(listener: () => void): void {
    this.listeners.add(listener);
  }
}

let uid = 0;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface FieldOptions {
  required?: boolean;
  hint?: string;
  /** Shown only while this returns true; re-evaluated after every commit. */
  when?: (values: Record<string, unknown>) => boolean;
}

export interface Field {
  row: HTMLElement;
  name: string;
  required: boolean;
  /** True when the field holds no committed value. */
  empty(): boolean;
}

function labelFor(id: string, text: string, required?: boolean) {
  return h('label', { id: `${id}-label`, for: id }, text, required ? h('span', { class: 'required', title: 'Obligatoire' }, ' *') : null);
}

function row(form: FormModel, name: string, label: HTMLElement | null, control: Node, o: FieldOptions) {
  const hint = h('div', { class: 'hint', id: `${name}-hint` }, o.hint ?? '');
  if (!o.hint) hint.hidden = true;
  const error = h('div', { class: 'error', role: 'alert', id: `${name}-error` });
  error.hidden = true;
  const el = h('div', { class: 'field', 'data-field': name }, label, control, hint, error);
  if (o.when) {
    const when = o.when;
    const update = () => (el.hidden = !when(form.values));
    form.onCommit(update);
    update();
  }
  return el;
}

export function setHint(field: Field, text: string): void {
  const hint = field.row.querySelector<HTMLElement>('.hint')!;
  hint.textContent = text;
  hint.hidden = !text;
}

export function setError(field: Field, text: string): void {
  const error = field.row.querySelector<HTMLElement>('.error')!;
  error.textContent = text;
  error.hidden = !text;
}

export function textField(form: FormModel, name: string, label: string, o: FieldOptions & { initial?: string; readOnly?: boolean; type?: string; placeholder?: string; autocomplete?: string } = {}): Field {
  const id = `f-${name}`;
  const input = h('input', { id, name, type: o.type ?? 'text', autocomplete: o.autocomplete ?? 'off', 'aria-required': o.required ? 'true' : 'false' });
  if (o.placeholder) input.placeholder = o.placeholder;
  if (o.initial !== undefined) {
    input.value = o.initial;
    form.values[name] = o.initial;
  }
  input.readOnly = !!o.readOnly;
  input.addEventListener('blur', () => {
    if (!input.readOnly) form.commit(name, input.value.trim());
  });
  const field: Field = { row: row(form, name, labelFor(id, label, o.required), input, o), name, required: !!o.required, empty: () => !form.values[name] };
  return field;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function dateField(form: FormModel, name: string, label: string, o: FieldOptions & { initial?: string } = {}): Field {
  const id = `f-${name}`;
  const input = h('input', { id, name, type: 'text', placeholder: 'AAAA-MM-JJ', autocomplete: 'off', inputmode: 'numeric' });
  if (o.initial) {
    input.value = o.initial;
    form.values[name] = o.initial;
  }
  const field: Field = { row: row(form, name, labelFor(id, label, o.required), input, o), name, required: !!o.required, empty: () => !form.values[name] };
  input.addEventListener('blur', () => {
    const text = input.value.trim();
    if (text === '' || isDate(text)) {
      input.removeAttribute('aria-invalid');
      setError(field, '');
      form.commit(name, text);
    } else {
      input.setAttribute('aria-invalid', 'true');
      setError(field, inCopyLanguage('Date invalide. Utilisez le format AAAA-MM-JJ.'));
      form.commit(name, null);
    }
  });
  return field;
}

/** A popup list attached to <body>, like the portal's, positioned under its anchor. */
function popup(id: string, anchor: HTMLElement) {
  const list = h('ul', { role: 'listbox', id, class: 'popup' });
  const place = () => {
    const r = anchor.getBoundingClientRect();
    list.style.left = `${r.left + scrollX}px`;
    list.style.top = `${r.bottom + scrollY}px`;
    list.style.minWidth = `${r.width}px`;
  };
  return {
    list,
    open() {
      place();
      if (!list.isConnected) document.body.append(list);
      anchor.setAttribute('aria-expanded', 'true');
    },
    close() {
      list.remove();
      anchor.setAttribute('aria-expanded', 'false');
      anchor.removeAttribute('aria-activedescendant');
    },
    get isOpen() {
      return list.isConnected;
    },
  };
}

/**
 * Options answer a pointer sequence only: the press must land on the option and
 * the click follow on the same option. A bare `.click()` chooses nothing.
 */
const chooseOf = new WeakMap<Element, () => void>();

function optionItem(text: string, id: string, choose: () => void) {
  const li = h('li', { role: 'option', id, 'aria-selected': 'false' }, text);
  chooseOf.set(li, choose);
  let pressed = false;
  li.addEventListener('pointerdown', (e) => {
    pressed = true;
    e.preventDefault();
  });
  li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the widget
  li.addEventListener('click', () => {
    if (pressed) choose();
    pressed = false;
  });
  return li;
}

function keyboardNav(anchor: HTMLElement, list: HTMLElement, onOpen: () => void, isOpen: () => boolean) {
  anchor.addEventListener('keydown', (e) => {
    const items = [...list.querySelectorAll<HTMLElement>('[role=option]')];
    const active = anchor.getAttribute('aria-activedescendant');
    const at = items.findIndex((i) => i.id === active);
    const move = (to: number) => {
      const next = items[Math.max(0, Math.min(items.length - 1, to))];
      if (!next) return;
      for (const i of items) i.classList.toggle('active', i === next);
      anchor.setAttribute('aria-activedescendant', next.id);
    };
    if (e.key === 'ArrowDown') {
      if (!isOpen()) onOpen();
      move(at + 1);
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      move(at - 1);
      e.preventDefault();
    } else if (e.key === 'Enter' && isOpen() && at >= 0) {
      chooseOf.get(items[at]!)?.();
      e.preventDefault();
    }
  });
}

export interface ChoiceField extends Field {
  setOptions(options: string[]): void;
}

export function choiceField(form: FormModel, name: string, label: string, options: string[], o: FieldOptions & { initial?: string; disabled?: boolean } = {}): ChoiceField {
  const id = `f-${name}`;
  const select = h('select', { name, 'aria-hidden': 'true', tabindex: '-1', class: 'hidden-select' });
  select.hidden = true;
  const shown = h('span', { class: 'value' }, NONE);
  const trigger = h('div', { id, role: 'combobox', tabindex: '0', class: 'select', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-labelledby': `${id}-label`, 'aria-controls': `${id}-listbox` }, shown, h('span', { class: 'caret', 'aria-hidden': 'true' }, '▾'));
  if (o.disabled) trigger.setAttribute('aria-disabled', 'true');
  const pop = popup(`${id}-listbox`, trigger);
  let choices: string[] = [];
  const set = (value: string) => {
    shown.textContent = inCopyLanguage(value || NONE);
    select.value = value;
    form.commit(name, value);
  };
  const fill = () => {
    pop.list.replaceChildren(
      ...[NONE, ...choices].map((text, i) =>
        optionItem(text, `${id}-opt-${i}`, () => {
          set(text === NONE ? '' : text);
          pop.close();
          trigger.focus();
        }),
      ),
    );
  };
  const setOptions = (next: string[]) => {
    choices = next;
    select.replaceChildren(...['', ...next].map((v) => h('option', { value: v }, v || NONE)));
    fill();
    const current = (form.values[name] as string | undefined) ?? '';
    if (current && !next.includes(current)) set('');
  };
  setOptions(options);
  form.values[name] = '';
  if (o.initial) set(o.initial);
  trigger.addEventListener('pointerdown', (e) => {
    if (trigger.getAttribute('aria-disabled') === 'true' || e.button !== 0) return;
    e.preventDefault();
    trigger.focus();
    if (pop.isOpen) pop.close();
    else pop.open();
  });
  keyboardNav(trigger, pop.list, () => pop.open(), () => pop.isOpen);
  trigger.addEventListener('keydown', (e) => e.key === 'Escape' && pop.close());
  document.addEventListener('pointerdown', (e) => {
    if (!trigger.isConnected) return pop.close();
    if (pop.isOpen && !trigger.contains(e.target as Node) && !pop.list.contains(e.target as Node)) pop.close();
  });
  const field = {
    row: row(form, name, labelFor(id, label, o.required), h('div', { class: 'select-wrap' }, select, trigger), o),
    name,
    required: !!o.required,
    empty: () => !form.values[name],
    setOptions,
  };
  return field;
}

export type Search = (query: string) => string[];

/** The picker's answers arrive later, like a server's. */
const LATENCY_MS = 180;

export function pickerField(form: FormModel, name: string, label: string, search: Search, o: FieldOptions & { placeholder?: string } = {}): Field {
  const id = `f-${name}`;
  const input = h('input', { id, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-listbox`, placeholder: o.placeholder ?? 'Rechercher' });
  const pop = popup(`${id}-listbox`, input);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const choose = (entry: string) => {
    input.value = entry;
    form.commit(name, entry);
    pop.close();
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    const mine = ++generation;
    if (query.length < 2) return pop.close();
    pop.list.replaceChildren(h('li', { class: 'loading', 'aria-busy': 'true' }, 'Recherche en cours…'));
    pop.open();
    timer = setTimeout(() => {
      if (mine !== generation) return;
      const found = search(query);
      pop.list.replaceChildren(
        ...(found.length ? found.map((entry, i) => optionItem(entry, `${id}-opt-${i}`, () => choose(entry))) : [h('li', { class: 'empty' }, 'Aucun résultat')]),
      );
    }, LATENCY_MS);
  });
  keyboardNav(input, pop.list, () => undefined, () => pop.isOpen);
  // Typing alone commits nothing: leaving the field restores the committed entry.
  input.addEventListener('blur', () => {
    input.value = (form.values[name] as string | undefined) ?? '';
    pop.close();
  });
  form.values[name] = '';
  return { row: row(form, name, labelFor(id, label, o.required), input, o), name, required: !!o.required, empty: () => !form.values[name] };
}

export function searchIn(entries: () => string[], limit = 10): Search {
  return (query) => {
    const q = fold(query);
    return entries().filter((e) => fold(e).includes(q)).slice(0, limit);
  };
}

export interface ChipsField extends Field {
  setOptions(options: string[]): void;
}

export function chipsField(form: FormModel, name: string, label: string, options: string[], o: FieldOptions = {}): ChipsField {
  const id = `f-${name}`;
  let choices = options;
  const chosen = (): string[] => (form.values[name] as string[] | undefined) ?? [];
  const chips = h('ul', { class: 'chips', 'aria-label': 'Choix' });
  const input = h('input', { id, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-listbox`, placeholder: 'Ajouter…' });
  const pop = popup(`${id}-listbox`, input);
  const render = () => {
    chips.replaceChildren(
      ...chosen().map((c) =>
        h('li', { class: 'chip' }, c, h('button', { type: 'button', 'aria-label': `Retirer ${c}`, onclick: () => form.commit(name, chosen().filter((x) => x !== c)) }, '×')),
      ),
    );
  };
  const showOptions = () => {
    const q = fold(input.value.trim());
    const left = choices.filter((c) => !chosen().includes(c) && fold(c).includes(q));
    pop.list.replaceChildren(
      ...left.map((c, i) =>
        optionItem(c, `${id}-opt-${i}`, () => {
          form.commit(name, [...chosen(), c]);
          input.value = '';
          pop.close();
        }),
      ),
    );
    if (left.length) pop.open();
    else pop.close();
  };
  input.addEventListener('focus', showOptions);
  input.addEventListener('input', showOptions);
  input.addEventListener('blur', () => {
    input.value = '';
    pop.close();
  });
  keyboardNav(input, pop.list, showOptions, () => pop.isOpen);
  form.values[name] = [];
  form.onCommit(render);
  return {
    row: row(form, name, labelFor(id, label, o.required), h('div', { class: 'chips-wrap' }, chips, input), o),
    name,
    required: !!o.required,
    empty: () => chosen().length === 0,
    setOptions(next) {
      choices = next;
      const kept = chosen().filter((c) => next.includes(c));
      if (kept.length !== chosen().length) form.commit(name, kept);
    },
  };
}

export function checkboxField(form: FormModel, name: string, label: string, o: FieldOptions & { onClick?: () => void } = {}): Field {
  const id = `f-${name}`;
  const box = h('input', { id, name, type: 'checkbox' });
  // Only a click registers; writing `.checked` leaves the committed value alone.
  box.addEventListener('click', () => {
    o.onClick?.();
    form.commit(name, box.checked);
  });
  form.values[name] = false;
  const lab = h('label', { id: `${id}-label`, for: id }, label, o.required ? h('span', { class: 'required', title: 'Obligatoire' }, ' *') : null);
  return { row: row(form, name, null, h('div', { class: 'check' }, box, lab), o), name, required: !!o.required, empty: () => !form.values[name] };
}

export function radioField(form: FormModel, name: string, legend: string, choices: string[], o: FieldOptions = {}): Field {
  const legendId = `f-${name}-legend`;
  const group = h(
    'fieldset',
    { role: 'radiogroup', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, legend, o.required ? h('span', { class: 'required' }, ' *') : null),
    ...choices.map((c, i) => {
      const rid = `f-${name}-${i}`;
      const radio = h('input', { id: rid, type: 'radio', name, value: c });
      radio.addEventListener('click', () => form.commit(name, c));
      return h('div', { class: 'check' }, radio, h('label', { for: rid }, c));
    }),
  );
  form.values[name] = '';
  return { row: row(form, name, null, group, o), name, required: !!o.required, empty: () => !form.values[name] };
}

export function checkboxGroup(form: FormModel, legend: string, boxes: Field[], o: FieldOptions = {}): HTMLElement {
  const legendId = `g-${++uid}`;
  const set = h('fieldset', { role: 'group', 'aria-labelledby': legendId }, h('legend', { id: legendId }, legend), ...boxes.map((b) => b.row));
  if (o.when) {
    const when = o.when;
    form.onCommit(() => (set.hidden = !when(form.values)));
    set.hidden = !when(form.values);
  }
  return set;
}
