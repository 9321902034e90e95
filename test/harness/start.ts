/**
 * `npm start`: builds Passerelle, serves the training portal at
 * https://sel.ccq.org (on this machine only), and opens Chromium (or a Chrome
 * found on the machine) with the extension and its side panel.
 *
 * With a display, the browser stays open for you; close it to stop.
 * Without one ($DISPLAY unset), it runs headless, walks the greeting in French
 * then English, and writes screenshots to test-artifacts/start/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildExtension, buildSkipped } from './build';
import { formatErrors } from './collector';
import { startHarness, type Harness } from './index';
import { ARTIFACTS_DIR, REPO_ROOT } from './paths';

const SHOTS = join(ARTIFACTS_DIR, 'start');
const GREETING = '[data-testid=greeting]';
const PORTAL_SIZE = { width: 900, height: 640 };
const PANEL_SIZE = { width: 380, height: 640 };

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  if (!buildSkipped()) {
    console.log('Building the extension…');
    await buildExtension(['chromium']);
  }
  const h = await startHarness({ browser: 'chromium', headless });
  try {
    const portal = await h.openPortal('/');
    await portal.setViewport(PORTAL_SIZE);
    const side = await h.openSidePanelFromToolbar(portal);
    if (!headless) {
      console.log(`Passerelle is open on the training portal (${portal.url()}). Close the browser to stop.`);
      await new Promise<void>((done) => h.browser.once('disconnected', () => done()));
      return;
    }
    // The side panel of headless Chromium has no size of its own: the same
    // page, in a tab of a side panel's size, is what gets photographed.
    const panel = await h.openPanel();
    await panel.setViewport(PANEL_SIZE);
    const written = await walkTheGreeting(h, portal, panel, await side.waitForText(GREETING));
    await h.assertNoErrors();
    console.log('Screenshots:');
    for (const file of written) console.log(`  ${relative(REPO_ROOT, file)}`);
  } finally {
    await h.close();
  }
}

/** French first (the browser asks for fr-CA), then the switch to English. */
async function walkTheGreeting(h: Harness, portal: Page, panel: Page, sidePanelGreeting: string): Promise<string[]> {
  await mkdir(SHOTS, { recursive: true });
  const written: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
    return file;
  };
  const greeting = () => panel.$eval(GREETING, (el) => el.textContent?.trim() ?? '');

  await panel.waitForSelector(GREETING);
  console.log(`Side panel (fr): ${sidePanelGreeting}`);
  await shoot(portal, 'portal');
  await shoot(panel, 'panel-fr');
  await overview(h, portal, panel, 'overview-fr').then((f) => written.push(f));

  const before = await greeting();
  await panel.click('[data-testid=lang-switch]');
  await panel.waitForFunction((sel, old) => document.querySelector(sel)?.textContent?.trim() !== old, {}, GREETING, before);
  console.log(`Side panel (en): ${await greeting()}`);
  await shoot(panel, 'panel-en');
  await overview(h, portal, panel, 'overview-en').then((f) => written.push(f));
  return written;
}

/**
 * The portal and the panel side by side, as a person sees them: both
 * screenshots laid out in a blank page of the same browser and photographed
 * again (no image library needed).
 */
async function overview(h: Harness, portal: Page, panel: Page, name: string): Promise<string> {
  const [left, right] = await Promise.all([
    portal.screenshot({ encoding: 'base64' }),
    panel.screenshot({ encoding: 'base64' }),
  ]);
  const page = await h.browser.newPage();
  await page.setViewport({ width: PORTAL_SIZE.width + PANEL_SIZE.width + 1, height: PORTAL_SIZE.height });
  await page.setContent(
    `<body style="margin:0;display:flex;background:#888;gap:1px">
      <img src="data:image/png;base64,${left}"><img src="data:image/png;base64,${right}"></body>`,
  );
  const file = join(SHOTS, `${name}.png`);
  await writeFile(file, await page.screenshot({ type: 'png' }));
  await page.close();
  return file;
}

main().catch((error: unknown) => {
  const found = (error as { found?: Parameters<typeof formatErrors>[0] }).found;
  console.error(found ? `Errors in the extension:\n${formatErrors(found)}` : error);
  process.exit(1);
});
