/**
 * Member hand-off in Chromium, through the panel a person uses:
 * - a member who installs Passerelle with an empty inventory says "member" at
 *   the role question and completes their walkthrough, in English (the French
 *   one, by keyboard, is in journey.e2e.test.ts);
 * - the responsable adds two members to the inventory, opens the kit and gets
 *   each member's card in that member's language; records "linked" for one and
 *   "stuck" for the other from their cards; the worklist shows « help this
 *   member » and the dashboard counts both new statuses;
 * - step 6 in the conversation proposes the member still without a code,
 *   records "code sent" in the inventory, ends with "all members have their
 *   codes", and the kit's checklist shows step 6 done.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { startHarness, type Harness } from '../harness';
import { MEMBER_WALKTHROUGH } from '../scripts/journeys';
import { clickReply, fillForm, freshPanel, lastKey, play, said } from './journey-helpers';
import { addInventoryMembers, type InventoryMember } from './kit-helpers';

const ELOISE: InventoryMember = { firstName: 'Éloïse', lastName: 'Côté-Tremblay', email: 'eloise.cote@laforce-comptable.ca', language: 'fr' };
const LIAM: InventoryMember = { firstName: 'Liam', lastName: "O'Brien", email: 'liam.obrien@laforce-comptable.ca', language: 'en' };

let h: Harness;
let panel: Page;
beforeAll(async () => {
  h = await startHarness({ browser: 'chromium', languages: ['fr-CA', 'fr'] });
  panel = await h.openPanel();
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

const text = (selector: string) => panel.$eval(selector, (el) => el.textContent?.trim() ?? '');
const fill = (template: string, params: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');

async function openKit() {
  await panel.click('[data-view="kit"]');
  await panel.waitForSelector('[data-testid="kit-members"]');
}

/** Records a member's report from their card in the kit. */
async function report(memberEmail: string, choice: 'accountCreated' | 'linked' | 'stuck', note: string) {
  const id = await panel.$$eval(
    '.kit-member',
    (rows, email) => (rows.find((li) => li.querySelector('summary')?.textContent?.includes(email)) as HTMLElement | undefined)?.dataset.member,
    memberEmail,
  );
  expect(id).toBeTruthy();
  const card = `.kit-member[data-member="${id}"]`;
  await panel.click(`${card} [data-action="report"]`);
  await panel.waitForSelector(`${card} [data-testid="report-form"]`);
  await panel.click(`${card} input[type="radio"][value="${choice}"]`);
  if (note) await panel.type(`${card} textarea[name="reportNote"]`, note);
  await panel.click(`${card} [data-testid="report-form"] button[type="submit"]`);
  await panel.waitForFunction((sel, status) => document.querySelector(sel)?.getAttribute('data-status') === status, {}, card, choice === 'stuck' ? 'needsHelp' : choice);
}

