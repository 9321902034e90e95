/**
 * Chromium with the built extension, pointed at the replica as if it were the
 * real portal. The extension is loaded through the DevTools pipe
 * (`Extensions.loadUnpacked`): Chrome 137+ ignores `--load-extension`, and
 * puppeteer's `enableExtensions: [path]` does not wait for the load.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type CDPSession, type Target } from 'puppeteer-core';
import type { ErrorCollector, ErrorSource } from './collector';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

/** `$PASSERELLE_CHROMIUM`, else Debian's Chromium, else a Chrome found on the machine. */
export function findChromium(): string | undefined {
  const chosen = process.env.PASSERELLE_CHROMIUM;
  if (chosen) return chosen;
  return CANDIDATES.find((path) => existsSync(path));
}

export interface ChromiumLaunch {
  extensionPath: string;
  /** hostname → local port of the replica server. */
  hosts: Record<string, number>;
  languages: readonly string[];
  headless: boolean;
  userDataDir: string;
  collector: ErrorCollector;
  portalOrigins: readonly string[];
}

export interface LaunchedChromium {
  browser: Browser;
  extensionId: string;
  extensionOrigin: string;
  tap: ChromiumErrorTap;
}

/**
 * The flags every Chromium of the tests and benchmarks runs with: quiet (no
 * background traffic), root-safe, the given languages, and only the hosts the
 * resolver rules map.
 */
export function chromiumArgs(hostResolverRules: string, languages: readonly string[]): string[] {
  return [
    '--no-sandbox', // root in CI
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${languages[0] ?? 'fr-CA'}`,
    `--accept-lang=${languages.join(',')}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
  ];
}

export async function launchChromium(options: ChromiumLaunch): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set PASSERELLE_CHROMIUM.');
  }
  // Only the mapped hosts resolve; anything else fails at once, so a test can
  // never reach the network (the rules apply in order: first match wins).
  const rules = [
    ...Object.entries(options.hosts).map(([host, port]) => `MAP ${host}:443 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
  ].join(', ');
  const browser = await puppeteer.launch({
    executablePath,
    headless: options.headless,
    pipe: true,
    enableExtensions: true,
    userDataDir: options.userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, LANGUAGE: options.languages[0]?.replace('-', '_') ?? 'fr_CA' },
    args: chromiumArgs(rules, options.languages),
  });
  try {
    const tap = new ChromiumErrorTap(options.collector, options.portalOrigins);
    // Watch before installing, so the service worker's first run is seen.
    browser.on('targetcreated', (t: Target) => void tap.watch(t));
    for (const t of browser.targets()) void tap.watch(t);
    const extensionId = await browser.installExtension(options.extensionPath);
    const extensionOrigin = `chrome-extension://${extensionId}/`;
    tap.extensionOrigin = extensionOrigin;
    return { browser, extensionId, extensionOrigin, tap };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

interface ContextInfo {
  origin: string;
  isolated: boolean;
}

/**
 * Listens to each page and worker target over its own DevTools session:
 * `Runtime.exceptionThrown` (uncaught errors and rejections, in every world,
 * content scripts included; replayed for what happened before attaching),
 * `Runtime.consoleAPICalled` (console.error) and `Log.entryAdded` (CSP
 * violations, failed loads).
 */
export class ChromiumErrorTap {
  extensionOrigin = '';
  readonly #sessions = new Map<Target, CDPSession>();

  constructor(
    private readonly collector: ErrorCollector,
    private readonly portalOrigins: readonly string[],
  ) {}

  async watch(target: Target): Promise<void> {
    const type = target.type();
    if (type !== 'page' && type !== 'service_worker' && type !== 'background_page' && type !== 'other') return;
    if (/^(chrome|devtools|chrome-untrusted):/.test(target.url())) return;
    if (this.#sessions.has(target)) return;
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
    } catch {
      return; // closed before we could attach
    }
    this.#sessions.set(target, session);
    const contexts = new Map<number, ContextInfo>();
    const isWorker = type === 'service_worker';
    // Classified by the context's origin, else the target's URL (a script URL
    // may be a chunk, or puppeteer's own for evaluated code).
    const sourceOf = (contextId: number | undefined): ErrorSource => {
      const ctx = contextId === undefined ? undefined : contexts.get(contextId);
      const ours = this.extensionOrigin.replace(/\/$/, '');
      if (ctx?.isolated && ours && ctx.origin === ours) return 'content-script';
      if (isWorker) return 'background';
      const where = ctx?.origin && ctx.origin !== '://' ? ctx.origin : target.url();
      if (ours && where.startsWith(ours)) return 'extension-page';
      if (this.portalOrigins.some((o) => where.startsWith(o))) return 'portal';
      return 'page';
    };
    session.on('Runtime.executionContextCreated', ({ context }) => {
      contexts.set(context.id, {
        origin: context.origin,
        isolated: (context.auxData as { type?: string } | undefined)?.type === 'isolated',
      });
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = d.exception?.description ?? d.text;
      this.collector.record({
        source: sourceOf(d.executionContextId),
        kind: 'exception',
        url: d.url ?? target.url(),
        text: text.startsWith(d.text) ? text : `${d.text} ${text}`,
      });
    });
    session.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const text = event.args.map((a) => String(a.value ?? a.description ?? a.type)).join(' ');
      const url = event.stackTrace?.callFrames[0]?.url ?? '';
      this.collector.record({ source: sourceOf(event.executionContextId), kind: 'console', url, text });
    });
    session.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error') return;
      this.collector.record({
        source: sourceOf(undefined),
        kind: entry.source === 'security' ? 'csp' : 'log',
        url: entry.url ?? target.url(),
        text: entry.text,
      });
    });
    await Promise.all([session.send('Runtime.enable'), session.send('Log.enable')]).catch(() => undefined);
  }

  /** Waits until every session has delivered the events sent before this call. */
  async flush(): Promise<void> {
    // A worker stopped by a test (fault drills) keeps its session but never
    // answers: give each target a moment, not forever.
    const settled = (p: Promise<unknown>) =>
      Promise.race([p.catch(() => undefined), new Promise((ok) => setTimeout(ok, 2000).unref())]);
    await Promise.all([...this.#sessions.values()].map((s) => settled(s.send('Runtime.evaluate', { expression: '0' }))));
  }
}
