/**
 * Driving the conversation in a real panel page the way a person does: click
 * the quick reply, fill the in-chat form, wait for the assistant to answer.
 */
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Harness } from '../harness';
import { RESPONSABLE_JOURNEY, type ScriptStep } from '../scripts/journeys';

export const MESSAGES = '.messages li.message';
/** The message that says every member has their linking code: where RESPONSABLE_JOURNEY ends. */
export const ALL_CODES = 'guide.sendLinkingCodes.states.complete';
export const count = (panel: Page) => panel.$$eval(MESSAGES, (ls) => ls.length);

/** The panel's storage emptied and the page reloaded: a first start. */
export async function freshPanel(panel: Page): Promise<void> {
  await panel.waitForSelector('[data-testid=greeting]');
  await panel.evaluate(async () => {
    const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as { storage: { local: { clear(): Promise<void> } } };
    await api.storage.local.clear();
  });
  await reloadPage(panel);
  await panel.waitForSelector('[data-testid=quick-replies] [data-event="role.responsable"]');
}

/**
 * Reloads an extension page and waits for the new document to be complete.
 * Not `page.reload()`: over WebDriver BiDi an extension page never reports
 * its load (test/harness/README.md), so the new document is polled for.
 */
export async function reloadPage(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.evaluate(() => void setTimeout(() => location.reload()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await page.evaluate(() => [performance.timeOrigin, document.readyState] as const).catch(() => null);
    if (now && now[0] !== before && now[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${page.url()} did not reload`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Waits until the transcript has grown past `before` messages. */
export async function grown(panel: Page, before: number): Promise<void> {
  await panel.waitForFunction((sel, n) => document.querySelectorAll(sel).length > n, {}, MESSAGES, before);
}

export async function clickReply(panel: Page, type: string): Promise<void> {
  const selector = `[data-testid=quick-replies] [data-event="${type}"]`;
  await panel.waitForSelector(selector);
  const before = await count(panel);
  await panel.click(selector);
  await grown(panel, before);
}

/** Types the form's answers into the in-chat form, as a person would, and sends it. */
export async function fillForm(panel: Page, form: string, values: Record<string, unknown>): Promise<void> {
  await panel.waitForSelector(`[data-testid=chat-form][data-form="${form}"]`);
  const id = (name: string) => `#form-${form}-${name}`;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'boolean') {
      const box = await panel.$(id(name));
      if (box && (await box.evaluate((el) => (el as HTMLInputElement).checked)) !== value) await box.click();
    } else if (Array.isArray(value)) {
      for (const choice of value) {
        const box = await panel.$(`input[name="form-${form}-${name}"][value="${choice}"]`);
        if (box && !(await box.evaluate((el) => (el as HTMLInputElement).checked))) await box.click();
      }
    } else if (typeof value === 'string' && value !== '') {
      const field = await panel.$(id(name));
      if (!field) continue; // not shown for this answer, like in the portal
      if (await field.evaluate((el) => el.tagName === 'SELECT')) await panel.select(id(name), value);
      else {
        await field.click({ count: 3 });
        await field.evaluate((el) => ((el as HTMLInputElement).value = ''));
        await field.type(value);
      }
    }
  }
  const before = await count(panel);
  await panel.click(`[data-testid=chat-form][data-form="${form}"] button[type=submit]`);
  await grown(panel, before);
}

export async function play(panel: Page, steps: ScriptStep[]): Promise<void> {
  for (const step of steps) {
    if ('reply' in step) await clickReply(panel, step.reply);
    else await fillForm(panel, step.form, step.values);
  }
}

/**
 * `play`, with each run of quick replies clicked from inside the page (one
 * round trip for the run, not four per reply): for the way to a drill, where
 * what matters comes after. Forms are still typed as a person does.
 */
export async function playQuickly(panel: Page, steps: ScriptStep[]): Promise<void> {
  for (let i = 0; i < steps.length; ) {
    const step = steps[i]!;
    if ('form' in step) {
      await fillForm(panel, step.form, step.values);
      i++;
      continue;
    }
    const replies: string[] = [];
    for (; i < steps.length && 'reply' in steps[i]!; i++) replies.push((steps[i] as { reply: string }).reply);
    await panel.evaluate(
      async (replies: string[], messages: string) => {
        const until = (what: string, ok: () => boolean) =>
          new Promise<void>((resolve, reject) => {
            if (ok()) return resolve();
            const observer = new MutationObserver(() => ok() && (clearTimeout(timer), observer.disconnect(), resolve()));
            const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`never saw ${what}`))), 10_000);
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          });
        for (const reply of replies) {
          const selector = `[data-testid=quick-replies] [data-event="${reply}"]`;
          await until(`the reply ${reply}`, () => !!document.querySelector(selector));
          const before = document.querySelectorAll(messages).length;
          document.querySelector<HTMLElement>(selector)!.click();
          await until(`an answer to ${reply}`, () => document.querySelectorAll(messages).length > before);
        }
      },
      replies,
      MESSAGES,
    );
  }
}

