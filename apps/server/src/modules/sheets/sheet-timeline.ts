import type ExcelJS from 'exceljs';
import type { SheetData } from './sheet-data';
import { FONT, lineCount, setA4 } from './sheet-grid';

const COLUMNS = [
  { header: 'No.', width: 5, of: (_i: SheetData['intakes'][number], n: number) => String(n + 1) },
  { header: '受付日', width: 16, of: (i: SheetData['intakes'][number]) => i.receivedOnWareki },
  { header: '受付日（西暦）', width: 12, of: (i: SheetData['intakes'][number]) => i.receivedOn },
  { header: '受付機関', width: 24, of: (i: SheetData['intakes'][number]) => i.agencyName },
  { header: '相談経路', width: 10, of: (i: SheetData['intakes'][number]) => i.channel },
  { header: '来談者', width: 10, of: (i: SheetData['intakes'][number]) => i.visitor },
  { header: '緊急度', width: 8, of: (i: SheetData['intakes'][number]) => i.urgency },
  { header: 'お困りごと', width: 30, of: (i: SheetData['intakes'][number]) => i.problems },
  { header: '配慮希望', width: 24, of: (i: SheetData['intakes'][number]) => i.accommodation },
  { header: '相談内容', width: 50, of: (i: SheetData['intakes'][number]) => i.summary },
];

const thin = { style: 'thin' as const, color: { argb: 'FF595959' } };

/** 「受付の記録」: every intake of the household, oldest first, one row each, for filtering and printing. */
export function addTimelineSheet(wb: ExcelJS.Workbook, d: SheetData) {
  const ws = wb.addWorksheet('受付の記録', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  d.intakes.forEach((intake, n) => {
    const row = ws.addRow(COLUMNS.map((c) => c.of(intake, n)));
    const lines = Math.max(
      ...COLUMNS.map((c, i) => lineCount(String(row.getCell(i + 1).value ?? ''), c.width)),
    );
    row.height = Math.max(20, lines * 15 + 5);
  });
  ws.eachRow((row, r) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...FONT, bold: r === 1 };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { wrapText: true, vertical: r === 1 ? 'middle' : 'top' };
      if (r === 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  });
  const last = `${String.fromCharCode(64 + COLUMNS.length)}${Math.max(1, ws.rowCount)}`;
  ws.autoFilter = `A1:${String.fromCharCode(64 + COLUMNS.length)}1`;
  setA4(ws, 'landscape', `A1:${last}`, {
    left: `世帯ID ${d.householdId}`,
    right: `出力日時 ${d.exportedAt}`,
  });
  ws.pageSetup.printTitlesRow = '1:1';
  return ws;
}
