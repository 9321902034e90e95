/**
 * The replica's test hook, in the page's own world: what the portal *would
 * receive* (committed values, submissions) and counters for the clicks that
 * only the person may make. Tests read this, never the DOM, to judge a fill.
 */

export type Counted = 'attestation' | 'submit' | 'lier' | 'creerCompte' | 'validerCode';

export interface PortalHook {
  /** The id of the screen shown. */
  screen: string;
  /** Committed values of the form on screen (what a submission would carry). */
  committed(): Record<string, unknown>;
  /** Every recorded submission, in order. Nothing is ever sent. */
  submissions: Record<string, unknown>[];
  clicks: Record<Counted, number>;
  /** Time the replica spent rendering each list page after a tab or pager click. */
  renders: { list: string; page: number; ms: number }[];
  /** Makes the next list page load fail once (tests of the reader's retry). */
  failNextPage(count?: number): void;
}

let current: () => Record<string, unknown> = () => ({});
let failures = 0;

export const hook: PortalHook = {
  screen: 'login',
  committed: () => structuredClone(current()),
  submissions: [],
  clicks: { attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 },
  renders: [],
  failNextPage: (count = 1) => {
    failures = count;
  },
};

export function setCommittedSource(source: () => Record<string, unknown>): void {
  current = source;
}

/** True when the page load about to happen must fail (consumes one failure). */
export function takeFailure(): boolean {
  if (failures <= 0) return false;
  failures--;
  return true;
}

export function count(what: Counted): void {
  hook.clicks[what]++;
}

export function installHook(): void {
  (globalThis as unknown as { __portal: PortalHook }).__portal = hook;
}
