/**
 * The e2e harness: one real browser with the built extension, the portal
 * replica served at `https://sel.ccq.org`, and an error collector that fails
 * tests on any error or CSP violation. See README.md beside this file.
 *
 *   const h = await startHarness({ browser: 'chromium' });
 *   const portal = await h.openPortal('?id=relations');
 *   const panel = await h.openPanel();
 *   await h.sendToPortal(portal, { type: 'portal.ping' }, { from: panel });
 *   await h.assertNoErrors();
 *   await h.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { summonAgentInPage } from './agent';
import { ErrorCollector, ExtensionErrorsFound, type CollectedError } from './collector';
import { launchChromium, type ChromiumErrorTap } from './chromium';
import { allowFirefoxDownloads, gotoExtensionPage, launchFirefox, type FirefoxErrorTap } from './firefox';
import { extensionDir, outDir, type BrowserName } from './paths';
import { startTunnelProxy, type TunnelProxy } from './proxy';
import { FOREIGN_HOST, PORTAL_HOST, startReplicaServer, type ReplicaServer } from './server';

export { FOREIGN_HOST, PORTAL_HOST } from './server';
export { summonAgentInPage } from './agent';
export type { BrowserName } from './paths';
export type { CollectedError, ErrorKind, ErrorSource } from './collector';

/**
 * The WebExtension API as seen inside an extension page, for code passed to
 * `page.evaluate`: `const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as ExtensionApi;`
 */
export type ExtensionApi = typeof import('wxt/browser').browser;

export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;
export const FOREIGN_ORIGIN = `https://${FOREIGN_HOST}`;
/** The side panel (Chrome) / sidebar (Firefox) page of the build. */
export const PANEL_PAGE = 'sidepanel.html';
/** Every page the side panel may open on: one per language (panel/first-paint-shell.ts). */
export const PANEL_PAGES = [PANEL_PAGE, 'panel-en.html'];

export interface HarnessOptions {
  browser: BrowserName;
  /** The browser's preferred languages (`navigator.languages`). Default: Québec French. */
  languages?: readonly string[];
  /** Build output folder holding `chrome-mv3/` and `firefox-mv2/`. Default: `$PASSERELLE_OUT` or `.output`. */
  outDir?: string;
  /** Default: headless, unless `PASSERELLE_HEADFUL=1` and a display is available. */
  headless?: boolean;
}

/** The real side panel (Chrome) or sidebar (Firefox), opened by the toolbar button. */
export interface OpenedSidePanel {
  /** The page it shows. */
  url: string;
  /** Waits for `selector` in the real side panel and returns its text. */
  waitForText(selector: string, timeoutMs?: number): Promise<string>;
  /**
   * Chromium: the side panel as a puppeteer Page. Firefox: undefined, as
   * WebDriver BiDi cannot drive pages in the sidebar (bug 1755014).
   */
  page?: Page;
}

