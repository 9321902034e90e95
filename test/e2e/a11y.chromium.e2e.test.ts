/**
 * Accessibility and looks of every side panel view, in French and English,
 * light and dark (Chromium): axe-core finds no serious or critical problem on
 * the whole page, and a screenshot of each is left under
 * test-artifacts/gallery/<view>-<language>-<scheme>.png (listed in the README).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { ARTIFACTS_DIR } from '../harness/paths';
import { importFile } from './support/inventory-import';

const GALLERY = join(ARTIFACTS_DIR, 'gallery');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;
let panel: Page;

beforeAll(async () => {
  mkdirSync(GALLERY, { recursive: true });
  h = await startHarness({ browser: 'chromium' });
  panel = await h.openPanel();
  await panel.setViewport({ width: 420, height: 900 });
  // Content in every view: members and clients from a file, and a journey begun.
  await (await panel.waitForSelector('[data-testid=quick-replies] [data-event="role.responsable"]'))!.click();
  await importFile(panel, join(__dirname, '../fixtures/members-windows-1252-semicolon.csv'));
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

/** Serious or critical axe-core findings on the whole page. */
async function axeViolations(): Promise<string[]> {
  if (!(await panel.evaluate(() => 'axe' in globalThis))) await panel.evaluate(AXE);
  return panel.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function useLanguage(lang: 'fr' | 'en') {
  const want = lang === 'fr' ? 'fr-CA' : 'en-CA';
  if ((await panel.evaluate(() => document.documentElement.lang)) !== want) {
    await panel.click('[data-testid=lang-switch]');
    await panel.waitForFunction((l) => document.documentElement.lang === l, {}, want);
  }
}

const COMBINATIONS = (['fr', 'en'] as const).flatMap((lang) => (['light', 'dark'] as const).map((scheme) => [lang, scheme] as const));

describe('every view, both languages, both colour schemes (Chromium)', () => {
  it.each(COMBINATIONS)('%s, %s: no serious or critical axe finding; a screenshot of each view', async (lang, scheme) => {
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await useLanguage(lang);
    const found: string[] = [];
    // Every view the panel registers (panel/views.ts), read from its tabs.
    const views = await panel.$$eval('nav.tabs button', (bs) => bs.map((b) => (b as HTMLElement).dataset.view!));
    expect(views.length).toBeGreaterThanOrEqual(5);
    for (const view of views) {
      await panel.click(`nav.tabs button[data-view="${view}"]`);
      await panel.waitForSelector(`main[data-view-active="${view}"]`);
      await panel.waitForFunction(() => !document.querySelector('main [role="status"][aria-busy="true"], main .loading'));
      await panel.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      for (const v of await axeViolations()) found.push(`${view}: ${v}`);
      await panel.screenshot({ path: join(GALLERY, `${view}-${lang}-${scheme}.png`) as `${string}.png`, fullPage: true });
    }
    expect(found).toEqual([]);
  });

  it('the dark scheme is really applied (the check above would prove nothing otherwise)', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      return panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('dark')).not.toBe(await background('light'));
  });
});
