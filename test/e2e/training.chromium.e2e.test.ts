/**
 * A trainer's demo in Chromium with the built extension: the trainer role, the
 * demo firm loaded into its own database, the training copy opened from the
 * panel (an extension page, where Passerelle's agent runs through the runtime
 * relay), steps 3 to 6 walked with list reading and prefill on that copy, the
 * language switched mid-way, presenter keys, then reset. A real firm's row,
 * written before, is checked byte for byte after: training never touches it;
 * nor the real conversation, kept apart from the trainer's.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import type { PortalHook } from '../../portal/hook';
import { startHarness, type Harness } from '../harness';
import { RESPONSABLE_JOURNEY, type ScriptStep } from '../scripts/journeys';
import { clickReply, freshPanel, play } from './journey-helpers';
import { REAL_MEMBER, idb, waitForAgent } from './support/training';

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

declare const __portal: PortalHook;

/** The replies of the trainer's journey up to the start of step 3 (the responsable's, after the trainer's intro). */
const upToStep3 = (): ScriptStep[] => {
  const end = RESPONSABLE_JOURNEY.findIndex((s) => 'reply' in s && s.reply === 'services.notNeeded');
  return RESPONSABLE_JOURNEY.slice(1, end + 1);
};

async function goTo(panel: Page, training: Page, id: string) {
  await training.goto(h.extensionUrl(`training.html?id=${id}`));
  await waitForAgent(panel, training.url());
}

/**
 * Clicks a control once it is there (views load on first use), through the DOM:
 * while the portal tab is in front, as beside a side panel, the panel tab is in
 * the background, where frame-driven waits would never fire.
 */
const press = async (panel: Page, selector: string) => (await panel.waitForSelector(selector))!.evaluate((el) => (el as HTMLElement).click());
const view = (panel: Page, id: string) => press(panel, `nav.tabs [data-view="${id}"]`);