export interface Harness {
  readonly browserName: BrowserName;
  readonly browser: Browser;
  /** Chrome: the extension id; Firefox: the gecko id. */
  readonly extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  readonly extensionOrigin: string;
  /** The replica server; `server.requests` lists what the browser asked for. */
  readonly server: ReplicaServer;
  /** Errors collected since the last `assertNoErrors()`. */
  readonly errors: readonly CollectedError[];
  /** `extensionUrl('sidepanel.html')` → the page's full URL. */
  extensionUrl(path: string): string;
  /** Opens the side panel page in a new tab (loaded), with errors watched. */
  openPanel(): Promise<Page>;
  /** Opens any extension page in a new tab, e.g. `training.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens `https://sel.ccq.org/<path>` (path, `?query` or full URL) in a new tab, loaded. */
  openPortal(path?: string): Promise<Page>;
  /** Opens another https URL the replica answers (e.g. on FOREIGN_ORIGIN), loaded. */
  openPage(url: string): Promise<Page>;
  /**
   * Brings `portal`'s tab to the front and sends `message` to its content
   * script with `tabs.sendMessage`, from an extension page (`from`, else a
   * helper tab); returns the answer, or rejects as the browser does. The
   * agent is first injected as the panel would (./agent.ts) unless `summon`
   * is false.
   */
  sendToPortal<T = unknown>(portal: Page, message: unknown, options?: { from?: Page; summon?: boolean }): Promise<T>;
  /** Clicks the toolbar button with `portal` in front and waits for the real side panel. */
  openSidePanelFromToolbar(portal: Page): Promise<OpenedSidePanel>;
  /**
   * Stops the extension's background as the browser may at any moment, and
   * resolves once it is stopped. Chromium: the service worker
   * (`ServiceWorker.stopAllWorkers`, from `from` or a helper tab). Firefox:
   * the background page, through the hook behind about:debugging's
   * « Terminate background script » (`extension.terminateBackground()`).
   */
  stopBackground(options?: { from?: Page }): Promise<void>;
  /** Downloads are saved into `dir` without asking, from every tab. */
  allowDownloads(dir: string): Promise<void>;
  /** Expected errors, matched on their text, tolerated until the next `assertNoErrors()` (never CSP ones). */
  tolerate(pattern: RegExp): void;
  /** Throws `ExtensionErrorsFound` listing what was collected; starts afresh either way. */
  assertNoErrors(): Promise<void>;
  /** Closes the browser and servers and removes temporary profiles. */
  close(): Promise<void>;
}

/** Starts a browser with the built extension, the replica server, and the collector. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const languages = options.languages ?? ['fr-CA', 'fr'];
  const headless = options.headless ?? !(process.env.PASSERELLE_HEADFUL === '1' && process.env.DISPLAY);
  const extensionPath = extensionDir(options.browser, options.outDir ?? outDir());
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No build at ${extensionPath}: run \`wxt build\` (and \`wxt build -b firefox\`) first.`);
  }
  const server = await startReplicaServer({ root: extensionPath });
  const collector = new ErrorCollector();
  const portalOrigins = [PORTAL_ORIGIN, FOREIGN_ORIGIN];
  try {
    if (options.browser === 'chromium') {
      const userDataDir = await mkdtemp(join(tmpdir(), 'passerelle-chromium-'));
      try {
        const launched = await launchChromium({
          extensionPath,
          hosts: { [PORTAL_HOST]: server.port, [FOREIGN_HOST]: server.port },
          languages,
          headless,
          userDataDir,
          collector,
          portalOrigins,
        });
        return new ChromiumHarness(launched, server, collector, async () => {
          await rm(userDataDir, { recursive: true, force: true });
        });
      } catch (error) {
        await rm(userDataDir, { recursive: true, force: true });
        throw error;
      }
    }
    const proxy = await startTunnelProxy([PORTAL_HOST, FOREIGN_HOST], server.port);
    try {
      const launched = await launchFirefox({ extensionPath, proxyPort: proxy.port, languages, headless, collector });
      return new FirefoxHarness(launched, server, collector, proxy);
    } catch (error) {
      await proxy.close();
      throw error;
    }
  } catch (error) {
    await server.close();
    throw error;
  }
}

abstract class BaseHarness implements Harness {
  abstract readonly browserName: BrowserName;
  #bridge: Page | undefined;

  constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    readonly extensionOrigin: string,
    readonly server: ReplicaServer,
    protected readonly collector: ErrorCollector,
  ) {}

  get errors(): readonly CollectedError[] {
    return this.collector.errors;
  }

  extensionUrl(path: string): string {
    return new URL(path, this.extensionOrigin).href;
  }

  openPanel(): Promise<Page> {
    return this.openExtensionPage(PANEL_PAGE);
  }

  abstract openExtensionPage(path: string): Promise<Page>;
  abstract openSidePanelFromToolbar(portal: Page): Promise<OpenedSidePanel>;
  abstract stopBackground(options?: { from?: Page }): Promise<void>;
  abstract allowDownloads(dir: string): Promise<void>;
  protected abstract flush(): Promise<void>;
  protected abstract watchWebPage(page: Page): void;

  openPortal(path = '/'): Promise<Page> {
    return this.openPage(new URL(path, `${PORTAL_ORIGIN}/`).href);
  }

  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    this.watchWebPage(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** A tab on an extension page, for calls that need extension APIs. */
  protected async bridge(): Promise<Page> {
    if (!this.#bridge || this.#bridge.isClosed()) this.#bridge = await this.openExtensionPage(PANEL_PAGE);
    return this.#bridge;
  }

  async sendToPortal<T = unknown>(portal: Page, message: unknown, options: { from?: Page; summon?: boolean } = {}): Promise<T> {
    const from = options.from ?? (await this.bridge());
    // The person looks at the portal while the panel talks to it: its tab is the active one.
    await portal.bringToFront();
    const tabId = await from.evaluate(async (url: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('No active tab');
      // Without host permission the URL is hidden from us; when shown, it must be the portal's.
      if (tab.url !== undefined && tab.url !== url) throw new Error(`The active tab shows ${tab.url}, not ${url}`);
      return tab.id as number;
    }, portal.url());
    if (options.summon !== false) await from.evaluate(summonAgentInPage, tabId);
    return (await from.evaluate((id: number, msg: unknown) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.sendMessage(id, msg);
    }, tabId, message)) as T;
  }

  tolerate(pattern: RegExp): void {
    this.collector.tolerate(pattern);
  }

  async assertNoErrors(): Promise<void> {
    await this.flush();
    const found = this.collector.take();
    if (found.length) throw new ExtensionErrorsFound(found);
  }

  abstract close(): Promise<void>;
}

