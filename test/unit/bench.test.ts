import { describe, expect, it } from 'vitest';
import { median } from '../bench/case';
import { measure } from '../bench/run';

describe('bench runner', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (xs, m) => expect(median(xs)).toBe(m));

  it('reports the median of each side, their ratio, and whether it meets the target', async () => {
    let runs = 0;
    let floors = 0;
    const result = await measure(
      { name: 'x', floorName: 'y', target: 2.5, run: async () => [30, 10, 20, 99][runs++ % 4]!, floor: async () => [10, 5, 10, 10][floors++ % 4]! },
      3,
    );
    expect(result).toMatchObject({ name: 'x', floorName: 'y', runs: 3, target: 2.5 });
    expect(result.ratio).toBe(Math.round((result.ms / result.floorMs) * 100) / 100);
    expect(result.pass).toBe(result.ratio <= 2.5);
  });
});

describe('initial load of a built page', () => {
  it('counts the entry, its static imports (transitively), modulepreloads and CSS, never lazy chunks', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { initialLoad } = await import('../bench/bundle');
    const root = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(root, 'chunks'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(
      join(root, 'page.html'),
      '<script type="module" crossorigin src="/chunks/entry.js"></script><link rel="modulepreload" crossorigin href="/chunks/pre.js"><link rel="stylesheet" href="/assets/a.css">',
    );
    writeFileSync(join(root, 'chunks/entry.js'), 'import"./side.js";import{a as b}from"./shared.js";const v=()=>import(`./lazy.js`);export{b}');
    writeFileSync(join(root, 'chunks/shared.js'), 'export{x as a}from"./deep.js"');
    for (const f of ['pre', 'side', 'deep', 'lazy']) writeFileSync(join(root, `chunks/${f}.js`), `export const ${f}=1`);
    writeFileSync(join(root, 'assets/a.css'), 'a{}');
    expect(initialLoad(root, 'page.html')).toEqual(['assets/a.css', 'chunks/deep.js', 'chunks/entry.js', 'chunks/pre.js', 'chunks/shared.js', 'chunks/side.js']);
  });
});