/** Presses the prefill button of the first worklist item matching `kind` (a selector); returns the outcome of the report that has field `field`. */
async function prefillFromWorklist(panel: Page, kind: string, label: string, field: string): Promise<string> {
  await view(panel, 'worklist');
  await panel.waitForSelector(kind);
  await panel.evaluate((kind, label) => {
    const item = document.querySelector(kind)!;
    [...item.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
  }, kind, label);
  // Each form has a field of its own: the report with it is this prefill's, not the previous one.
  await panel.waitForSelector(`[data-testid=fill-report] [data-field="${field}"]`, { timeout: 30_000 });
  const outcome = await panel.$eval('[data-testid=fill-report]', (el) => (el as HTMLElement).dataset.outcome!);
  return outcome;
}

/** What extension storage holds under these keys (the conversations). */
const stored = (panel: Page, keys: string[]) =>
  panel.evaluate(async (keys) => {
    const api = (globalThis as any).chrome as { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
    return api.storage.local.get(keys);
  }, keys);
const REAL_JOURNEY = ['passerelle.journey', 'passerelle.journey.drafts'];
const TRAINING_JOURNEY = ['passerelle.training.journey', 'passerelle.training.journey.drafts'];

const committed = (training: Page) => training.evaluate(() => __portal.committed());

it('a trainer demos steps 3 to 6 on the training copy, switches language, resets; the real inventory is untouched', async () => {
  const panel = await h.openPanel();
  await freshPanel(panel);
  await panel.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'passerelle'), { polling: 100 });
  const seeded = await idb(panel, 'passerelle', 'seed', REAL_MEMBER);
  expect(seeded?.members).toEqual([REAL_MEMBER]);

  // The trainer role; the trainer's tab shows up.
  await clickReply(panel, 'role.trainer');
  await panel.waitForFunction(async () => {
    const api = (globalThis as any).chrome;
    return (await api.storage.local.get('passerelle.journey'))['passerelle.journey']?.snapshot?.context?.role === 'trainer';
  }, { polling: 100 });
  const realJourney = await stored(panel, REAL_JOURNEY);
  await view(panel, 'training');
  await panel.waitForSelector('[data-testid=training-load]');
  expect(await panel.$('[data-testid=training-banner]')).toBeNull();
  await press(panel, '[data-testid=training-load]');
  // The panel reloads on the demo's database, with a banner, and a conversation of its own: the role question again.
  await panel.waitForSelector('[data-testid=training-banner]', { timeout: 15_000 });
  await view(panel, 'conversation');
  await clickReply(panel, 'role.trainer');
  const demo = await idb(panel, 'passerelle-training', 'dump');
  expect(demo!.members.length).toBeGreaterThanOrEqual(24);
  expect(await idb(panel, 'passerelle', 'dump')).toEqual(seeded);

  // Presenter mode: → is "next" (the trainer's intro has one reply: start the journey).
  await view(panel, 'training');
  await press(panel, '[data-testid=training-presenter]');
  await panel.waitForSelector('.app.presenter');
  await view(panel, 'conversation');
  await panel.waitForSelector('[data-testid=quick-replies] [data-event="journey.start"]');
  await panel.focus('body');
  await panel.keyboard.press('ArrowRight');
  await panel.waitForSelector('[data-testid=quick-replies] [data-event="email.received"]');
  // One step at a time: earlier steps' messages are not shown.
  const shownBefore = await panel.$$eval('.messages > li', (ls) => ls.filter((l) => getComputedStyle(l).display !== 'none').length);
  await play(panel, upToStep3());
  const hiddenNow = await panel.$$eval('.messages > li', (ls) => ls.filter((l) => getComputedStyle(l).display === 'none').length);
  expect(hiddenNow).toBeGreaterThan(shownBefore);

  // The training copy, opened from the panel, with its banner.
  await view(panel, 'training');
  const opened = h.browser.waitForTarget((t) => t.url().startsWith(h.extensionUrl('training.html')));
  await press(panel, '[data-testid=training-open-portal]');
  const training = (await (await opened).page())!;
  await training.waitForSelector('.training-banner');
  await waitForAgent(panel, training.url());

  // Step 3: the lists read on the training copy, then compared with the demo inventory.
  await panel.bringToFront();
  await view(panel, 'conversation');
  await clickReply(panel, 'step.next');
  await training.bringToFront();
  await view(panel, 'portal');
  await press(panel, '[data-testid=read-lists]');
  await panel.waitForSelector('[data-testid=snapshots] [data-list=authorizations]', { timeout: 60_000 });
  expect(await panel.$$eval('[data-testid=snapshots] li', (li) => li.map((x) => x.textContent))).toEqual([
    expect.stringMatching(/23/), expect.stringMatching(/57/), expect.stringMatching(/115/),
  ]);
  await view(panel, 'worklist');
  await press(panel, '[data-testid=compare]');
  for (const kind of ['memberMissing', 'memberDetails', 'contactNotMember', 'relationMissing', 'relationNotServed', 'authorizationMissing', 'linkingCodeNotSent']) {
    await panel.waitForSelector(`[data-kind="${kind}"]`);
  }

  // Step 4: a new hire, prefilled into « Ajouter… » on the training copy.
  await goTo(panel, training, 'add-relation');
  expect(await prefillFromWorklist(panel, '[data-kind=memberMissing]', fr.worklist.prefill, 'contactMissing')).toBe('done');
  expect(await committed(training)).toMatchObject({ contactMissing: true, firstName: 'Noémie', lastName: 'Lévesque-Roy', who: 'Mon organisation', relation: 'Membre du personnel', attestAuthority: false });

  // Step 5: delegation, after switching to English mid-demo.
  await press(panel, '[data-testid=lang-switch]');
  await panel.waitForFunction(() => document.documentElement.lang === 'en-CA', { polling: 100 });
  // The training copy follows: English screens, lists read again in English, same counts.
  await training.waitForFunction(() => document.documentElement.lang === 'en-CA' && document.body.textContent!.includes('Training copy'), { polling: 100 });
  await goTo(panel, training, 'relations');
  expect(await training.$eval('[role=tab][aria-selected=true]', (t) => t.textContent)).toBe('Authorizations');
  const readBefore = await panel.$eval('[data-testid=snapshots]', (el) => el.textContent);
  await view(panel, 'portal');
  await press(panel, '[data-testid=read-lists]');
  await panel.waitForFunction((before) => document.querySelector('[data-testid=snapshots]')?.textContent !== before, { polling: 100, timeout: 60_000 }, readBefore);
  expect(await panel.$$eval('[data-testid=snapshots] li', (li) => li.map((x) => x.textContent))).toEqual([
    expect.stringMatching(/23/), expect.stringMatching(/57/), expect.stringMatching(/115/),
  ]);
  await goTo(panel, training, 'add-relation');
  expect(await training.$eval('h1', (el) => el.textContent)).toBe('ADD A RELATIONSHIP OR AUTHORIZED SUBJECTS TO A CONTACT');
  expect(await prefillFromWorklist(panel, '[data-kind=authorizationMissing][data-item*="demo-member-1|"]', en.worklist.prefill, 'organisation')).toBe('done');
  expect(await committed(training)).toMatchObject({ contact: 'TREMBLAY, Éric', who: 'Une autre organisation', subjects: ['Rapport mensuel'], attestAuthority: false, attestAccurate: false });

  // Step 6: a linking code to send.
  await goTo(panel, training, 'modify-contact');
  expect(await prefillFromWorklist(panel, '[data-kind=linkingCodeNotSent][data-item*="demo-member-13"]', en.worklist.prefill, 'newCode')).toBe('done');
  expect(await committed(training)).toMatchObject({ contact: 'GAGNÉ, Martin', email: 'martin.gagne@laforcecomptable.ca', newLinkingCode: true, attestAccurate: false });

  // The real side panel, opened from the toolbar over the training copy, finds it as "the portal tab".
  await goTo(panel, training, 'relations');
  const side = await h.openSidePanelFromToolbar(training);
  expect(await side.waitForText('[data-testid=training-banner]')).toBe(en.training.banner);
  await press(side.page!, 'nav.tabs [data-view="portal"]');
  await press(side.page!, '[data-testid=read-lists]');
  await side.page!.waitForFunction((done) => document.querySelector('[data-testid=read-status]')?.textContent === done, { polling: 100, timeout: 60_000 }, en.portal.read.done);

  // Nothing was ever submitted or attested on the training copy.
  expect(await training.evaluate(() => __portal.submissions.length)).toBe(0);
  expect(await training.evaluate(() => __portal.clicks)).toEqual({ attestation: 0, submit: 0, lier: 0, creerCompte: 0, validerCode: 0 });
  // The real inventory and conversation, mid-demo: as they were; the demo's is kept apart.
  expect(await idb(panel, 'passerelle', 'dump')).toEqual(seeded);
  expect(await stored(panel, REAL_JOURNEY)).toEqual(realJourney);
  expect(Object.keys(await stored(panel, TRAINING_JOURNEY))).toContain('passerelle.training.journey');

  // Reset: the demo's database is gone, the panel is back on the real inventory.
  await view(panel, 'training');
  await press(panel, '[data-testid=training-reset]');
  await panel.waitForFunction(() => !document.querySelector('[data-testid=training-banner]') && !!document.querySelector('[data-testid=greeting]'), { timeout: 15_000, polling: 100 });
  await panel.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name === 'passerelle-training'), { polling: 100 });
  expect(await idb(panel, 'passerelle', 'dump')).toEqual(seeded);
  // The trainer's conversation went with the demo; the real one is back where it was.
  expect(await stored(panel, TRAINING_JOURNEY)).toEqual({});
  expect(await stored(panel, REAL_JOURNEY)).toEqual(realJourney);
  await panel.waitForSelector('[data-testid=quick-replies] [data-event="journey.start"]');
}, 240_000);
