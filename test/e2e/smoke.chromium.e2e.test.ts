/**
 * The foundation's journey in Chromium: the panel greets in French, switches
 * to English and remembers it; the portal agent, injected only when one of
 * our pages asks and only on the portal, answers the panel; the toolbar button opens the real side panel.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { FOREIGN_ORIGIN, startHarness, type ExtensionApi, type Harness } from '../harness';

const GREETING = '[data-testid=greeting]';
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const PING = { type: 'portal.ping' };
const NO_AGENT = /Receiving end does not exist|Could not establish connection/;

/**
 * Opens the side panel page recording, from its first paint on, every text its
 * greeting shows: the first paint has the greeting's words built in, and the
 * full strings and the conversation must take over without changing them.
 */
async function openPanelWatchingGreeting(): Promise<Page> {
  // The page the side panel opens now: each language's page has its first paint built in (panel/language-page.ts).
  const bridge = await h.openPanel();
  const { path } = await bridge.evaluate(() => (globalThis as any).chrome.sidePanel.getOptions({}) as Promise<{ path: string }>);
  await bridge.close();
  const page = await h.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const shown: string[] = [];
    (globalThis as any).__greetings = shown;
    new MutationObserver(() => {
      const text = document.querySelector('.messages li.message.assistant')?.textContent;
      if (text !== undefined && text !== null && shown.at(-1) !== text) shown.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(h.extensionUrl(path), { waitUntil: 'load' });
  return page;
}
const greetingsShown = (page: Page) => page.evaluate(() => (globalThis as any).__greetings as string[]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ browser: 'chromium', languages: ['fr-CA', 'fr'] });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

describe('side panel page (Chromium)', () => {
  it('greets in French on a French browser', async () => {
    const panel = await openPanelWatchingGreeting();
    await panel.waitForSelector('[data-testid=quick-replies] button');
    expect(await text(panel, GREETING)).toBe(fr.chat.greeting);
    expect(await greetingsShown(panel)).toEqual([fr.chat.greeting]);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    await panel.close();
  });

  it('switches to English, re-renders, and remembers it after reopening', async () => {
    const panel = await h.openPanel();
    await panel.waitForSelector(GREETING);
    expect(await text(panel, '[data-testid=lang-switch]')).toBe(fr.app.switchTo);
    await panel.click('[data-testid=lang-switch]');
    await panel.waitForFunction((sel, want) => document.querySelector(sel)?.textContent?.trim() === want, {}, GREETING, en.chat.greeting);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en-CA');
    await panel.close();

    const reopened = await openPanelWatchingGreeting();
    // The panel now opens on the English page: English from its first paint on, before any script.
    expect(reopened.url()).toBe(h.extensionUrl('panel-en.html'));
    // Alive: the journey's quick replies, in English; the greeting was English from the first paint on.
    await reopened.waitForSelector('[data-testid=quick-replies] button');
    expect(await text(reopened, '[data-testid=quick-replies] button')).not.toBe('');
    expect(await greetingsShown(reopened)).toEqual([en.chat.greeting]);
    // And back, so the choice is proven both ways (and later tests start in French).
    await reopened.click('[data-testid=lang-switch]');
    await reopened.waitForFunction((sel, want) => document.querySelector(sel)?.textContent?.trim() === want, {}, GREETING, fr.chat.greeting);
    await reopened.close();
    const again = await openPanelWatchingGreeting();
    expect(again.url()).toBe(h.extensionUrl('sidepanel.html'));
    await again.waitForSelector('[data-testid=quick-replies] button');
    expect(await greetingsShown(again)).toEqual([fr.chat.greeting]);
    await again.close();
  });
});

describe('content script (Chromium)', () => {
  it('runs nothing on a portal page load; summoned by an extension page, it answers, once', async () => {
    const portal = await h.openPortal('/sel?id=relations');
    const panel = await h.openPanel();
    expect(await portal.extensionRealms()).toHaveLength(0);
    await expect(h.sendToPortal(portal, PING, { from: panel, summon: false })).rejects.toThrow(NO_AGENT);
    const pong = await h.sendToPortal(portal, PING, { from: panel });
    expect(pong).toEqual({
      type: 'portal.pong',
      url: 'https://sel.ccq.org/sel?id=relations',
      title: 'Relations et autorisations - Services en ligne - CCQ',
    });
    // Asked again, the agent already there answers: not injected a second time.
    await h.sendToPortal(portal, PING, { from: panel });
    expect(await portal.extensionRealms()).toHaveLength(1);
    // A new page load leaves it behind. (Chromium keeps an empty isolated world
    // for the tab once we have injected there, so only an answer proves it.)
    await portal.reload({ waitUntil: 'load' });
    await expect(h.sendToPortal(portal, PING, { from: panel, summon: false })).rejects.toThrow(NO_AGENT);
    await Promise.all([portal.close(), panel.close()]);
  });

  it('stays off every other site', async () => {
    const other = await h.openPage(`${FOREIGN_ORIGIN}/sel?id=relations`);
    // Same replica page, other origin: it loaded, but nothing of ours runs in it.
    expect(await other.title()).toContain('Services en ligne');
    expect(await other.extensionRealms()).toHaveLength(0);
    // The extension cannot even read the tab's address (no host permission there).
    const panel = await h.openPanel();
    const urls = await panel.evaluate(async () => {
      const api = (globalThis as any).chrome as ExtensionApi;
      return (await api.tabs.query({})).map((t) => t.url ?? '(hidden)');
    });
    expect(urls).toContain('(hidden)');
    expect(urls).not.toContain(`${FOREIGN_ORIGIN}/sel?id=relations`);
    await panel.close();
    // It cannot be injected there either: the only host permission is the portal's.
    await expect(h.sendToPortal(other, PING)).rejects.toThrow(/Cannot access contents of the page/);
    await expect(h.sendToPortal(other, PING, { summon: false })).rejects.toThrow(NO_AGENT);
    expect(await other.extensionRealms()).toHaveLength(0);
    await other.close();
  });
});

describe('toolbar action (Chromium)', () => {
  it('opens the real side panel, which greets and reaches the portal', async () => {
    const portal = await h.openPortal('/');
    const side = await h.openSidePanelFromToolbar(portal);
    expect(side.url).toBe(h.extensionUrl('sidepanel.html'));
    expect(await side.waitForText(GREETING)).toBe(fr.chat.greeting);
    const pong = await h.sendToPortal<{ title: string }>(portal, PING, { from: side.page });
    expect(pong.title).toBe('Se connecter - Services en ligne - CCQ');
    await portal.close();
  });
});

describe('an English browser (Chromium)', () => {
  it('opens the side panel on the English page at once: English from its first paint', async () => {
    const english = await startHarness({ browser: 'chromium', languages: ['en-CA', 'en'] });
    try {
      const portal = await english.openPortal('/');
      // Set by the background when the extension is installed.
      const bridge = await english.openPanel();
      await bridge.waitForFunction(async () => ((await (globalThis as any).chrome.sidePanel.getOptions({})) as { path: string }).path === 'panel-en.html', { polling: 50, timeout: 5_000 });
      await bridge.close();
      const side = await english.openSidePanelFromToolbar(portal);
      expect(side.url).toBe(english.extensionUrl('panel-en.html'));
      expect(await side.waitForText(GREETING)).toBe(en.chat.greeting);
      await english.assertNoErrors();
    } finally {
      await english.close();
    }
  });
});
