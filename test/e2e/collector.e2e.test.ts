/**
 * The error collector must catch what it promises, or every e2e test that
 * relies on it proves nothing. Each test provokes one kind of error in one
 * context and checks that `assertNoErrors()` fails and says where.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PORTAL_ORIGIN, startHarness, type BrowserName, type CollectedError, type Harness } from '../harness';

/** The errors `assertNoErrors()` reported, or none. */
async function reported(h: Harness): Promise<CollectedError[]> {
  try {
    await h.assertNoErrors();
    return [];
  } catch (error) {
    return [...((error as { found?: CollectedError[] }).found ?? [])];
  }
}

describe.each<BrowserName>(['chromium', 'firefox'])('error collector in %s', (browser) => {
  let h: Harness;
  let panel: Page;
  beforeAll(async () => {
    h = await startHarness({ browser });
    panel = await h.openPanel();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('passes when nothing went wrong', async () => {
    await panel.waitForSelector('[data-testid=greeting]');
    expect(await reported(h)).toEqual([]);
  });

  it('fails on an uncaught error in the panel', async () => {
    await panel.evaluate(() => void setTimeout(() => { throw new Error('panel-boom'); }));
    const found = await reported(h);
    expect(found).toContainEqual(expect.objectContaining({ source: 'extension-page', text: expect.stringContaining('panel-boom') }));
  });

  it('fails on an unhandled rejection in the panel', async () => {
    await panel.evaluate(() => void Promise.reject(new Error('panel-rejected')));
    expect((await reported(h)).map((e) => e.text).join('\n')).toContain('panel-rejected');
  });

  it('fails on console.error in the panel', async () => {
    await panel.evaluate(() => console.error('panel-console-error'));
    expect(await reported(h)).toContainEqual(expect.objectContaining({ kind: 'console', text: expect.stringContaining('panel-console-error') }));
  });

  it('fails on a CSP violation in the panel, and the blocked script never loads', async () => {
    await panel.evaluate((origin) => {
      const script = document.createElement('script');
      script.src = `${origin}/remote-code.js`;
      document.head.append(script);
    }, PORTAL_ORIGIN);
    await panel.waitForFunction(() => document.querySelector('script[src$="remote-code.js"]'));
    const found = await reported(h);
    expect(found).toContainEqual(expect.objectContaining({ kind: 'csp', source: 'extension-page' }));
    expect(h.server.requests).not.toContain('/remote-code.js');
  });

  it('fails on an uncaught error in the portal page', async () => {
    const portal = await h.openPortal('/');
    await portal.evaluate(() => void setTimeout(() => { throw new Error('portal-boom'); }));
    expect(await reported(h)).toContainEqual(expect.objectContaining({ source: 'portal', text: expect.stringContaining('portal-boom') }));
    await portal.close();
  });

  it('tolerates expected errors until the next check, but never a CSP violation', async () => {
    h.tolerate(/expected-boom/);
    await panel.evaluate(() => void setTimeout(() => { throw new Error('expected-boom'); }));
    expect(await reported(h)).toEqual([]);
    await panel.evaluate(() => void setTimeout(() => { throw new Error('expected-boom'); }));
    expect(await reported(h)).not.toEqual([]);
  });

  if (browser === 'chromium') {
    it('fails on an uncaught error in the content script', async () => {
      const portal = await h.openPortal('/');
      // The agent runs once an extension page summons it (panel/portal/summon.ts).
      await h.sendToPortal(portal, { type: 'portal.ping' });
      const [contentScript] = await portal.extensionRealms();
      await contentScript!.evaluate(() => void setTimeout(() => { throw new Error('content-boom'); }));
      expect(await reported(h)).toContainEqual(expect.objectContaining({ source: 'content-script', text: expect.stringContaining('content-boom') }));
      await portal.close();
    });

    it('fails on an uncaught error in the service worker', async () => {
      const extension = (await h.browser.extensions()).get(h.extensionId)!;
      const [worker] = await extension.workers();
      await worker!.evaluate(() => void setTimeout(() => { throw new Error('worker-boom'); }));
      expect(await reported(h)).toContainEqual(expect.objectContaining({ source: 'background', text: expect.stringContaining('worker-boom') }));
    });
  } else {
    // BiDi cannot run code in a content script or the background page of
    // Firefox (bug 1755014), so those are caught only through Firefox's stdout.
    // This proves that tap alone: the in-page probe is switched off first.
    it('fails on an error that only Firefox stdout shows', async () => {
      await panel.evaluate(() => {
        (globalThis as any).__passerelleProbe = { push: () => 0, splice: () => [] };
        setTimeout(() => { throw new Error('stdout-only-boom'); });
      });
      expect(await reported(h)).toContainEqual(expect.objectContaining({ source: 'extension-page', text: expect.stringContaining('stdout-only-boom') }));
    });
  }
});