/** The rendered text of the last message with this key. */
export const said = (panel: Page, key: string) =>
  panel.$$eval(`${MESSAGES}[data-key="${key}"] .text`, (ls) => ls.at(-1)?.textContent?.trim() ?? null);

export const lastKey = (panel: Page) => panel.$$eval(MESSAGES, (ls) => (ls.at(-1) as HTMLElement | undefined)?.dataset.key ?? null);

/** Answers with the keyboard only: Tab to the reply, Enter. Focus must follow the conversation for this to work. */
export async function pressReply(panel: Page, type: string): Promise<void> {
  await panel.waitForSelector(`[data-testid=quick-replies] [data-event="${type}"]`);
  const before = await count(panel);
  for (let i = 0; i < 40; i++) {
    const focused = await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);
    if (focused === type) {
      await panel.keyboard.press('Enter');
      await grown(panel, before);
      return;
    }
    await panel.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the reply ${type}`);
}

/**
 * Drill: the panel closed in the middle of step 6, a form half typed; reopened,
 * the same transcript, the draft, nothing said twice, and on to the end.
 * Run by journey.e2e (Chromium) and drills.firefox.
 */
export async function panelClosedMidStep(h: Harness): Promise<void> {
  const first = await h.openPanel();
  await freshPanel(first);
  const upToStep6Form = RESPONSABLE_JOURNEY.findIndex((s) => 'form' in s && s.form === 'linkingCode');
  await playQuickly(first, RESPONSABLE_JOURNEY.slice(0, upToStep6Form));
  await first.waitForSelector('[data-testid=chat-form][data-form="linkingCode"]');
  await first.type('#form-linkingCode-contact', 'Luc Tremblay');
  const messages = await count(first);
  const transcript = await first.$$eval(MESSAGES, (ls) => ls.map((l) => l.textContent));
  // Let the last save reach storage, then close the panel the way a person does.
  await first.waitForFunction(
    async () => {
      const api = ((globalThis as any).browser ?? (globalThis as any).chrome) as any;
      const got = await api.storage.local.get('passerelle.journey.drafts');
      return got['passerelle.journey.drafts']?.linkingCode?.contact === 'Luc Tremblay';
    },
    { polling: 50 },
  );
  await first.close();

  const again = await h.openPanel();
  await again.waitForSelector('[data-testid=chat-form][data-form="linkingCode"]');
  expect(await again.$$eval(MESSAGES, (ls) => ls.map((l) => l.textContent))).toEqual(transcript);
  expect(await count(again)).toBe(messages);
  expect(await again.$eval('#form-linkingCode-contact', (el) => (el as HTMLInputElement).value)).toBe('Luc Tremblay');
  // And it goes on from there to the end.
  await again.type('#form-linkingCode-email', 'luc@laforce-comptable.ca');
  await fillForm(again, 'linkingCode', {});
  await playQuickly(again, RESPONSABLE_JOURNEY.slice(upToStep6Form + 1));
  expect(await lastKey(again)).toBe(ALL_CODES);
  await again.close();
}
