/**
 * The kit's print tab in Firefox: opened from the sidebar page, it gets the
 * job from the panel (BroadcastChannel) and prints one card per sheet.
 * The sidebar itself cannot be driven over BiDi, so its page runs in a tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, PANEL_PAGE, type Harness } from '../harness';
import { fillKit, KIT_MEMBERS, KIT_MEMBERS_IN_CARD_ORDER as IN_ORDER, openPrintTab, pdfPages } from './kit-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ browser: 'firefox', languages: ['fr-CA', 'fr'] });
});
afterAll(async () => {
  await h?.close();
});

describe('printing (Firefox)', () => {
  it('prints every card on its own sheet, names as text', async () => {
    const panel = await h.openExtensionPage(PANEL_PAGE);
    await fillKit(panel);
    const page = await openPrintTab(h.browser, panel, 'print-all');
    const titles = await page.$$eval('.kit-page .kit-doc-title', (els) => els.map((e) => e.textContent ?? ''));
    expect(titles).toHaveLength(KIT_MEMBERS.length);
    titles.forEach((title, i) => expect(title.startsWith(`${IN_ORDER[i]!.firstName} ${IN_ORDER[i]!.lastName}`)).toBe(true));
    expect(await page.$$('.kit-print img, .kit-print script')).toHaveLength(0);
    const pdf = await page.pdf({ format: 'letter' });
    expect(pdfPages(pdf)).toBe(KIT_MEMBERS.length);
    expect(pdfPages(await page.pdf({ width: '8.5in', height: '60in' }))).toBe(KIT_MEMBERS.length);
    await h.assertNoErrors();
  });
});
