/**
 * Renders docs/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/<size>.png, which WXT puts in the manifest). Run it after
 * changing the SVG; the PNGs are committed. Uses the same Chromium as the tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../test/harness/chromium';
import { REPO_ROOT } from '../test/harness/paths';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(join(REPO_ROOT, 'docs/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml,${encodeURIComponent(svg)}"></body>`,
    );
    await page.screenshot({ path: join(REPO_ROOT, `public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
