import ExcelJS from 'exceljs';
import type { TableRow } from './csv';

/** One sheet with a bold, frozen header row and sensible column widths. */
export async function toXlsx(sheetName: string, rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tsunagu';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col, i) => {
    const longest = Math.max(...rows.map((r) => (r[i] ?? '').length), 4);
    col.width = Math.min(60, longest * 2 + 2);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** The first sheet of a workbook as rows of text; throws when the file is not a readable xlsx. */
export async function parseXlsx(data: Buffer): Promise<TableRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: TableRow[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: row.number, cells });
  });
  return rows;
}
