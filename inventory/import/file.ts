/**
 * A file the person picked → a table of text cells, with what was detected
 * (format, encoding, separator) so the panel can say it. Files over 20 MB are
 * refused before being read: a firm's member list is far smaller, and a
 * bigger file is most likely the wrong one.
 */
import { parseCsv, type Delimiter, type RowProblem } from './csv';
import { decodeText, type TextEncodingUsed } from './decode';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportSource {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding?: TextEncodingUsed;
  delimiter?: Delimiter;
  /** Header row first. */
  table: string[][];
  /** CSV rows that could not be read as intended. */
  rowProblems: RowProblem[];
}

export type SourceProblem =
  | { code: 'fileTooLarge'; megabytes: number }
  | { code: 'fileEmpty' }
  | { code: 'xlsNotSupported' }
  | { code: 'xlsxUnreadable' }
  | { code: 'fileUnreadable' };

export type ReadResult = { ok: true; source: ImportSource } | { ok: false; problem: SourceProblem };

export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readImportFile(file: PickedFile): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'fileTooLarge', megabytes: Math.ceil(file.size / 2 ** 20) } };
  if (file.size === 0) return { ok: false, problem: { code: 'fileEmpty' } };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: { code: 'fileUnreadable' } };
  }
  const bytes = new Uint8Array(buffer);
  // Old binary Excel (.xls) starts with the OLE signature D0 CF 11 E0.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, problem: { code: 'xlsNotSupported' } };
  // XLSX is a zip archive: « PK\x03\x04 ».
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    try {
      const { readXlsxRows } = await import('./xlsx');
      const table = await readXlsxRows(buffer);
      if (table.length === 0) return { ok: false, problem: { code: 'fileEmpty' } };
      return { ok: true, source: { fileName: file.name, kind: 'xlsx', table, rowProblems: [] } };
    } catch {
      return { ok: false, problem: { code: 'xlsxUnreadable' } };
    }
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, problem: { code: 'fileEmpty' } };
  const { rows, delimiter, problems } = parseCsv(text);
  return { ok: true, source: { fileName: file.name, kind: 'csv', encoding, delimiter, table: rows, rowProblems: problems } };
}
