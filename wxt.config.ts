import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstPaintStrings } from './scripts/first-paint-strings.ts';

/** The only origin Passerelle ever touches. */
export const PORTAL_MATCH = 'https://sel.ccq.org/*';

/** Manifest strings come from locales/ like every other string the person sees. */
function manifestMessages(lang: 'fr' | 'en') {
  const all = JSON.parse(readFileSync(resolve(__dirname, `locales/${lang}.json`), 'utf8'));
  const m = all.manifest as Record<string, string>;
  return JSON.stringify(
    Object.fromEntries(Object.entries(m).map(([k, message]) => [k, { message }])),
    null,
    2,
  );
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Parallel builds (tests, benches, several checkouts) each get their own output folder.
  outDir: process.env.PASSERELLE_OUT ?? '.output',
  // The side panel's first-paint strings, picked from locales/ (panel/first-paint-keys.ts).
  vite: () => ({ plugins: [firstPaintStrings()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'fr',
    // Nothing else: the side panel needs `sidePanel`, inventory and progress need `storage`,
    // and Chrome needs `scripting` to inject the portal agent only when the panel asks
    // (panel/portal/summon.ts; Firefox MV2 does that with the host permission alone).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel', 'scripting'],
    host_permissions: [PORTAL_MATCH],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'passerelle@passerelle.quebec',
              // Firefox 140 ESR is the first to understand data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142 (it has no
            // sidebar, but the store checks every platform the manifest could reach).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // No web page and no other extension may talk to us.
          externally_connectable: { ids: [], matches: [] },
          minimum_chrome_version: '116',
        }),
  }),
  zip: {
    // AMO's source archive: the code that builds the add-on, not what tests leave behind.
    excludeSources: ['test-artifacts/**', 'coverage/**', '.web-ext/**'],
  },
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      for (const lang of ['fr', 'en'] as const) {
        assets.push({ relativeDest: `_locales/${lang}/messages.json`, contents: manifestMessages(lang) });
      }
    },
  },
});
