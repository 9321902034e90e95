/**
 * Bundle sizes of the Chrome build, gzipped, against their budgets: the
 * content script ≤ 8 KB (it is injected in every portal page), the side
 * panel's initial load ≤ 80 KB (entry + static imports + CSS of
 * sidepanel.html; lazy views excluded, see bundle.ts). The background is
 * reported without a budget. Over budget fails `npm run bench`, not the tests.
 *
 * Builds into $PASSERELLE_OUT first (a stale build would report stale
 * sizes), unless PASSERELLE_SKIP_BUILD=1 says the caller just built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, buildSkipped } from '../harness/build';
import { extensionDir } from '../harness/paths';
import { gzippedBytes, initialLoad } from './bundle';
import type { BenchCase } from './case';

const KB = 1024;
let built: Promise<string> | undefined;
function chromeBuild(): Promise<string> {
  built ??= (async () => {
    const dir = extensionDir('chromium');
    if (!buildSkipped() || !existsSync(join(dir, 'manifest.json'))) await buildExtension(['chromium']);
    return dir;
  })();
  return built;
}

const kb = (bytes: number) => bytes / KB;
const sizeCase = (name: string, budgetKb: number, files: (root: string) => string[]): BenchCase => ({
  name,
  floorName: `budget ${budgetKb} KB`,
  unit: 'KB',
  once: true,
  target: Number.isFinite(budgetKb) ? 1 : Number.POSITIVE_INFINITY,
  run: async () => {
    const root = await chromeBuild();
    return kb(gzippedBytes(root, files(root)));
  },
  floor: async () => budgetKb,
});

export const cases: BenchCase[] = [
  sizeCase('content script, gzipped', 8, () => ['content-scripts/portal.js']),
  sizeCase('side panel initial load, gzipped', 80, (root) => initialLoad(root, 'sidepanel.html')),
  {
    ...sizeCase('background, gzipped', Number.POSITIVE_INFINITY, () => ['background.js']),
    floorName: 'raw size (no budget)',
    floor: async () => kb((await import('node:fs')).statSync(join(await chromeBuild(), 'background.js')).size),
  },
];
