/**
 * Vite plugin: the module `virtual:first-paint-strings`, the side panel's
 * first-paint strings (panel/first-paint-keys.ts) in both languages, picked
 * from locales/*.json at build time. The locale files stay the one source of
 * every string; this is a small copy of a few of them that lets the panel
 * show its greeting without loading i18next and the 75 KB of strings first.
 * Used by the build (wxt.config.ts) and the unit tests (vitest.config.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_PAINT_KEYS } from '../panel/first-paint-keys.ts';
import { firstPaintHtml, type FirstPaintKey, type PanelLanguage } from '../panel/first-paint-shell.ts';

const ID = 'virtual:first-paint-strings';
const RESOLVED = `\0${ID}`;
const LANGUAGES = ['fr', 'en'] as const;

/** `key`'s string in a locale file's nested object; throws when it is missing or not a plain string. */
function pick(messages: unknown, key: string, file: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof value !== 'string') throw new Error(`${file}: first-paint key ${key} is missing or not a string`);
  // The first paint looks strings up without i18next: no interpolation, nesting or plural forms.
  if (value.includes('{{') || value.includes('$t(')) throw new Error(`${file}: first-paint key ${key} needs i18next (${value})`);
  return value;
}

/** The first-paint strings of both languages, read from locales/ now. */
function readStrings(root: string, watch: (file: string) => void = () => undefined) {
  const table = {} as Record<PanelLanguage, Record<FirstPaintKey, string>>;
  for (const lang of LANGUAGES) {
    const file = resolve(root, 'locales', `${lang}.json`);
    watch(file);
    const messages: unknown = JSON.parse(readFileSync(file, 'utf8'));
    table[lang] = Object.fromEntries(FIRST_PAINT_KEYS.map((key) => [key, pick(messages, key, `locales/${lang}.json`)])) as Record<FirstPaintKey, string>;
  }
  return table;
}

/** Each language's panel page: the entry HTML it is built from. */
const PAGE_SOURCES: Record<PanelLanguage, string> = { fr: 'entrypoints/sidepanel/index.html', en: 'entrypoints/panel-en/index.html' };
const PLACEHOLDER = '<div id="app"></div>';
/** A script element with its (empty) body, and the whitespace before it. */
const SCRIPT_TAG = /\s*<script\b[^>]*><\/script>/g;

export function firstPaintStrings(root = resolve(import.meta.dirname, '..')): Plugin {
  return {
    name: 'passerelle:first-paint-strings',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      return `export default ${JSON.stringify(readStrings(root, (file) => this.addWatchFile(file)))};`;
    },
    // The panel pages carry their language's first paint as HTML (panel/first-paint-shell.ts).
    // 'post': after Vite has written its script tags, which move below the first
    // paint — each one the parser meets first starts a fetch before the greeting
    // is in the page (2.5 instead of 5.5 ms over a blank page, measured with
    // test/bench/compare-panel.ts). The stylesheet stays in the head: no unstyled flash.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const lang = LANGUAGES.find((l) => resolve(root, PAGE_SOURCES[l]) === resolve(ctx.filename));
        if (!lang) return html;
        if (!html.includes(PLACEHOLDER)) throw new Error(`${PAGE_SOURCES[lang]}: no ${PLACEHOLDER} to put the first paint in`);
        const scripts = html.match(SCRIPT_TAG) ?? [];
        const withoutScripts = scripts.reduce((page, tag) => page.replace(tag, ''), html);
        return withoutScripts
          .replace(PLACEHOLDER, `<div id="app">${firstPaintHtml(lang, readStrings(root)[lang])}</div>`)
          .replace('</body>', `${scripts.map((tag) => tag.trim()).join('\n')}\n</body>`);
      },
    },
  };
}
