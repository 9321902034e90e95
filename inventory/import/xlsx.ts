/**
 * XLSX → rows of cells as text. read-excel-file is loaded only when a person
 * picks a spreadsheet, so it weighs nothing on the panel's first load. The
 * "universal" build is used: the "browser" one starts workers from blob:
 * URLs, which the extension's content security policy forbids.
 */
export async function readXlsxRows(data: ArrayBuffer): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  const sheet = await readSheet(data);
  return sheet.map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  return String(value);
}