class ChromiumHarness extends BaseHarness {
  readonly browserName = 'chromium' as const;
  readonly #tap: ChromiumErrorTap;

  constructor(
    launched: Awaited<ReturnType<typeof launchChromium>>,
    server: ReplicaServer,
    collector: ErrorCollector,
    private readonly cleanup: () => Promise<void>,
  ) {
    super(launched.browser, launched.extensionId, launched.extensionOrigin, server, collector);
    this.#tap = launched.tap;
  }

  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(this.extensionUrl(path), { waitUntil: 'load' });
    return page;
  }

  protected watchWebPage(): void {
    // Every target is watched from its creation (chromium.ts).
  }

  async openSidePanelFromToolbar(portal: Page): Promise<OpenedSidePanel> {
    await portal.bringToFront();
    const extension = (await this.browser.extensions()).get(this.extensionId);
    if (!extension) throw new Error('The extension is not installed');
    // The panel page of the person's language (panel/language-page.ts).
    const urls = PANEL_PAGES.map((p) => this.extensionUrl(p));
    const before = new Set(this.browser.targets());
    const opened = this.browser.waitForTarget((t) => urls.includes(t.url()) && !before.has(t), { timeout: 10_000 });
    await portal.triggerExtensionAction(extension);
    const target = await opened;
    const page = await target.asPage();
    return {
      url: target.url(),
      page,
      waitForText: async (selector, timeout = 10_000) => {
        const el = await page.waitForSelector(selector, { timeout });
        return (await el!.evaluate((e) => e.textContent ?? '')).trim();
      },
    };
  }

  async stopBackground(options: { from?: Page } = {}): Promise<void> {
    const cdp = await (options.from ?? (await this.bridge())).createCDPSession();
    try {
      const worker = `${this.extensionOrigin}background.js`;
      const stopped = new Promise<void>((ok) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL === worker && v.runningStatus === 'stopped')) ok();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await within(stopped, 10_000, 'The service worker did not stop');
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  async allowDownloads(dir: string): Promise<void> {
    // The session stays open: the behaviour lasts as long as it does.
    const cdp = await this.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  }

  protected flush(): Promise<void> {
    return this.#tap.flush();
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.close();
    await this.cleanup();
  }
}

class FirefoxHarness extends BaseHarness {
  readonly browserName = 'firefox' as const;
  readonly #tap: FirefoxErrorTap;
  readonly #evaluateInChrome: <T>(expression: string) => Promise<T>;

