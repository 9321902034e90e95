/**
 * What a page of the build loads before it can run: the HTML's entry script,
 * its modulepreloads and stylesheets, and every chunk those import
 * statically, transitively. Lazy chunks (`import("…")`, Vite's preload map)
 * are left out: they load when a view or a feature asks for them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const HTML_ASSET = /<(?:script[^>]*\ssrc|link[^>]*\srel=["']?(?:modulepreload|stylesheet)["']?[^>]*\shref)=["']([^"']+)["']/g;
const HTML_ASSET_HREF_FIRST = /<link[^>]*\shref=["']([^"']+)["'][^>]*\srel=["']?(?:modulepreload|stylesheet)["']?/g;

/** Static imports of one JS chunk, as paths relative to the build root. */
export function staticImports(code: string, file: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) out.push(normalize(join(dirname(file), m[1]!)));
  return out;
}

/** The files (relative to `root`) a page loads before running: entry, static imports, CSS. */
export function initialLoad(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const queue: string[] = [];
  for (const re of [HTML_ASSET, HTML_ASSET_HREF_FIRST]) {
    for (const m of html.matchAll(re)) queue.push(normalize(m[1]!.replace(/^\//, '')));
  }
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(readFileSync(join(root, file), 'utf8'), file));
  }
  return [...seen].sort();
}

/** Gzip at its default level, each file alone (as a store or a server would send them). */
export const gzippedBytes = (root: string, files: readonly string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(join(root, f))).byteLength, 0);
