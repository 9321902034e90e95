// @vitest-environment node
/**
 * The built manifests, checked against the rules the store reviewers and the
 * people we serve rely on: least privilege, one origin, nobody may talk to us.
 * It reads a real `wxt build` (its own, in a temporary folder, unless
 * PASSERELLE_SKIP_BUILD=1 says `$PASSERELLE_OUT` was just built).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, buildSkipped } from '../harness/build';
import { extensionDir, outDir, type BrowserName } from '../harness/paths';

const PORTAL = 'https://sel.ccq.org/*';
type Manifest = Record<string, any>;

let out: string;
const ownBuild = !buildSkipped();
beforeAll(async () => {
  out = ownBuild ? mkdtempSync(join(tmpdir(), 'passerelle-manifest-')) : outDir();
  if (ownBuild) await buildExtension(['chromium', 'firefox'], out);
}, 120_000);
afterAll(() => {
  if (ownBuild) rmSync(out, { recursive: true, force: true });
});

const read = (browser: BrowserName, file = 'manifest.json'): Manifest =>
  JSON.parse(readFileSync(join(extensionDir(browser, out), file), 'utf8'));

describe.each<BrowserName>(['chromium', 'firefox'])('%s manifest', (browser) => {
  it('declares no content script: the portal agent is injected on request, and ships', () => {
    // panel/portal/summon.ts injects it into the portal tab when the panel first needs it.
    expect(read(browser).content_scripts).toBeUndefined();
    expect(existsSync(join(extensionDir(browser, out), 'content-scripts/portal.js'))).toBe(true);
  });

  it('exposes no file to web pages', () => {
    expect(read(browser).web_accessible_resources).toBeUndefined();
  });

  it('keeps the default content security policy (no eval, no remote code)', () => {
    const csp = read(browser).content_security_policy;
    expect(csp).toBeUndefined();
  });

  it('asks for no optional permissions', () => {
    const m = read(browser);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('takes its name, description and button title from both locales', () => {
    const m = read(browser);
    expect(m.default_locale).toBe('fr');
    const keys = [m.name, m.description, (m.action ?? m.browser_action).default_title].map((v: string) =>
      /^__MSG_(\w+)__$/.exec(v)?.[1],
    );
    expect(keys).not.toContain(undefined);
    for (const lang of ['fr', 'en']) {
      const messages = read(browser, `_locales/${lang}/messages.json`);
      for (const key of keys) expect(messages[key!]?.message?.trim(), `${lang}: ${key}`).toBeTruthy();
    }
  });

  it("opens a panel page that carries its language's greeting as HTML, for each language", () => {
    const page = (file: string) => readFileSync(join(extensionDir(browser, out), file), 'utf8');
    const fr = JSON.parse(readFileSync('locales/fr.json', 'utf8')).chat.greeting as string;
    const en = JSON.parse(readFileSync('locales/en.json', 'utf8')).chat.greeting as string;
    expect(page('sidepanel.html')).toMatch(/<html lang="fr-CA">/);
    expect(page('sidepanel.html')).toContain(`data-testid="greeting">${fr}</li>`);
    expect(page('panel-en.html')).toMatch(/<html lang="en-CA">/);
    expect(page('panel-en.html')).toContain(`data-testid="greeting">${en.replace(/&/g, '&amp;')}</li>`);
  });

  it('has the icon sizes the stores ask for', () => {
    expect(Object.keys(read(browser).icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  it('ships every file it names', () => {
    const m = read(browser);
    const named = [
      ...((m.content_scripts ?? []) as Manifest[]).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
      m.background.service_worker ?? m.background.scripts,
      m.side_panel?.default_path ?? m.sidebar_action?.default_panel,
      Object.values(m.icons ?? {}),
    ].flat();
    for (const file of named) expect(existsSync(join(extensionDir(browser, out), file)), file).toBe(true);
  });
});

describe('Chrome (MV3) manifest', () => {
  const m = () => read('chromium');

  it('is Manifest V3 with exactly storage, sidePanel and scripting', () => {
    expect(m().manifest_version).toBe(3);
    // scripting only injects the portal agent; where it may, the host permission says.
    expect([...m().permissions].sort()).toEqual(['scripting', 'sidePanel', 'storage']);
  });

  it('has one host permission: the portal', () => {
    expect(m().host_permissions).toEqual([PORTAL]);
  });

  it('admits no web page and no other extension through externally_connectable', () => {
    expect(m().externally_connectable).toEqual({ ids: [], matches: [] });
  });

  it('opens the side panel page and runs a service worker', () => {
    expect(m().side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m().action).toBeDefined();
    expect(m().background).toEqual({ service_worker: 'background.js' });
  });
});

describe('Firefox (MV2) manifest', () => {
  const m = () => read('firefox');

  it('is Manifest V2 with storage and the portal only', () => {
    expect(m().manifest_version).toBe(2);
    expect([...m().permissions].sort()).toEqual([PORTAL, 'storage']);
  });

  it('has a gecko id, declares no data collection, and a minimum version that knows that key', () => {
    const gecko = m().browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions is understood from Firefox 140 (ESR) on desktop.
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('shows the same page as a sidebar, opened from a toolbar button', () => {
    expect(m().sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m().browser_action).toBeDefined();
  });

  it('has no Chrome-only keys', () => {
    expect(m().externally_connectable).toBeUndefined();
    expect(m().side_panel).toBeUndefined();
    expect(m().host_permissions).toBeUndefined();
  });
});
