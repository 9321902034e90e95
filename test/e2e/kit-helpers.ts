/** What the kit's e2e tests share: the members they add to the inventory and how PDFs are read. */
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';

export const KIT_MEMBERS = [
  { firstName: 'Éloïse', lastName: 'Côté-Tremblay', email: 'eloise.cote@laforce-comptable.ca', language: 'fr' },
  { firstName: 'Liam', lastName: "O'Brien", email: 'liam.obrien@laforce-comptable.ca', language: 'en' },
  // Hostile on purpose: markup and a spreadsheet formula must show and print as typed.
  { firstName: '<img src=x onerror="alert(1)">', lastName: '=HYPERLINK("https://evil.example")', email: 'x@example.ca', language: 'fr' },
] as const;

/** Cards come in the inventory's order by last name (fr-CA collation): the formula, Côté-Tremblay, O'Brien. */
export const KIT_MEMBERS_IN_CARD_ORDER = [KIT_MEMBERS[2], KIT_MEMBERS[0], KIT_MEMBERS[1]];

export interface InventoryMember {
  firstName: string;
  lastName: string;
  email: string;
  language: 'fr' | 'en';
}

/** Adds members the way a person does: the inventory tab's « add a member » form, one by one. */
export async function addInventoryMembers(panel: Page, members: readonly InventoryMember[]): Promise<void> {
  await panel.waitForSelector('[data-view="inventory"]');
  await panel.click('[data-view="inventory"]');
  for (const m of members) {
    await (await panel.waitForSelector('[data-testid="add-member"]'))!.click();
    const form = '.member-form';
    await panel.waitForSelector(form);
    await panel.type(`${form} [name="firstName"]`, m.firstName);
    await panel.type(`${form} [name="lastName"]`, m.lastName);
    await panel.type(`${form} [name="email"]`, m.email);
    await panel.select(`${form} [name="language"]`, m.language);
    await panel.click(`${form} button[type="submit"]`);
    await panel.waitForSelector(form, { hidden: true });
  }
}

/** Opens the kit tab once the members are in the inventory, types the sender, and waits for every card. */
export async function fillKit(panel: Page): Promise<void> {
  await addInventoryMembers(panel, KIT_MEMBERS);
  await panel.click('[data-view="kit"]');
  await panel.waitForSelector('[data-testid="kit"]');
  await panel.type('[name="sender-name"]', 'Rebecca Descotteaux-Laforce');
  await panel.type('[name="sender-firmName"]', 'LAFORCE COMPTABLE INC.');
  await panel.waitForFunction((n) => document.querySelectorAll('.kit-member').length === n, {}, KIT_MEMBERS.length);
}

/**
 * Clicks a print button and returns the print tab it opens, once rendered.
 * Found as "the page that was not there before" and polled, because Firefox's
 * BiDi reports extension pages as about:blank and sends no load events for them.
 */
export async function openPrintTab(browser: Browser, panel: Page, action: string): Promise<Page> {
  const before = new Set(await browser.pages());
  await panel.click(`[data-action="${action}"]`);
  for (let i = 0; i < 100; i++) {
    for (const page of await browser.pages()) {
      if (before.has(page)) continue;
      const ready = await page
        .evaluate(() => location.pathname.endsWith('/kit-print.html') && document.body?.dataset.ready === 'true')
        .catch(() => false);
      if (ready) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No print tab opened after clicking [data-action="${action}"]`);
}

/** Sheets in a PDF: one `/Type /Page` object each, also inside compressed object streams (Firefox). */
export function pdfPages(pdf: Uint8Array): number {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  let text = raw;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try {
      text += inflateSync(bytes.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      // Not a deflated stream (images, fonts): nothing to read in it.
    }
  }
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
