/**
 * Firefox ESR with the built extension, over WebDriver BiDi.
 *
 * What differs from Chromium, and why:
 * - No host-resolver rules: Firefox goes through a loopback proxy
 *   (`proxy.ts`) that tunnels the portal's name to the replica.
 * - `--remote-allow-system-access`: BiDi refuses to navigate a tab to a
 *   `moz-extension://` page without it, and it lets the harness click the
 *   toolbar button in the browser's own window (`chrome` scope).
 * - BiDi does not report events from extension pages (Mozilla bug 1755014):
 *   a navigation to one never "loads" for puppeteer, and their console and
 *   errors are not sent. So extension pages are loaded with `wait: none` and
 *   polled; errors are read from Firefox's stderr (with
 *   `devtools.console.stdout.*` it prints every JavaScript error with its URL:
 *   extension pages, background, content scripts); and a probe in each
 *   extension page catches CSP violations and console errors after it loads.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { drainPageProbe, installPageProbe, type ErrorCollector, type ErrorSource } from './collector';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | undefined {
  const chosen = process.env.PASSERELLE_FIREFOX;
  if (chosen) return chosen;
  return CANDIDATES.find((path) => existsSync(path));
}

export interface FirefoxLaunch {
  extensionPath: string;
  proxyPort: number;
  languages: readonly string[];
  headless: boolean;
  collector: ErrorCollector;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The gecko id from the manifest. */
  extensionId: string;
  /** `moz-extension://<uuid>/`, the uuid pinned for this run. */
  extensionOrigin: string;
  tap: FirefoxErrorTap;
  /** Runs a script in the browser window itself (toolbar, sidebar); returns its JSON value. */
  evaluateInChrome<T>(expression: string): Promise<T>;
}

export async function launchFirefox(options: FirefoxLaunch): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error('No Firefox found: install it (apt-get install -y firefox-esr) or set PASSERELLE_FIREFOX.');
  }
  const manifest = JSON.parse(readFileSync(join(options.extensionPath, 'manifest.json'), 'utf8'));
  const extensionId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}/`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      // Pins the extension's internal origin so its pages have a known URL.
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
      'intl.accept_languages': options.languages.join(','),
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });
  const tap = new FirefoxErrorTap(options.collector, extensionOrigin);
  // Firefox prints JavaScript errors on stderr, console calls on stdout.
  for (const stream of [browser.process()?.stderr, browser.process()?.stdout]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => tap.line(line));
  }
  try {
    await browser.installExtension(options.extensionPath);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const evaluateInChrome = async <T>(expression: string): Promise<T> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts[0]?.context;
    if (!context) throw new Error('No browser window found');
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`In the browser window: ${result.exceptionDetails?.text}`);
    return result.result?.value as T;
  };
  return { browser, extensionId, extensionOrigin, tap, evaluateInChrome };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

/** Downloads land in `dir` without a dialog, in every tab (BiDi `browser.setDownloadBehavior`). */
export async function allowFirefoxDownloads(browser: Browser, dir: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
}

/**
 * Loads an extension page in a tab. BiDi never reports its load, so the
 * navigation is fired without waiting and the page is polled until it is ours
 * and complete.
 */
export async function gotoExtensionPage(browser: Browser, page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(() => [location.href, document.readyState] as const)
      .catch(() => ['', 'loading'] as const);
    if (state[0] === url && state[1] === 'complete') break;
    if (Date.now() > deadline) throw new Error(`${url} did not load (at ${state[0]}, ${state[1]})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Firefox's stderr: `JavaScript error: <url>, line <n>: <message>`. */
const JS_ERROR = /^JavaScript error: (\S+?), line \d+: (.*)$/;

export class FirefoxErrorTap {
  readonly #probed = new Set<Page>();
  readonly #markers = new Map<string, () => void>();

  constructor(
    private readonly collector: ErrorCollector,
    private readonly extensionOrigin: string,
  ) {}

  line(line: string): void {
    if (line.includes(FLUSH_MARKER)) {
      for (const [marker, seen] of this.#markers) if (line.includes(marker)) seen();
      return;
    }
    const m = JS_ERROR.exec(line);
    // Errors of web pages come through BiDi (`watchPage`); here, only ours.
    if (!m || !m[1]!.startsWith(this.extensionOrigin)) return;
    const path = m[1]!.slice(this.extensionOrigin.length);
    const source: ErrorSource = path.startsWith('content-scripts/')
      ? 'content-script'
      : path.startsWith('background') || path.startsWith('_generated_background')
        ? 'background'
        : 'extension-page';
    this.collector.record({ source, kind: 'exception', url: m[1]!, text: m[2]! });
  }

  /** A web page (the portal): BiDi reports its errors and console. */
  watchPage(page: Page, portalOrigins: readonly string[]): void {
    const source = (): ErrorSource => (portalOrigins.some((o) => page.url().startsWith(o)) ? 'portal' : 'page');
    page.on('pageerror', (error) =>
      this.collector.record({ source: source(), kind: 'exception', url: page.url(), text: String(error) }),
    );
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      this.collector.record({ source: source(), kind: 'console', url: page.url(), text: message.text() });
    });
  }

  /** An extension page, once loaded: the in-page probe catches what stdout does not show. */
  async probe(page: Page): Promise<void> {
    await page.evaluate(installPageProbe);
    this.#probed.add(page);
    page.once('close', () => this.#probed.delete(page));
  }

  /**
   * Waits for Firefox's stderr to catch up (a marker error thrown in one of
   * our pages comes back through it), then reads the probes.
   */
  async flush(): Promise<void> {
    const marker = `${FLUSH_MARKER}${randomUUID()}`;
    const seen = new Promise<void>((ok) => this.#markers.set(marker, ok));
    let thrown = false;
    for (const page of this.#probed) {
      thrown = await page
        .evaluate((m) => (setTimeout(() => { throw new Error(m); }), true), marker)
        .catch(() => false);
      if (thrown) break;
    }
    if (thrown) await Promise.race([seen, new Promise((r) => setTimeout(r, 2_000))]);
    this.#markers.delete(marker);
    for (const page of this.#probed) {
      const found = await page.evaluate(drainPageProbe).catch(() => []);
      for (const f of found) {
        if (f.text.includes(FLUSH_MARKER)) continue;
        this.collector.record({ source: 'extension-page', kind: f.kind as 'console', url: page.url(), text: f.text });
      }
    }
  }
}

const FLUSH_MARKER = 'passerelle-flush-';
