/**
 * The whole responsable journey by keyboard alone (Chromium): every quick
 * reply reached with Tab and taken with Enter, every in-chat form filled with
 * Tab, typing, Space (boxes), arrow keys (lists) and sent with Enter — no
 * mouse, no script setting a value. (The member walkthrough is in
 * journey.e2e.test.ts.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { ALL_CODES_SENT, RESPONSABLE_JOURNEY } from '../scripts/journeys';
import { count, freshPanel, grown, pressReply } from './journey-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ browser: 'chromium' });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

const focused = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? { id: el.id, name: el.name ?? '', value: el.value ?? '', type: el.type ?? '', tag: el.tagName } : null;
  });

/** Presses Tab until `matches` holds for the focused element; fails when the keyboard never gets there. */
async function tabTo(panel: Page, what: string, matches: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    const f = await focused(panel);
    if (f && matches(f)) return;
    await panel.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

async function typeForm(panel: Page, form: string, values: Record<string, unknown>) {
  const selector = `[data-testid=chat-form][data-form="${form}"]`;
  await panel.waitForSelector(selector);
  // Fields in the order Tab visits them (document order), and only those shown.
  const order = await panel.$$eval(`${selector} input, ${selector} select, ${selector} textarea`, (els) => els.map((e) => (e as HTMLInputElement).name || e.id));
  const prefix = `form-${form}-`;
  const names = Object.keys(values).filter((n) => order.some((o) => o === `${prefix}${n}` || o === n)).sort((a, b) => order.findIndex((o) => o.endsWith(a)) - order.findIndex((o) => o.endsWith(b)));
  for (const name of names) {
    const value = values[name];
    const id = `${prefix}${name}`;
    if (Array.isArray(value)) {
      for (const choice of value as string[]) {
        await tabTo(panel, `${name}=${choice}`, (f) => f.name === id && f.value === choice);
        if (!(await panel.$eval(`input[name="${id}"][value="${choice}"]`, (e) => (e as HTMLInputElement).checked))) await panel.keyboard.press('Space');
      }
      continue;
    }
    const field = await panel.$(`#${id}`);
    if (!field) continue; // not shown for these answers, as in the portal
    const current = await field.evaluate((e) => ((e as HTMLInputElement).type === 'checkbox' ? (e as HTMLInputElement).checked : (e as HTMLInputElement).value));
    if (current === value || value === '') continue;
    await tabTo(panel, name, (f) => f.id === id);
    if (typeof value === 'boolean') await panel.keyboard.press('Space');
    else if (await field.evaluate((e) => e.tagName === 'SELECT')) {
      await panel.keyboard.press('Home');
      for (let i = 0; i < 40 && (await field.evaluate((e) => (e as HTMLSelectElement).value)) !== value; i++) await panel.keyboard.press('ArrowDown');
    } else {
      await panel.keyboard.down('Control');
      await panel.keyboard.press('KeyA');
      await panel.keyboard.up('Control');
      await panel.keyboard.type(String(value));
    }
  }
  await tabTo(panel, 'the send button', (f) => f.tag === 'BUTTON' && f.type === 'submit');
  const before = await count(panel);
  await panel.keyboard.press('Enter');
  await grown(panel, before);
}

describe('the responsable journey by keyboard alone (Chromium)', () => {
  it('goes from the role question to « all members have their codes » with Tab, typing, Space, arrows and Enter', { timeout: 120_000 }, async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    for (const step of RESPONSABLE_JOURNEY) {
      if ('reply' in step) await pressReply(panel, step.reply);
      else await typeForm(panel, step.form, step.values);
    }
    const last = await panel.$$eval('.messages li.message', (ls) => (ls.at(-1) as HTMLElement).dataset.key);
    expect(last).toBe(`guide.${ALL_CODES_SENT.step}.states.${ALL_CODES_SENT.state}`);
    await panel.close();
  });
});
