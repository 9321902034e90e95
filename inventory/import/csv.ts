/**
 * CSV text → rows of cells, with the separator Excel used: « ; » in Québec
 * (the decimal comma takes « , »), « , » elsewhere, tab for « Texte Unicode ».
 * The separator is read from the header line, outside quotes, and reported.
 */
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

export interface RowProblem {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  code: 'unclosedQuote' | 'malformed';
}

export interface ParsedCsv {
  rows: string[][];
  delimiter: Delimiter;
  /** Rows papaparse could not read as intended (an unclosed quote…), as spreadsheet row numbers. */
  problems: RowProblem[];
}

/** Counts each candidate separator in the first line, ignoring quoted text. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ';';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

export function parseCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const problems: ParsedCsv['problems'] = [];
  for (const e of result.errors) {
    // papaparse counts rows from 0, header included; the spreadsheet counts from 1.
    const row = (e.row ?? 0) + 1;
    if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') problems.push({ row, code: 'unclosedQuote' });
    else if (e.type !== 'FieldMismatch') problems.push({ row, code: 'malformed' });
  }
  return { rows: result.data, delimiter, problems };
}
