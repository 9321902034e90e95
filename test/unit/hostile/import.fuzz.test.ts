/**
 * Import fuzzing from the bytes of a file: generated CSV text with hostile
 * cells, saved as UTF-8, UTF-16 (« Texte Unicode », where lone surrogates
 * survive) or Windows-1252, read, mapped and planned as the panel does.
 * Nothing throws; every refused file and every refused row says why, in
 * both languages, with every value its message needs; applying a plan is
 * all or nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import fr from '../../../locales/fr.json';
import { PasserelleDb } from '../../../inventory/db';
import { applyImport, ImportBlockedError } from '../../../inventory/import/apply';
import { guessMapping, IMPORT_FIELDS } from '../../../inventory/import/columns';
import { readImportFile } from '../../../inventory/import/file';
import { ERROR_CODES, planImport, type ImportPlan, type RowIssue } from '../../../inventory/import/plan';
import { hostileText, hugeText } from './arbitraries';

const HEADERS = ['Prénom', 'Nom', 'Nom complet', 'Courriel', 'Téléphone', 'Type de téléphone', 'Langue', 'Fonction', 'Statut', 'Clients', 'Sujets autorisés', 'Droit', 'Notes', '__proto__', 'constructor', '=cmd'];

function quote(cell: string, sep: string): string {
  return /["\r\n]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function encode(text: string, as: 'utf8' | 'utf16le' | 'cp1252'): Uint8Array {
  if (as === 'utf8') return new TextEncoder().encode(text);
  if (as === 'utf16le') {
    // Code unit by code unit: a lone surrogate stays in the file, as Excel can write it.
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    return bytes;
  }
  return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
}

const csvFile = fc
  .record({
    headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(hostileText(), { maxLength: 9 }), { maxLength: 6 }),
    sep: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\r\n', '\n'),
    encoding: fc.constantFrom('utf8', 'utf16le', 'cp1252') as fc.Arbitrary<'utf8' | 'utf16le' | 'cp1252'>,
    /** Now and then a stray quote the CSV reader cannot close. */
    brokenQuote: fc.boolean(),
    /** Now and then one huge cell. */
    huge: fc.option(fc.tuple(hugeText, fc.nat(), fc.nat()), { freq: 30 }),
  })
  .map(({ headers, rows, sep, newline, encoding, brokenQuote, huge }) => {
    if (huge && rows.length > 0) {
      const [text, r, c] = huge;
      const row = rows[r % rows.length]!;
      row[c % (row.length + 1)] = text;
    }
    const lines = [headers, ...rows].map((r) => r.map((c) => quote(c, sep)).join(sep));
    if (brokenQuote && lines.length > 1) lines[1] = `"${lines[1]}`;
    const bytes = encode(lines.join(newline) + newline, encoding);
    return { name: 'membres.csv', size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
  });

type Catalog = typeof fr;
const LANGUAGES: [string, Catalog][] = [
  ['fr', fr],
  ['en', en as Catalog],
];

/** The placeholders a message needs: `{{row}}`, `{{value}}`… */
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);

const explained = new Set<string>();
/** A row issue is explained when both languages have its message and the issue carries every value the message names. */
function expectExplained(issue: RowIssue) {
  // Checked once per code and set of values given (the fuzzer repeats them thousands of times).
  const shape = `${issue.code}:${Object.keys(issue).sort().join(',')}`;
  if (explained.has(shape)) return;
  explained.add(shape);
  for (const [lang, catalog] of LANGUAGES) {
    const message = (catalog.inventory.issue as Record<string, string>)[issue.code];
    expect(message, `${lang} message for ${issue.code}`).toBeTypeOf('string');
    for (const p of placeholders(message!)) expect(issue, `${issue.code} needs {{${p}}} (${lang})`).toHaveProperty(p);
  }
}

async function readAndPlan(file: Awaited<ReturnType<typeof csvFile.generate>>['value']): Promise<ImportPlan | undefined> {
  const read = await readImportFile(file);
  if (!read.ok) {
    for (const [lang, catalog] of LANGUAGES) {
      expect((catalog.inventory.import.problem as Record<string, string>)[read.problem.code], `${lang}: ${read.problem.code}`).toBeTypeOf('string');
    }
    return undefined;
  }
  const { mapping } = guessMapping(read.source.table[0] ?? []);
  for (const f of mapping) if (f !== null) expect(IMPORT_FIELDS).toContain(f);
  return planImport(read.source.table, mapping, { members: [], clients: [] }, { now: 1, unreadableRows: read.source.rowProblems.map((p) => p.row) });
}

describe('import from hostile file bytes', () => {
  it('never throws; every refused file and row is explained in both languages; no prototype is touched', { timeout: 60_000 }, async () => {
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, async (file) => {
        const plan = await readAndPlan(file);
        if (!plan) return;
        planned++;
        for (const row of plan.rows) {
          const errors = row.issues.filter((i) => ERROR_CODES.has(i.code));
          expect(row.valid).toBe(errors.length === 0);
          row.issues.forEach(expectExplained);
        }
        expect(plan.counts.valid + plan.counts.invalid).toBe(plan.rows.length);
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 10_000 },
    );
    // The generator must reach the planner most of the time, not stop at unreadable files.
    expect(planned).toBeGreaterThan(8_000);
  });

  it('applies all or nothing: refused while rows have errors, exactly the valid rows once they are left out', { timeout: 30_000 }, async () => {
    let dbs = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, async (file) => {
        const plan = await readAndPlan(file);
        if (!plan) return;
        const db = new PasserelleDb(`fuzz-apply-${dbs++}`);
        await db.open();
        try {
          if (plan.counts.invalid > 0) {
            await expect(applyImport(db, plan, { skipInvalid: false, label: 'fuzz' })).rejects.toBeInstanceOf(ImportBlockedError);
            expect(await db.members.count()).toBe(0);
            expect(await db.journal.count()).toBe(0);
          }
          await applyImport(db, plan, { skipInvalid: true, label: 'fuzz' });
          expect(await db.members.count()).toBe(plan.counts.valid);
          const ids = new Set(plan.rows.filter((r) => r.valid).map((r) => r.member.id));
          expect((await db.members.toArray()).every((m) => ids.has(m.id))).toBe(true);
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
