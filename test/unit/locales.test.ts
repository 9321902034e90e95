import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
/** i18next placeholders, e.g. {{count}}: both languages must use the same ones. */
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const f = flatten(fr as Tree);
  const e = flatten(en as Tree);
  it('have the same keys', () => {
    expect([...f.keys()].sort()).toEqual([...e.keys()].sort());
  });
  it('have no empty strings', () => {
    for (const [k, v] of [...f, ...e]) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    for (const [k, v] of f) expect(placeholders(e.get(k) ?? ''), k).toEqual(placeholders(v));
  });
});
