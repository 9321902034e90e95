/**
 * Vitest global setup for the e2e suite: one production build for every file,
 * unless PASSERELLE_SKIP_BUILD=1 says the caller just built.
 */
import { buildExtension, buildSkipped } from './build';
import { outDir } from './paths';

export default async function setup(): Promise<void> {
  if (buildSkipped()) return;
  const started = Date.now();
  await buildExtension(['chromium', 'firefox']);
  console.log(`e2e: built the extension into ${outDir()} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
