/**
 * The communication kit in Chromium: members typed in the kit tab get cards
 * whose names stay text, mailto links that fit and carry the card, and a print
 * tab that renders one card per sheet — proven on the PDF Chromium prints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { parseMailto } from '../../lib/kit/mailto';
import { startHarness, type Harness } from '../harness';
import { fillKit, KIT_MEMBERS, KIT_MEMBERS_IN_CARD_ORDER as IN_ORDER, openPrintTab, pdfPages } from './kit-helpers';

let h: Harness;
let panel: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await startHarness({ browser: 'chromium', languages: ['fr-CA', 'fr'] });
  panel = await h.openPanel();
  panel.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await fillKit(panel);
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

describe('kit tab (Chromium)', () => {
  it('shows each name exactly as typed, as text', async () => {
    const names = await panel.$$eval('.kit-member-name', (els) => els.map((e) => e.textContent));
    expect(names).toEqual(IN_ORDER.map((m) => `${m.firstName} ${m.lastName}`));
    expect(await panel.$$('.kit-member img, .kit-member script')).toHaveLength(0);
    expect(dialogs).toEqual([]);
  });

  it('offers mailto links within 2000 characters that give each card back', async () => {
    const perMember = await panel.$$eval('.kit-member', (rows) =>
      rows.map((row) => [...row.querySelectorAll('a[data-action="mailto"]')].map((a) => a.getAttribute('href')!)),
    );
    expect(perMember).toHaveLength(KIT_MEMBERS.length);
    perMember.forEach((urls, i) => {
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.length).toBeLessThanOrEqual(2000);
        expect(parseMailto(url).to).toEqual([IN_ORDER[i]!.email]);
      }
      const body = urls.map((u) => parseMailto(u).body).join('');
      expect(body).toContain(IN_ORDER[i]!.firstName);
      expect(body).toContain('firmecomptable@ccq.org');
    });
  });

  it('has no serious accessibility problem (axe-core)', async () => {
    await panel.$$eval('.kit-member details', (els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await panel.evaluate(axe);
    const violations = await panel.evaluate(async () => {
      const result = await (globalThis as any).axe.run('[data-testid="kit"]', { resultTypes: ['violations'] });
      return result.violations
        .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});

describe('printing (Chromium)', () => {
  it('prints every card on its own sheet, names as text', async () => {
    const page = await openPrintTab(h.browser, panel, 'print-all');
    expect(await page.$$eval('.kit-page', (els) => els.map((e) => e.getAttribute('lang')))).toEqual(IN_ORDER.map((m) => `${m.language}-CA`));
    expect(await page.$$('.kit-print img, .kit-print script')).toHaveLength(0);
    // On Letter paper each card fits one sheet, even with the margins and
    // header a print dialog adds by default…
    const pdf = await page.pdf({
      format: 'letter',
      displayHeaderFooter: true,
      margin: { top: '0.6in', bottom: '0.6in', left: '0.5in', right: '0.5in' },
    });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(pdfPages(pdf)).toBe(KIT_MEMBERS.length);
    // …and on paper tall enough for all of them, they still start a sheet each.
    expect(pdfPages(await page.pdf({ width: '8.5in', height: '60in' }))).toBe(KIT_MEMBERS.length);
    // The toolbar is for the screen only.
    await page.emulateMediaType('print');
    expect(await page.$eval('.kit-print-toolbar', (el) => getComputedStyle(el).display)).toBe('none');
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('prints the transition checklist in the panel’s language', async () => {
    const page = await openPrintTab(h.browser, panel, 'print-checklist');
    const panelLang = await panel.evaluate(() => document.documentElement.lang);
    const want = (panelLang === 'en-CA' ? en : fr).kit.checklist.title;
    expect(await page.$eval('.kit-checklist .kit-doc-title', (el) => el.textContent)).toBe(want);
    expect(await page.$$('[data-step]')).toHaveLength(12);
    const sheets = pdfPages(await page.pdf({ format: 'letter' }));
    expect(sheets).toBeGreaterThanOrEqual(1);
    expect(sheets).toBeLessThanOrEqual(2);
    await page.close();
  });
});
