/**
 * A/B of the side panel's first assistant message across builds, in ONE
 * Chromium: every build is installed (each with its own floor page) and their
 * loads alternate, the starting build rotating each round, so the load of a
 * busy machine hits every build alike. Same measure as browser.bench.ts.
 *
 *   npx tsx test/bench/compare-panel.ts <runs> <out dir>...
 *
 * Each <out dir> is a build folder (what PASSERELLE_OUT named). Per build:
 * medians of the panel and of its floor, their ratio, the median of each load's
 * ratio to the floor loaded just before it ("paired") and of their difference
 * ("over floor"), and the panel's time after its HTML is parsed (domInteractive
 * → message: its own work, without the navigation both pages share).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../harness/paths';
import { median } from './case';
import { FLOOR_PAGE, copyBuildWithFloor, firstMessageAt, launchBenchChromium, navigationTiming, watchFirstMessage } from './panel-page';

const [runsArg, ...outs] = process.argv.slice(2);
const runs = Number(runsArg);
if (!runs || outs.length === 0) throw new Error('usage: compare-panel.ts <runs> <out dir>...');

interface Load {
  ms: number;
  /** From domInteractive to the same moment. */
  afterParse: number;
}

const tmp = mkdtempSync(join(tmpdir(), 'passerelle-compare-'));
const browser = await launchBenchChromium(tmp, { extensions: true });

try {
  const ids: string[] = [];
  for (const [i, out] of outs.entries()) {
    const root = join(tmp, `build-${i}`);
    copyBuildWithFloor(extensionDir('chromium', out), root);
    ids.push(await browser.installExtension(root));
  }

  const open = async (id: string, path: string, firstMessage: boolean): Promise<Load> => {
    const page = await browser.newPage();
    try {
      if (firstMessage) await watchFirstMessage(page);
      await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load' });
      const nav = await navigationTiming(page);
      const ms = firstMessage ? await firstMessageAt(page) : nav.loadEventEnd;
      return { ms, afterParse: ms - nav.domInteractive };
    } finally {
      await page.close();
    }
  };

  const panel: Load[][] = outs.map(() => []);
  const floor: Load[][] = outs.map(() => []);
  const loadBefore = loadavg()[0]!;
  // Three unmeasured rounds warm the extension processes and the code caches.
  for (let r = -3; r < runs; r++) {
    for (let k = 0; k < outs.length; k++) {
      const i = (k + r + 3) % outs.length;
      const f = await open(ids[i]!, FLOOR_PAGE, false);
      const p = await open(ids[i]!, 'sidepanel.html', true);
      if (r < 0) continue;
      floor[i]!.push(f);
      panel[i]!.push(p);
    }
  }

  const fixed = (x: number) => x.toFixed(1);
  for (const [i, out] of outs.entries()) {
    const p = panel[i]!;
    const f = floor[i]!;
    const ms = median(p.map((l) => l.ms));
    const floorMs = median(f.map((l) => l.ms));
    const paired = median(p.map((l, k) => l.ms / f[k]!.ms));
    const over = median(p.map((l, k) => l.ms - f[k]!.ms));
    console.log(
      `${out}: panel ${fixed(ms)} ms, floor ${fixed(floorMs)} ms, ratio ${(ms / floorMs).toFixed(2)}×, paired ${paired.toFixed(2)}×, ` +
        `over floor ${fixed(over)} ms, after parse ${fixed(median(p.map((l) => l.afterParse)))} ms (floor ${fixed(median(f.map((l) => l.afterParse)))}); ${runs} runs`,
    );
  }
  console.log(`load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
