import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presenter } from './mode';
import { presenterKey } from './presenter';

let pressed: string[];

beforeEach(() => {
  pressed = [];
  document.body.innerHTML = `
    <div class="toolbar"><button data-testid="toolbar-back">back</button></div>
    <div data-testid="quick-replies"><button data-event="step.next">next</button><button data-event="other">other</button></div>
    <input id="ask" />`;
  for (const b of document.querySelectorAll('button')) b.addEventListener('click', () => pressed.push(b.dataset.event ?? b.dataset.testid!));
  presenter.value = true;
});
afterEach(() => {
  presenter.value = false;
});

const key = (k: string, target: Element = document.body, extra: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra });
  Object.defineProperty(e, 'target', { value: target });
  return presenterKey(e);
};

describe('presenter keys', () => {
  it.each(['ArrowRight', 'PageDown', ' '])('%s presses the first suggested reply', (k) => {
    expect(key(k)).toBe(true);
    expect(pressed).toEqual(['step.next']);
  });

  it.each(['ArrowLeft', 'PageUp'])('%s goes back', (k) => {
    expect(key(k)).toBe(true);
    expect(pressed).toEqual(['toolbar-back']);
  });

  it('leaves typing, modified keys, Space on a button, and other keys alone', () => {
    expect(key('ArrowRight', document.getElementById('ask')!)).toBe(false);
    expect(key('ArrowRight', document.body, { ctrlKey: true })).toBe(false);
    expect(key(' ', document.querySelector('[data-event=other]')!)).toBe(false);
    expect(key('Enter')).toBe(false);
    expect(pressed).toEqual([]);
  });

  it('does nothing outside presenter mode, or when there is nothing to press', () => {
    presenter.value = false;
    expect(key('ArrowRight')).toBe(false);
    presenter.value = true;
    document.querySelector('[data-testid=quick-replies]')!.remove();
    expect(key('PageDown')).toBe(false);
    expect(pressed).toEqual([]);
  });
});
