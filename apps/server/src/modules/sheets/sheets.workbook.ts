import ExcelJS from 'exceljs';
import type { SheetData } from './sheet-data';
import { addFormSheet } from './sheet-form';
import { addTimelineSheet } from './sheet-timeline';

/** The つなぐシート as an xlsx: the A4 form first, then the 受付の記録 timeline. */
export async function buildSheetWorkbook(data: SheetData, now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tsunagu';
  wb.created = now;
  wb.title = 'つなぐシート';
  addFormSheet(wb, data);
  addTimelineSheet(wb, data);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
