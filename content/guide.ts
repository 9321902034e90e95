/**
 * Shows the way: outlines the next control of the step in progress on the
 * page's own element (an inline outline, restored afterwards; nothing injected
 * that the page could restyle), scrolls it into view, follows the person
 * through page changes, says when it cannot be found, and notices the step's
 * outcome. It clicks nothing.
 */
import { isHidden, textOf } from './dom';
import type { PortEvent, Words } from './protocol';
import { norm } from './text';

const CLICKABLE = 'a,button,[role=tab],[role=menuitem],[role=button],[role=link],[role=option],summary';

/** The visible control that reads as the target (its text, its label, or its first line). */
export function findTarget(target: Words, root: ParentNode = document): HTMLElement | undefined {
  const wanted = target.text.map(norm);
  const hits = [...root.querySelectorAll<HTMLElement>(CLICKABLE)].filter((el) => {
    const first = el.firstElementChild;
    const names = [textOf(el), el.getAttribute('aria-label'), first && textOf(first)].map(norm);
    return names.some((n) => wanted.includes(n)) && !isHidden(el);
  });
  // Tabs and menu items first: « Autorisations » is both a tab and a catalogue.
  return hits.find((h) => h.getAttribute('role') === 'tab' || h.getAttribute('role') === 'menuitem') ?? hits[0];
}

const OUTLINE = ['outline', 'outline-offset'] as const;

export function startGuide(targets: Words[], outcome: Words | undefined, emit: (e: PortEvent) => void, timeoutMs = 4000): () => void {
  let current: HTMLElement | undefined;
  let saved: string[] = [];
  let reported: string | undefined;
  let outcomeSeen = false;
  const started = Date.now();
  const clear = () => {
    if (current) OUTLINE.forEach((p, i) => current!.style.setProperty(p, saved[i] ?? ''));
    current = undefined;
  };
  const tick = () => {
    if (outcome && !outcomeSeen) {
      const page = norm(document.body.textContent);
      if (outcome.text.some((t) => page.includes(norm(t)))) {
        outcomeSeen = true;
        emit({ type: 'guide.outcome', outcome: outcome.id });
      }
    }
    // The furthest control along the path that is on screen is the next one to use.
    let next: { id: string; el: HTMLElement } | undefined;
    for (const t of targets) {
      const el = findTarget(t);
      if (el) next = { id: t.id, el };
    }
    if (next && next.el === current) return;
    clear();
    if (next) {
      current = next.el;
      saved = OUTLINE.map((p) => current!.style.getPropertyValue(p));
      current.style.setProperty('outline', '3px solid #d9480f', 'important');
      current.style.setProperty('outline-offset', '2px', 'important');
      current.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (reported !== next.id) emit({ type: 'guide.found', target: next.id });
      reported = next.id;
    } else if (reported !== 'missing' && Date.now() - started >= timeoutMs) {
      reported = 'missing';
      emit({ type: 'guide.missing', target: targets[0]?.id ?? '' });
    }
  };
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => ((scheduled = false), tick()), 100);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'aria-expanded', 'aria-selected', 'class', 'style'] });
  // Page changes without mutations (history navigation) and the "not found" deadline.
  const timer = setInterval(tick, 500);
  tick();
  return () => {
    observer.disconnect();
    clearInterval(timer);
    clear();
  };
}
