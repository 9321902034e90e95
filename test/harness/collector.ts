/**
 * Collects what must fail an e2e test: uncaught errors and unhandled
 * rejections, console errors, and Content Security Policy violations, in every
 * context Passerelle runs in (extension pages, the background, content
 * scripts) and in the portal replica. The browser-specific taps live in
 * `chromium.ts` and `firefox.ts`; they all `record()` here.
 */

/** Where an error happened. */
export type ErrorSource =
  | 'extension-page' // side panel / sidebar, training page
  | 'background' // MV3 service worker or MV2 background page
  | 'content-script'
  | 'portal' // the replica's own page script
  | 'page'; // any other page the test opened

/** What it was. */
export type ErrorKind = 'exception' | 'console' | 'csp' | 'log';

export interface CollectedError {
  source: ErrorSource;
  kind: ErrorKind;
  /** The page or script it came from, when the browser says. */
  url: string;
  text: string;
}

const CSP = /content[- ]security[- ]policy|securitypolicyviolation/i;

export class ErrorCollector {
  readonly #errors: CollectedError[] = [];
  #tolerated: RegExp[] = [];

  record(error: Omit<CollectedError, 'kind'> & { kind?: ErrorKind }): void {
    const kind: ErrorKind = error.kind === 'csp' || CSP.test(error.text) ? 'csp' : (error.kind ?? 'exception');
    const full: CollectedError = { ...error, kind };
    // A CSP violation is never tolerable: it means code the extension ships is blocked.
    if (kind !== 'csp' && this.#tolerated.some((p) => p.test(full.text))) return;
    // Two taps may see one error (Firefox: stdout and the in-page probe).
    if (this.#errors.some((e) => e.source === full.source && e.text === full.text)) return;
    this.#errors.push(full);
  }

  /** Errors a test provokes on purpose, matched on their text, until the next `take()`. */
  tolerate(pattern: RegExp): void {
    this.#tolerated.push(pattern);
  }

  /** What was seen so far (a copy). */
  get errors(): readonly CollectedError[] {
    return [...this.#errors];
  }

  /** Returns what was collected and starts afresh (tolerations included). */
  take(): CollectedError[] {
    const taken = this.#errors.splice(0);
    this.#tolerated = [];
    return taken;
  }
}

export function formatErrors(errors: readonly CollectedError[]): string {
  return errors.map((e) => `- [${e.source} ${e.kind}] ${e.text}${e.url ? ` (${e.url})` : ''}`).join('\n');
}

export class ExtensionErrorsFound extends Error {
  constructor(readonly found: readonly CollectedError[]) {
    super(`${found.length} error(s) in the extension or the portal replica:\n${formatErrors(found)}`);
    this.name = 'ExtensionErrorsFound';
  }
}

/**
 * Runs inside a page (passed to `page.evaluate`): records errors, rejections,
 * CSP violations and `console.error` into `globalThis.__passerelleProbe`.
 * Used where the protocol cannot see a page's events (Firefox extension pages:
 * WebDriver BiDi ignores them, bug 1755014). Self-contained on purpose.
 */
export function installPageProbe(): void {
  const g = globalThis as unknown as { __passerelleProbe?: { kind: string; text: string }[] };
  if (g.__passerelleProbe) return;
  const seen: { kind: string; text: string }[] = (g.__passerelleProbe = []);
  addEventListener('error', (e) => seen.push({ kind: 'exception', text: String(e.error ?? e.message) }));
  addEventListener('unhandledrejection', (e) =>
    seen.push({ kind: 'exception', text: `Unhandled rejection: ${String(e.reason)}` }),
  );
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push({
      kind: 'csp',
      text: `securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
    }),
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    seen.push({ kind: 'console', text: args.map(String).join(' ') });
    original(...args);
  };
}

/** Runs inside a page: hands over and clears what the probe saw. */
export function drainPageProbe(): { kind: string; text: string }[] {
  const g = globalThis as unknown as { __passerelleProbe?: { kind: string; text: string }[] };
  return g.__passerelleProbe?.splice(0) ?? [];
}
