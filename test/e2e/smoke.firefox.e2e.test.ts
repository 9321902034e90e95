/**
 * The same journey in Firefox ESR (WebDriver BiDi): sidebar page greets in
 * French and remembers English; the portal agent, injected only when our page
 * asks and only on the portal, answers; the toolbar button opens the real sidebar.
 *
 * What Firefox cannot do here, and why:
 * - Counting content-script realms: puppeteer's `extensionRealms()` is
 *   Chromium-only; the "stays off other sites" proof is the failed message.
 * - Driving the sidebar itself: BiDi does not expose extension contexts
 *   (Mozilla bug 1755014). The sidebar is opened by a real click on the
 *   toolbar button and read through `extension.getViews()` from a tab of ours.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { FOREIGN_ORIGIN, startHarness, type ExtensionApi, type Harness } from '../harness';

const GREETING = '[data-testid=greeting]';
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const PING = { type: 'portal.ping' };
const sidebarPage = (page: Page) => page.evaluate(() => (globalThis as any).browser.sidebarAction.getPanel({}) as Promise<string>);
const NO_AGENT = /Receiving end does not exist|Could not establish connection/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ browser: 'firefox', languages: ['fr-CA', 'fr'] });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

describe('sidebar page (Firefox)', () => {
  it('greets in French on a French browser', async () => {
    const panel = await h.openPanel();
    await panel.waitForSelector(GREETING);
    expect(await text(panel, GREETING)).toBe(fr.chat.greeting);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    await panel.close();
  });

  it('switches to English, re-renders, and remembers it after reopening', async () => {
    const panel = await h.openPanel();
    await panel.waitForSelector(GREETING);
    await panel.click('[data-testid=lang-switch]');
    await panel.waitForFunction((sel, want) => document.querySelector(sel)?.textContent?.trim() === want, {}, GREETING, en.chat.greeting);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en-CA');
    await panel.close();

    const reopened = await h.openPanel();
    await reopened.waitForSelector(GREETING);
    expect(await text(reopened, GREETING)).toBe(en.chat.greeting);
    // Closed in English, the panel left the sidebar on the English page (its first paint built in).
    expect(await sidebarPage(reopened)).toBe(h.extensionUrl('panel-en.html'));
    await reopened.click('[data-testid=lang-switch]');
    await reopened.waitForFunction((sel, want) => document.querySelector(sel)?.textContent?.trim() === want, {}, GREETING, fr.chat.greeting);
    await reopened.close();
    const last = await h.openPanel();
    await last.waitForSelector(GREETING);
    expect(await sidebarPage(last)).toBe(h.extensionUrl('sidepanel.html'));
    await last.close();
  });
});

describe('content script (Firefox)', () => {
  it('runs nothing on a portal page load; summoned by an extension page, it answers', async () => {
    const portal = await h.openPortal('/sel?id=relations');
    const panel = await h.openPanel();
    await expect(h.sendToPortal(portal, PING, { from: panel, summon: false })).rejects.toThrow(NO_AGENT);
    const pong = await h.sendToPortal(portal, PING, { from: panel });
    expect(pong).toEqual({
      type: 'portal.pong',
      url: 'https://sel.ccq.org/sel?id=relations',
      title: 'Relations et autorisations - Services en ligne - CCQ',
    });
    // A new page load leaves it behind.
    await portal.reload({ waitUntil: 'load' });
    await expect(h.sendToPortal(portal, PING, { from: panel, summon: false })).rejects.toThrow(NO_AGENT);
    await Promise.all([portal.close(), panel.close()]);
  });

  it('stays off every other site', async () => {
    const other = await h.openPage(`${FOREIGN_ORIGIN}/sel?id=relations`);
    expect(await other.title()).toContain('Services en ligne');
    const panel = await h.openPanel();
    const urls = await panel.evaluate(async () => {
      const api = (globalThis as any).browser as ExtensionApi;
      return (await api.tabs.query({})).map((t) => t.url ?? '(hidden)');
    });
    expect(urls).toContain('(hidden)');
    expect(urls).not.toContain(`${FOREIGN_ORIGIN}/sel?id=relations`);
    // It cannot be injected there either: the only host permission is the portal's.
    await expect(h.sendToPortal(other, PING, { from: panel })).rejects.toThrow(/Missing host permission/);
    await expect(h.sendToPortal(other, PING, { from: panel, summon: false })).rejects.toThrow(NO_AGENT);
    await Promise.all([other.close(), panel.close()]);
  });
});

describe('toolbar button (Firefox)', () => {
  it('opens the real sidebar, which greets', async () => {
    const portal = await h.openPortal('/');
    const side = await h.openSidePanelFromToolbar(portal);
    expect(side.url).toBe(h.extensionUrl('sidepanel.html'));
    expect(side.page).toBeUndefined();
    expect(await side.waitForText(GREETING)).toBe(fr.chat.greeting);
    await portal.close();
  });
});
