/**
 * The side panel's "first assistant message" measure and its floor, shared by
 * the bench (browser.bench.ts) and the tools that compare or profile builds
 * (compare-panel.ts, profile-panel.ts), so they all measure the same thing.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../harness/chromium';

/** The floor: a blank extension page of the same build, added to a copy of it. */
export const FLOOR_PAGE = 'blank.html';
const FLOOR_HTML = '<!doctype html><html lang="fr-CA"><meta charset="utf-8"><title>blank</title><body></body></html>';

/**
 * A second, informational floor: the least any page that shows a message
 * from script can do here — one tiny external script (extension pages allow
 * no inline script) that reads storage, as the panel must for the person's
 * language, and adds the message. It tells what is ours in the panel's time
 * and what is Chromium serving a first script to an extension page.
 */
export const ONE_SCRIPT_PAGE = 'one-script.html';
const ONE_SCRIPT_HTML = '<!doctype html><html lang="fr-CA"><meta charset="utf-8"><title>one script</title><script src="/one-script.js" defer></script><body></body></html>';
const ONE_SCRIPT_JS = `chrome.storage.local.get('passerelle.language').then(() => {
  const list = document.createElement('ul'), item = document.createElement('li');
  list.className = 'messages'; item.className = 'message assistant'; item.textContent = 'Bonjour';
  list.append(item); document.body.append(list);
});`;

/** Copies the unpacked build `from` to `to` with the floor pages added: the shipped build never carries them. */
export function copyBuildWithFloor(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  writeFileSync(join(to, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(to, ONE_SCRIPT_PAGE), ONE_SCRIPT_HTML);
  writeFileSync(join(to, 'one-script.js'), ONE_SCRIPT_JS);
}

/**
 * A plain headless Chromium launched like the e2e harness (same flags; only
 * the hosts `hostRules` maps resolve) but without its error tap: a DevTools
 * session on every target would weigh on the very loads measured. Its profile
 * goes in a new folder under `tmp`.
 */
export function launchBenchChromium(tmp: string, options: { extensions: boolean; hostRules?: string }): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set PASSERELLE_CHROMIUM.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: options.extensions,
    userDataDir: mkdtempSync(join(tmp, 'profile-')),
    defaultViewport: { width: 1280, height: 800 },
    args: chromiumArgs(options.hostRules ?? 'MAP * ~NOTFOUND', ['fr-CA', 'fr']),
  });
}

/** The first assistant message, as the person sees it. */
export const FIRST_MESSAGE = '.messages li.message.assistant';

/**
 * Before navigating: records, from inside the page, the moment the first
 * assistant message enters the DOM (and marks it, for traces).
 */
export async function watchFirstMessage(page: Page): Promise<void> {
  await page.evaluateOnNewDocument((selector: string) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        (globalThis as any).__firstMessage = performance.now();
        performance.mark('first-message');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, FIRST_MESSAGE);
}

/** After navigating: milliseconds from navigation start to the first assistant message. */
export async function firstMessageAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as any).__firstMessage !== undefined);
  return page.evaluate(() => (globalThis as any).__firstMessage as number);
}

/** The page's navigation timing (the floor's measure is `loadEventEnd`). */
export function navigationTiming(page: Page): Promise<{ domInteractive: number; loadEventEnd: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domInteractive: nav.domInteractive, loadEventEnd: nav.loadEventEnd };
  });
}
