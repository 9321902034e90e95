/**
 * Until the shared harness (test/harness/) lands on main: serve the built replica
 * at https://sel.ccq.org (a local HTTPS server with a throwaway certificate,
 * Chromium's host resolver maps the name to it) and start Debian Chromium with
 * the built extension, so the production manifest runs unchanged.
 */
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const PORTAL = 'https://sel.ccq.org';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export function buildDir(): string {
  const out = process.env.PASSERELLE_OUT ?? '.output';
  const dir = resolve(out, 'chrome-mv3');
  if (!existsSync(join(dir, 'training.html'))) throw new Error(`No build in ${dir}: run PASSERELLE_OUT=${out} npx wxt build first.`);
  return dir;
}

export async function servePortal(dir: string): Promise<{ server: Server; port: number }> {
  const pems = await generate([{ name: 'commonName', value: 'sel.ccq.org' }], { keySize: 2048, extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'sel.ccq.org' }] }] } as never);
  const server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', PORTAL).pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    // Every page of the portal is the single-page replica; assets are served as built.
    const target = path !== '/' && file.startsWith(dir) && existsSync(file) && extname(file) ? file : join(dir, 'training.html');
    res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(target));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: (server.address() as AddressInfo).port };
}

export interface Session {
  browser: Browser;
  extensionId: string;
  /** An extension page (the side panel opened as a tab) to call extension APIs from. */
  panel: Page;
  portal: Page;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const dir = buildDir();
  const { server, port } = await servePortal(dir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP sel.ccq.org:443 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const extensionId = new URL(worker.url()).host;
  // tsx (esbuild keepNames) wraps functions given to evaluate() in __name(); pages need a no-op one.
  const shim = 'globalThis.__name ??= (f) => f;';
  const portal = await browser.newPage();
  await portal.evaluateOnNewDocument(shim);
  await portal.goto(`${PORTAL}/?id=login`);
  const panel = await browser.newPage();
  await panel.evaluateOnNewDocument(shim);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await portal.bringToFront();
  return {
    browser,
    extensionId,
    panel,
    portal,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