  constructor(
    launched: Awaited<ReturnType<typeof launchFirefox>>,
    server: ReplicaServer,
    collector: ErrorCollector,
    private readonly proxy: TunnelProxy,
  ) {
    super(launched.browser, launched.extensionId, launched.extensionOrigin, server, collector);
    this.#tap = launched.tap;
    this.#evaluateInChrome = launched.evaluateInChrome;
  }

  /** Hosts Firefox tried to reach and the proxy refused (its own services; never the extension's). */
  get refusedHosts(): readonly string[] {
    return this.proxy.refused;
  }

  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await gotoExtensionPage(this.browser, page, this.extensionUrl(path));
    await this.#tap.probe(page);
    return page;
  }

  protected watchWebPage(page: Page): void {
    this.#tap.watchPage(page, [PORTAL_ORIGIN, FOREIGN_ORIGIN]);
  }

  /**
   * Pins the button to the toolbar (as a person does from the extensions
   * menu, where Firefox puts new buttons) and clicks it; the background then
   * toggles the sidebar. Firefox opens an extension's sidebar when it is
   * installed, so it is closed first: the click must be what opens it.
   */
  async openSidePanelFromToolbar(portal: Page): Promise<OpenedSidePanel> {
    await portal.bringToFront();
    const url = this.extensionUrl(PANEL_PAGE);
    const widgetId = `${this.extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
    const sidebarUrl = `document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? ''`;
    const shown = await this.#evaluateInChrome<string>(`(async () => {
      const wait = async (ok) => { for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50)); return ok(); };
      SidebarController.hide();
      if (!(await wait(() => !SidebarController.isOpen))) return 'the sidebar did not close';
      CustomizableUI.addWidgetToArea(${JSON.stringify(widgetId)}, CustomizableUI.AREA_NAVBAR);
      const node = CustomizableUI.getWidget(${JSON.stringify(widgetId)})?.forWindow(window)?.node;
      if (!node) return 'no toolbar button';
      (node.querySelector('.unified-extensions-item-action-button') ?? node).click();
      await wait(() => SidebarController.isOpen && (${sidebarUrl}) === ${JSON.stringify(url)});
      return SidebarController.isOpen ? (${sidebarUrl}) : 'the sidebar stayed closed';
    })()`);
    if (shown !== url) throw new Error(`The toolbar button did not open the sidebar: ${shown}`);
    return {
      url,
      // The sidebar shares the extension's process with our tabs (MV2), so a
      // tab of ours can read its document through extension.getViews().
      waitForText: async (selector, timeout = 10_000) => {
        const bridge = await this.bridge();
        const handle = await bridge.waitForFunction(
          (sel: string) => {
            const views: Window[] = (globalThis as any).browser.extension.getViews({ type: 'sidebar' });
            return views.map((v) => v.document.querySelector(sel)?.textContent).find((t) => t) ?? null;
          },
          { timeout, polling: 50 },
          selector,
        );
        return String(await handle.jsonValue()).trim();
      },
    };
  }

  /**
   * The background page is persistent (MV2): nothing stops it but a crash or
   * this hook, which about:debugging offers for event pages and Firefox's own
   * tests use on persistent ones. Firefox primes its listeners again, so the
   * next event (a toolbar click, a message) starts it anew.
   */
  async stopBackground(): Promise<void> {
    const state = await this.#evaluateInChrome<string>(`(async () => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(this.extensionId)})?.extension;
      if (!extension) return 'not installed';
      if (extension.backgroundState !== 'running') return 'not running (' + extension.backgroundState + ')';
      await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
      return extension.backgroundState;
    })()`);
    if (state !== 'stopped') throw new Error(`The background page did not stop: ${state}`);
  }

  allowDownloads(dir: string): Promise<void> {
    return allowFirefoxDownloads(this.browser, dir);
  }

  protected flush(): Promise<void> {
    return this.#tap.flush();
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.proxy.close();
    await this.server.close();
  }
}

/** `promise`, or an error saying `what` after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, ko) => (timer = setTimeout(() => ko(new Error(`${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
