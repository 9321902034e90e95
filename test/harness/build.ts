/**
 * Builds the extension the way a release does (`wxt build`), into the output
 * folder the harness reads. One build serves every e2e file of a run.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT, outDir, type BrowserName } from './paths';

// WXT's CLI; its package exports don't expose the file, so it is found by path.
const WXT_CLI = resolve(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [WXT_CLI, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', ko);
    child.on('exit', (code) =>
      code === 0 ? ok() : ko(new Error(`wxt ${args.join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

/** `wxt build` for each browser, in turn (WXT shares `.wxt/` between builds). */
export async function buildExtension(
  browsers: readonly BrowserName[] = ['chromium', 'firefox'],
  out = outDir(),
): Promise<void> {
  const env = { ...process.env, PASSERELLE_OUT: out };
  for (const browser of browsers) {
    await run(browser === 'chromium' ? ['build'] : ['build', '-b', 'firefox'], env);
  }
}

/** Tests and `npm start` build unless told the build is already there. */
export function buildSkipped(): boolean {
  return process.env.PASSERELLE_SKIP_BUILD === '1';
}
