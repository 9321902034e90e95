// @vitest-environment node
/** The harness's replica server: navigations get the replica, files stay inside the build. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForPath, startReplicaServer, type ReplicaServer } from '../harness/server';

const root = '/build/chrome-mv3';

describe('fileForPath', () => {
  it.each([
    ['/', `${root}/training.html`],
    ['/sel', `${root}/training.html`],
    ['/sel?id=relations', `${root}/training.html`],
    ['/a/b/c?x=1.js', `${root}/training.html`],
    ['/chunks/training-abc.js', `${root}/chunks/training-abc.js`],
    ['/assets/x.css?v=2', `${root}/assets/x.css`],
  ])('%s → %s', (path, file) => {
    expect(fileForPath(root, path)).toBe(file);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/chunks/../../etc/passwd.js'])('refuses %s', (path) => {
    expect(fileForPath(root, path)).toBeUndefined();
  });
});

describe('startReplicaServer', () => {
  let dir: string;
  let server: ReplicaServer;
  const get = (path: string) =>
    new Promise<{ status: number; type: string; body: string }>((ok, ko) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      req.on('error', ko);
      req.end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-replica-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'training.html'), '<title>replica</title>');
    writeFileSync(join(dir, 'chunks', 'a.js'), 'export {};');
    server = await startReplicaServer({ root: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the replica over HTTPS for any navigation, and files as they are', async () => {
    expect(await get('/sel?id=relations')).toMatchObject({ status: 200, body: '<title>replica</title>' });
    expect(await get('/chunks/a.js')).toMatchObject({ status: 200, type: expect.stringContaining('javascript') });
    expect((await get('/chunks/missing.js')).status).toBe(404);
    expect((await get('/favicon.ico')).status).toBe(204);
    expect(server.requests).toEqual(['/sel?id=relations', '/chunks/a.js', '/chunks/missing.js', '/favicon.ico']);
  });
});
