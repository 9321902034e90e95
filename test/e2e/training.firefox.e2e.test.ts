/**
 * Training mode in Firefox, as far as BiDi lets us drive it: the sidebar page
 * runs in a tab (the sidebar itself cannot be driven, test/harness/README.md).
 * The demo firm loads into its own database beside a real firm's row; the
 * training copy (a moz-extension:// page) shows its banner, answers the panel
 * through the runtime relay, has its lists read whole over a relay port and a
 * form prefilled, and follows a language switch; nothing is submitted.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { PortalHook } from '../../portal/hook';
import { planFill } from '../../content/plans';
import { startHarness, PANEL_PAGE, type Harness } from '../harness';
import { REAL_MEMBER, idb, waitForAgent } from './support/training';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ browser: 'firefox', languages: ['fr-CA', 'fr'] });
});
afterEach(async () => {
  await h.assertNoErrors();
});
afterAll(async () => {
  await h?.close();
});

declare const __portal: PortalHook;
type Api = any; // eslint-disable-line @typescript-eslint/no-explicit-any

it('demo firm apart from the real inventory; the training copy reached through the relay: lists, prefill, language (Firefox)', async () => {
  const panel = await h.openExtensionPage(PANEL_PAGE);
  await panel.waitForSelector('[data-event="role.trainer"]');
  await panel.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'passerelle'), { polling: 100 });
  const seeded = await idb(panel, 'passerelle', 'seed', REAL_MEMBER);

  // The demo firm, through the trainer's tab.
  await panel.$eval('[data-event="role.trainer"]', (b) => (b as HTMLElement).click());
  await (await panel.waitForSelector('nav.tabs [data-view=training]'))!.evaluate((b) => (b as HTMLElement).click());
  await (await panel.waitForSelector('[data-testid=training-load]'))!.evaluate((b) => (b as HTMLElement).click());
  await panel.waitForSelector('[data-testid=training-banner]', { timeout: 15_000 });
  expect((await idb(panel, 'passerelle-training', 'dump'))!.members.length).toBeGreaterThanOrEqual(24);
  expect(await idb(panel, 'passerelle', 'dump')).toEqual(seeded);

  // The training copy, its banner, its agent.
  const training = await h.openExtensionPage('training.html?id=relations');
  await training.waitForSelector('.training-banner');
  const url = await training.evaluate(() => location.href);
  await waitForAgent(panel, url);

  // The three lists, read whole over the relay port.
  const counts = await panel.evaluate(async (url) => {
    const api: Api = (globalThis as Api).browser;
    const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
    const port = api.runtime.connect({ name: `passerelle.portal@${tab.id}` });
    return new Promise((ok) => {
      port.onMessage.addListener((e: { type: string; snapshots?: { list: string; rows: unknown[] }[] }) => {
        if (e.type === 'lists.done') ok(e.snapshots!.map((s) => [s.list, s.rows.length]));
        if (e.type === 'lists.failed') ok(e);
      });
      port.postMessage({ type: 'lists.read', lists: ['contacts', 'relations', 'authorizations'] });
    });
  }, url);
  expect(counts).toEqual([['contacts', 23], ['relations', 57], ['authorizations', 115]]);

  // A prefill, relayed to the training copy's « Ajouter… » form.
  await training.evaluate(() => ((location.search = '?id=add-relation'), undefined)).catch(() => undefined);
  await training.waitForSelector('h1');
  const addUrl = await training.evaluate(() => location.href);
  await waitForAgent(panel, addUrl);
  const plan = planFill('addMember', { member: { firstName: 'Noémie', lastName: 'Lévesque-Roy' } }, { today: new Date().toISOString().slice(0, 10) });
  const report = await panel.evaluate(async (url, plan) => {
    const api: Api = (globalThis as Api).browser;
    const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === url);
    return api.runtime.sendMessage({ type: 'training.relay', tabId: tab.id, message: { type: 'prefill.run', url, ...plan } });
  }, addUrl, plan);
  expect(report).toMatchObject({ type: 'prefill.report', outcome: 'done' });
  expect(await training.evaluate(() => __portal.committed())).toMatchObject({ contactMissing: true, firstName: 'Noémie', lastName: 'Lévesque-Roy', who: 'Mon organisation' });

  // The panel switches to English: the copy follows.
  await panel.$eval('[data-testid=lang-switch]', (b) => (b as HTMLElement).click());
  await training.waitForFunction(() => document.documentElement.lang === 'en-CA' && document.querySelector('h1')?.textContent === 'ADD A RELATIONSHIP OR AUTHORIZED SUBJECTS TO A CONTACT', { polling: 100 });
  expect(await training.evaluate(() => [__portal.submissions.length, __portal.clicks.submit, __portal.clicks.attestation])).toEqual([0, 0, 0]);

  // Reset: the demo's database goes, the real one stays.
  await (await panel.waitForSelector('nav.tabs [data-view=training]'))!.evaluate((b) => (b as HTMLElement).click());
  await (await panel.waitForSelector('[data-testid=training-reset]'))!.evaluate((b) => (b as HTMLElement).click());
  await panel.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name === 'passerelle-training'), { polling: 100, timeout: 15_000 });
  expect(await idb(panel, 'passerelle', 'dump')).toEqual(seeded);
}, 180_000);