describe('member hand-off (chromium)', () => {
  it('a member with an empty inventory completes their walkthrough in English', async () => {
    await freshPanel(panel);
    await panel.click('[data-testid=lang-switch]');
    await panel.waitForFunction((t) => document.querySelector('[data-testid=greeting]')?.textContent?.trim() === t, {}, en.chat.greeting);
    await play(panel, MEMBER_WALKTHROUGH);
    expect(await said(panel, 'guide.journey.states.memberFinished')).toBe(en.guide.journey.states.memberFinished);
    expect(await said(panel, 'guide.member.states.walkthrough.limitation')).toBe(en.guide.member.states.walkthrough.limitation);
    // Nothing in the inventory all along: the kit has no card to show.
    await openKit();
    await panel.waitForSelector('[data-testid="kit-members-empty"]');
    expect(await panel.$$('.kit-member')).toHaveLength(0);
    // Back to French for what follows.
    await panel.click('[data-testid=lang-switch]');
    await panel.waitForFunction((t) => document.querySelector('#kit-members-h')?.textContent?.trim() === t, {}, fr.kit.members.heading);
  });

  it('makes a card for each inventory member, in that member’s language', async () => {
    await addInventoryMembers(panel, [ELOISE, LIAM]);
    await openKit();
    await panel.waitForFunction(() => document.querySelectorAll('.kit-member').length === 2);
    const cards = await panel.$$eval('.kit-member', (rows) =>
      rows.map((row) => ({ lang: row.querySelector('.kit-card')?.getAttribute('lang'), text: row.querySelector('.kit-card')?.textContent ?? '' })),
    );
    expect(cards.map((c) => c.lang)).toEqual(['fr-CA', 'en-CA']);
    expect(cards[0]!.text).toContain(fill(fr.kit.card.greeting, { firstName: ELOISE.firstName }));
    expect(cards[1]!.text).toContain(fill(en.kit.card.greeting, { firstName: LIAM.firstName }));
  });

  it('records "linked" for one and "stuck" for the other; the worklist and the dashboard follow', async () => {
    await report(LIAM.email, 'linked', '');
    await report(ELOISE.email, 'stuck', 'Le courriel de liaison n’est jamais arrivé');

    await panel.click('[data-view="worklist"]');
    const group = '[data-group="memberNeedsHelp"]';
    await panel.waitForSelector(group);
    expect(await text(`${group} summary`)).toContain(fr.worklist.kind.memberNeedsHelp);
    const items = await panel.$$eval(`${group} li.item .item-title`, (els) => els.map((e) => e.textContent?.trim()));
    expect(items).toEqual([fill(fr.worklist.item.memberNeedsHelp, { name: `${ELOISE.firstName} ${ELOISE.lastName}` })]);
    expect(await text(`${group} li.item .item-details`)).toContain('Le courriel de liaison n’est jamais arrivé');

    // The item opens the after-launch step, where the responsable accompanies members.
    await panel.click(`${group} li.item [data-testid="open-step"]`);
    // This panel's conversation was a member's (first test): the responsable starts over, then the step opens.
    await panel.waitForSelector('[data-testid=toolbar-reset]');
    await panel.click('[data-testid=toolbar-reset]');
    await panel.click('[data-testid=reset-yes]');
    await panel.waitForSelector('[data-testid=quick-replies] [data-event="role.responsable"]');
    await panel.click('[data-testid=quick-replies] [data-event="role.responsable"]');
    await panel.waitForFunction((heading) => [...document.querySelectorAll('.messages li.heading')].some((l) => l.textContent?.trim() === heading), {}, fr.guide.steps.afterLaunch.title);

    await panel.click('[data-view="dashboard"]');
    await panel.waitForSelector('#members-by-status-title');
    const figures = await panel.$$eval('figure.chart table tbody tr', (rows) => rows.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]));
    expect(figures).toEqual(expect.arrayContaining([
      [fr.inventory.status.linked, '1'],
      [fr.inventory.status.needsHelp, '1'],
      [fr.inventory.status.accountCreated, '0'],
    ]));
    expect(await text('[data-testid="dashboard-linked"]')).toBe(fill(fr.dashboard.linked, { linked: '1', total: '2' }));

    // And the inventory row says what was reported.
    await panel.click('[data-view="inventory"]');
    await panel.waitForFunction((note) => document.body.textContent?.includes(note), {}, 'Le courriel de liaison n’est jamais arrivé');
  });

  it('step 6 goes through the inventory’s members still without a code, records it, and the checklist follows', async () => {
    const ZOE: InventoryMember = { firstName: 'Zoé', lastName: 'Roy', email: 'zoe.roy@laforce-comptable.ca', language: 'fr' };
    await addInventoryMembers(panel, [ZOE]);
    await panel.click('[data-view="conversation"]');
    await panel.click('[data-testid=toolbar-contents]');
    await panel.click('[data-step=sendLinkingCodes] button');
    await clickReply(panel, 'step.next');
    // Zoé is proposed, her details already in the form for the person to check.
    await panel.waitForSelector('[data-key="guide.sendLinkingCodes.inventory.next"]');
    expect(await said(panel, 'guide.sendLinkingCodes.inventory.next')).toBe(
      fill(fr.guide.sendLinkingCodes.inventory.next, { count: '1', name: 'Zoé Roy', email: ZOE.email }),
    );
    expect(await panel.$eval('#form-linkingCode-contact', (el) => (el as HTMLInputElement).value)).toBe('Zoé Roy');
    expect(await panel.$eval('#form-linkingCode-email', (el) => (el as HTMLInputElement).value)).toBe(ZOE.email);
    await fillForm(panel, 'linkingCode', {});
    await clickReply(panel, 'code.sent');
    await panel.waitForSelector('[data-key="guide.sendLinkingCodes.inventory.noneLeft"]');
    const today = await panel.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await said(panel, 'guide.sendLinkingCodes.inventory.marked')).toBe(fill(fr.guide.sendLinkingCodes.inventory.marked, { name: 'Zoé Roy', date: today }));
    // Nobody left: "another member" is not offered.
    expect(await panel.$('[data-testid=quick-replies] [data-event="member.next"]')).toBeNull();
    await clickReply(panel, 'members.allSent');
    await clickReply(panel, 'members.allReceived');
    expect(await lastKey(panel)).toBe('guide.sendLinkingCodes.states.complete');
    await clickReply(panel, 'step.next');

    // The kit's checklist shows the conversation's progress.
    await openKit();
    await panel.waitForSelector('[data-testid="kit-checklist"] [data-step="step6"][data-status="done"]');
    expect(await panel.$eval('[data-testid="kit-checklist"] [data-step="after"]', (el) => (el as HTMLElement).dataset.status)).toBe('current');

    // The inventory has the date the code went out.
    await panel.click('[data-view="inventory"]');
    await panel.waitForFunction((date) => [...document.querySelectorAll('tr[data-member]')].some((r) => r.textContent?.includes('Roy') && r.textContent.includes(date)), {}, today);
  });
});
