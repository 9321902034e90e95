/**
 * CSV for Québec Excel: UTF-8 with a BOM (so accents open right), « ; » as
 * separator (Excel in fr-CA reads « , » as the decimal mark), CRLF lines.
 *
 * A cell starting with = + - @ tab or carriage return would run as a formula
 * when the file is opened: it gets a leading apostrophe, which makes Excel
 * show it as text. The import strips that apostrophe again (see unescapeCell).
 */
/** Formula triggers, also behind apostrophes so an apostrophe already there survives the round trip. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;",\r\n]|^\s|\s$/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** Reverses csvCell's apostrophe, so an exported file imports back unchanged. */
export function unescapeCell(value: string): string {
  return value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
