/**
 * The portal replica's HTTPS server. It serves a built extension folder so that
 * `https://sel.ccq.org/<anything>` (mapped here by the browser) answers with
 * `training.html`, the replica, and its chunks and assets load from the same
 * origin. The certificate is made at run time and lives only in memory.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { generate } from 'selfsigned';

export const PORTAL_HOST = 'sel.ccq.org';
/**
 * A second name for the same server, outside the extension's matches: tests
 * use it to prove the content script stays off other sites.
 */
export const FOREIGN_HOST = 'not-the-portal.test';

export interface ReplicaServer {
  /** Port the server listens on (random unless asked). */
  port: number;
  /** Paths requested so far, in order (path + query), for tests that check traffic. */
  requests: string[];
  close(): Promise<void>;
}

export interface ReplicaServerOptions {
  /** A built extension folder (`…/chrome-mv3` or `…/firefox-mv2`) that holds `training.html`. */
  root: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: nothing outside this machine can reach the replica. */
  host?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A throwaway certificate for the portal's name (browsers are told to accept it anyway). */
export async function throwawayCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: PORTAL_HOST }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: [{ type: 2, value: PORTAL_HOST }, { type: 2, value: FOREIGN_HOST }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Which file answers a request path: navigations (no file extension) get the
 * replica page, other paths the static file, and nothing may escape `root`.
 */
export function fileForPath(root: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (!extname(path)) return join(root, 'training.html');
  const file = normalize(join(root, path));
  return file.startsWith(resolve(root) + sep) ? file : undefined;
}

export async function startReplicaServer(options: ReplicaServerOptions): Promise<ReplicaServer> {
  const root = resolve(options.root);
  const requests: string[] = [];
  const server: Server = createServer(await throwawayCertificate(), (req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const file = fileForPath(root, url);
    const fail = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(String(status));
    };
    if (!file) return fail(403);
    // Browsers ask for it unprompted; a 404 would show up as a console error.
    if (url === '/favicon.ico') return void res.writeHead(204).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => fail(404),
    );
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
