/**
 * The guide as a conversation, in Chromium with the built extension: the whole
 * responsable journey by quick replies and in-chat forms, in French and in
 * English, to "all members have their codes"; the member walkthrough; closing
 * and reopening the panel mid-journey; a language switch mid-conversation;
 * a portal link opening the portal's page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { startHarness, type Harness } from '../harness';
import { MEMBER_WALKTHROUGH, RESPONSABLE_JOURNEY } from '../scripts/journeys';
import { ALL_CODES, clickReply, count, fillForm, freshPanel, lastKey, MESSAGES, panelClosedMidStep, play, pressReply, said } from './journey-helpers';

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

/** Every test starts from emptied storage, so from the browser's French: only English needs a switch. */
async function switchToEnglish(panel: Page): Promise<void> {
  await panel.click('[data-testid=lang-switch]');
  await panel.waitForFunction((t) => document.querySelector('[data-testid=greeting]')?.textContent?.trim() === t, {}, en.chat.greeting);
}

describe('the guide as a conversation (chromium)', () => {
  it('walks the responsable from the greeting to "all members have their codes", in French', async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    await play(panel, RESPONSABLE_JOURNEY);
    expect(await lastKey(panel)).toBe(ALL_CODES);
    expect(await said(panel, ALL_CODES)).toBe(fr.guide.sendLinkingCodes.states.complete);

    // The transcript downloads as text from the panel itself: no request leaves the browser.
    const folder = await mkdtemp(join(tmpdir(), 'passerelle-export-'));
    const cdp = await panel.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    const requests = h.server.requests.length;
    await panel.click('[data-testid=toolbar-export]');
    let files: string[] = [];
    for (let i = 0; i < 100 && !files.some((f) => f.endsWith('.txt')); i++) {
      await new Promise((r) => setTimeout(r, 50));
      files = await readdir(folder);
    }
    const exported = await readFile(join(folder, files.find((f) => f.endsWith('.txt'))!), 'utf8');
    expect(exported).toContain(fr.chat.greeting);
    expect(exported).toContain(fr.guide.sendLinkingCodes.states.complete);
    expect(exported).toContain(`${fr.chat.export.you}: ${fr.guide.journey.replies.role.responsable}`);
    expect(h.server.requests.length).toBe(requests);
    await rm(folder, { recursive: true, force: true });

    // Every launch step was opened with its heading, in the guide's order.
    const headings = await panel.$$eval(`${MESSAGES}.heading`, (ls) => ls.map((l) => l.textContent?.trim()));
    expect(headings).toEqual([
      fr.guide.steps.explanatoryEmail.title,
      fr.guide.steps.inventory.title,
      fr.guide.steps.internalCommunication.title,
      fr.guide.steps.createAccount.title,
      fr.guide.steps.linkAccount.title,
      fr.guide.steps.validate.title,
      fr.guide.steps.addMember.title,
      fr.guide.steps.modify.title,
      fr.guide.steps.delegate.title,
      fr.guide.steps.remove.title,
      fr.guide.steps.sendLinkingCodes.title,
    ]);
    await panel.close();
  });

  it('walks the same journey in English', async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    await switchToEnglish(panel);
    await play(panel, RESPONSABLE_JOURNEY);
    expect(await said(panel, ALL_CODES)).toBe(en.guide.sendLinkingCodes.states.complete);
    expect(await said(panel, 'guide.journey.states.role')).toBe(en.guide.journey.states.role);
    await panel.close();
  });

  it('walks a member through account creation and linking, by keyboard alone', async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    for (const step of MEMBER_WALKTHROUGH) if ('reply' in step) await pressReply(panel, step.reply);
    expect(await said(panel, 'guide.journey.states.memberFinished')).toBe(fr.guide.journey.states.memberFinished);
    await panel.click('[data-testid=toolbar-contents]');
    const sections = await panel.$$eval('[data-testid=toc] li', (ls) => ls.map((l) => (l as HTMLElement).dataset.status));
    expect(sections).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    await panel.close();
  });

  // The body is shared with drills.firefox (journey-helpers.ts).
  it('resumes where it was after the panel is closed and reopened, draft included, nothing said twice', () => panelClosedMidStep(h));

  it('switches language mid-conversation and re-renders everything said so far', async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    await play(panel, RESPONSABLE_JOURNEY.slice(0, 3));
    expect(await said(panel, 'guide.explanatoryEmail.states.keep')).toBe(fr.guide.explanatoryEmail.states.keep);
    const person = () => panel.$$eval(`${MESSAGES}.person .text`, (ls) => ls.map((l) => l.textContent?.trim()));
    expect(await person()).toEqual([fr.guide.journey.replies.role.responsable, fr.guide.explanatoryEmail.replies.email.received, fr.chat.replies.step.next]);

    await switchToEnglish(panel);
    await panel.waitForFunction(
      (key, want) => document.querySelector(`[data-key="${key}"] .text`)?.textContent?.trim() === want,
      {},
      'guide.explanatoryEmail.states.keep',
      en.guide.explanatoryEmail.states.keep,
    );
    expect(await said(panel, 'guide.journey.states.role')).toBe(en.guide.journey.states.role);
    expect(await person()).toEqual([en.guide.journey.replies.role.responsable, en.guide.explanatoryEmail.replies.email.received, en.chat.replies.step.next]);
    expect(await panel.$eval('[data-event="step.next"]', (b) => b.textContent?.trim())).toBe(en.chat.replies.step.next);
    // The conversation goes on in English.
    await clickReply(panel, 'step.next');
    expect(await said(panel, 'guide.inventory.states.clients')).toBe(en.guide.inventory.states.clients);
    await panel.close();
  });

  it('opens the portal page a message talks about', async () => {
    const panel = await h.openPanel();
    await freshPanel(panel);
    await play(panel, [{ reply: 'role.responsable' }]);
    await panel.click('[data-testid=toolbar-contents]');
    await panel.click('[data-step=createAccount] button');
    await panel.waitForSelector('[data-key="guide.createAccount.states.open"] .portal-link');
    const opened = h.browser.waitForTarget((t) => t.url() === 'https://sel.ccq.org/?id=login');
    await panel.click('[data-key="guide.createAccount.states.open"] .portal-link');
    const portal = await (await opened).page();
    await portal!.waitForFunction(() => document.body.textContent?.includes('SERVICES EN LIGNE'));
    await Promise.all([portal!.close(), panel.close()]);
  });
});
