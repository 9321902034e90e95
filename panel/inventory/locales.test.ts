/**
 * Every string the inventory views can show exists in both locales: keys
 * written literally in the code, and every key built from a code (issue,
 * kind, step, status…).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';
import { IMPORT_FIELDS } from '../../inventory/import/columns';
import { ISSUE_CODES } from '../../inventory/import/plan';
import { MEMBER_STATUSES, PHONE_TYPES } from '../../inventory/schema';
import { DIFFERENCE_FIELDS, GUIDE_STEPS, WORKLIST_KINDS, WORKLIST_STATES } from '../../inventory/worklist';

type Tree = { [k: string]: string | Tree };
function has(tree: Tree, key: string): boolean {
  // A key segment may itself contain a dot (« utf-8-bom » does not, but nothing forbids it): try every split.
  const walk = (node: string | Tree | undefined, rest: string): boolean => {
    if (rest === '') return typeof node === 'string';
    if (!node || typeof node === 'string') return false;
    const parts = rest.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const head = parts.slice(0, i).join('.');
      if (head in node && walk(node[head], parts.slice(i).join('.'))) return true;
    }
    return false;
  };
  return walk(tree, key);
}

const families: string[] = [
  ...ISSUE_CODES.map((c) => `inventory.issue.${c}`),
  ...MEMBER_STATUSES.map((s) => `inventory.status.${s}`),
  ...PHONE_TYPES.map((p) => `inventory.phoneType.${p}`),
  ...IMPORT_FIELDS.map((f) => `inventory.field.${f}`),
  ...DIFFERENCE_FIELDS.filter((f) => f !== 'name').map((f) => `inventory.field.${f}`),
  ...['fileTooLarge', 'fileEmpty', 'xlsNotSupported', 'xlsxUnreadable', 'fileUnreadable'].map((c) => `inventory.import.problem.${c}`),
  ...['utf-8-bom', 'utf-8', 'utf-16le', 'windows-1252'].map((e) => `inventory.import.encoding.${e}`),
  ...['semicolon', 'comma', 'tab'].map((d) => `inventory.import.delimiter.${d}`),
  ...['unclosedQuote', 'malformed'].map((c) => `inventory.import.rowProblem.${c}`),
  ...['notJson', 'notBackup', 'newerVersion', 'tooLarge', 'invalid'].map((c) => `inventory.restore.${c}`),
  ...['duplicateEmail', 'duplicateName'].map((c) => `inventory.form.${c}`),
  ...['duplicateNumber', 'duplicateName', 'duplicateEmail'].map((c) => `inventory.clientForm.${c}`),
  ...['import', 'restore'].map((k) => `inventory.undo.${k}`),
  ...WORKLIST_KINDS.flatMap((k) => [`worklist.kind.${k}`, `worklist.action.${k}`]),
  // Step titles are the conversation's own (guide.steps.*).
  ...GUIDE_STEPS.map((s) => `guide.steps.${s}.title`),
  ...WORKLIST_STATES.map((s) => `worklist.state.${s}`),
  ...['noSnapshot', 'noFirm'].map((r) => `worklist.cannot.${r}`),
  ...['relationInactive', 'relationUnknown'].map((k) => `worklist.item.${k}`),
];

function literalKeys(): string[] {
  const dirs = [__dirname, join(__dirname, '..')];
  const keys = new Set<string>();
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/\bt[r]?(?:\.value)?\(\s*'((?:inventory|worklist|dashboard)\.[\w.-]+)'/g)) keys.add(m[1]!);
    }
  return [...keys];
}

describe('inventory strings', () => {
  const keys = [...new Set([...families, ...literalKeys()])];
  it('finds the literal keys it checks', () => expect(literalKeys().length).toBeGreaterThan(100));
  it.each(keys)('%s is in French and English', (key) => {
    expect(has(fr as Tree, key), `fr ${key}`).toBe(true);
    expect(has(en as Tree, key), `en ${key}`).toBe(true);
  });
});
