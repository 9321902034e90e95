/** Where things are, resolved once for the harness, the e2e tests and `npm start`. */
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The build output folder: `$PASSERELLE_OUT` (relative to the repo) or `.output`. */
export function outDir(): string {
  return resolve(REPO_ROOT, process.env.PASSERELLE_OUT ?? '.output');
}

export type BrowserName = 'chromium' | 'firefox';

/** The built, unpacked extension for one browser. */
export function extensionDir(browser: BrowserName, out = outDir()): string {
  return resolve(out, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Screenshots and logs that tests leave behind (git-ignored). */
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'test-artifacts');
