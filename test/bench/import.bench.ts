/**
 * Importing a 10k-row members CSV (decode, detect, map, validate every row,
 * resolve clients, build the plan) against its floor: decoding and parsing
 * the same bytes into cells, which any import must do. Target ≤ 3×.
 *
 * The database write is measured apart (fake-indexeddb in Node says little
 * about a browser's IndexedDB), without a target.
 */
import 'fake-indexeddb/auto';
import { PasserelleDb } from '../../inventory/db';
import { applyImport } from '../../inventory/import/apply';
import { guessMapping } from '../../inventory/import/columns';
import { parseCsv } from '../../inventory/import/csv';
import { decodeText } from '../../inventory/import/decode';
import { readImportFile } from '../../inventory/import/file';
import { planImport } from '../../inventory/import/plan';
import { time, type BenchCase } from './case';

const ROWS = 10_000;
const SUBJECTS = ['Profil (Écriture)', 'Paiements et relevés (Lecture)', 'Rapport mensuel', "Main-d'œuvre (Écriture)"];
const FIRST = ['Éloïse', 'Jean-François', 'Marie', 'Zoé', 'Luc', 'Chloé', 'André', 'Noémie'];

function csvBytes(): Uint8Array {
  const lines = ['Prénom;Nom;Courriel;Téléphone;Type de téléphone;Langue;Fonction;Statut;Clients;Sujets autorisés;Notes'];
  for (let i = 0; i < ROWS; i++) {
    const clients = [0, 1, 2].map((k) => `CONSTRUCTION GÉNÉRALE ${(i * 3 + k) % 5000} INC. (${100000 + ((i * 3 + k) % 5000)})`).join('; ');
    lines.push(
      [
        FIRST[i % FIRST.length],
        `Bérubé-Côté ${i}`,
        `membre.${i}@firme.example`,
        `(514) 555-${String(i % 10000).padStart(4, '0')}`,
        i % 2 ? 'Cellulaire' : 'Bureau',
        i % 3 ? 'Français' : 'Anglais',
        'Technicienne en paie',
        i % 5 ? 'Code envoyé le 2026-01-15' : 'Pas dans le portail',
        `"${clients}"`,
        `"${SUBJECTS[i % 4]}; ${SUBJECTS[(i + 1) % 4]}"`,
        i % 7 ? '' : '"Note: « à rappeler »"',
      ].join(';'),
    );
  }
  // As Excel in Québec saves it: Windows-1252 is the slow path (strict UTF-8 fails first).
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = new Uint8Array(text.length);
  const cp1252 = new Map([['œ', 0x9c], ['«', 0xab], ['»', 0xbb]]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 256 ? c : cp1252.get(text[i]!) ?? 0x3f;
  }
  return bytes;
}

let bytes: Uint8Array | undefined;
const file = () => {
  bytes ??= csvBytes();
  const b = bytes;
  return { name: 'membres.csv', size: b.byteLength, arrayBuffer: async () => b.slice().buffer };
};

async function importPlan() {
  const read = await readImportFile(file());
  if (!read.ok) throw new Error(read.problem.code);
  const { mapping } = guessMapping(read.source.table[0]!);
  const plan = planImport(read.source.table, mapping, { members: [], clients: [] });
  if (plan.counts.valid !== ROWS) throw new Error(`only ${plan.counts.valid} valid rows`);
  return plan;
}

let dbCount = 0;

export const cases: BenchCase[] = [
  {
    name: `import ${ROWS / 1000}k-row CSV (to a validated plan)`,
    floorName: 'decode + parse CSV only',
    target: 3,
    run: () => time(importPlan),
    floor: () =>
      time(async () => {
        const b = file();
        parseCsv(decodeText(new Uint8Array(await b.arrayBuffer())).text);
      }),
  },
  {
    name: `import ${ROWS / 1000}k-row CSV, written (fake-indexeddb)`,
    floorName: 'import to a validated plan',
    // Informational: Node's fake-indexeddb is far slower than a browser's IndexedDB.
    target: Number.POSITIVE_INFINITY,
    run: async () => {
      const plan = await importPlan();
      const db = new PasserelleDb(`bench-${dbCount++}`);
      await db.open();
      const ms = await time(() => applyImport(db, plan, { skipInvalid: false, label: 'bench' }));
      db.close();
      return (await time(importPlan)) + ms;
    },
    floor: () => time(importPlan),
  },
];
