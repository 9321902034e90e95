/** What a person can see and use on the page. */

export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e as HTMLElement).hidden || e.getAttribute('aria-hidden') === 'true') return true;
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden') return true;
  }
  return false;
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLInputElement).disabled === true || el.getAttribute('aria-disabled') === 'true' || !!el.closest('fieldset[disabled]');
}

export function isReadOnly(el: Element): boolean {
  return (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true';
}

export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Polls `probe` until it returns something truthy or time runs out. */
export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs: number, every = 25): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() >= end) return undefined;
    await sleep(every);
  }
}
