import type ExcelJS from 'exceljs';

/** The form's font: a universal-design Japanese face shipped with Windows and Office. */
export const FONT = { name: 'BIZ UDPゴシック', size: 10.5 } as const;
const LINE_PT = 15;
const thin = { style: 'thin' as const, color: { argb: 'FF595959' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const GREY = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const BAND = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDCE6F2' } };

/** How a span looks: a label box, a value box, a section band, the title, or unboxed small print. */
export type SpanKind = 'label' | 'value' | 'strong' | 'band' | 'title' | 'note';

/** Text placed over columns from..to (1-based, inclusive) of one row. */
export type Span = { from: number; to: number; text: string; kind: SpanKind };

/** Display width of text in column units: a full-width character takes two. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1.1;
  return units;
}

/** Lines the text wraps to in a box `width` units wide (Excel does not size merged rows itself). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(4, width - 1.5);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

/**
 * Writes a paper form row by row onto a worksheet of fixed columns: each row is a set of spans, merged,
 * bordered and wrapped, and tall enough for its longest text.
 */
export class FormGrid {
  private next = 1;
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly widths: number[],
  ) {
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }

  /** The number of the last row written. */
  get lastRow(): number {
    return this.next - 1;
  }

  /** Leaves an empty row of the given height (points). */
  gap(height = 8): void {
    this.ws.getRow(this.next).height = height;
    this.next += 1;
  }

  /** Writes one row of spans; `minLines` keeps an empty box open for handwriting. */
  row(spans: Span[], minLines = 1): number {
    const r = this.next;
    let height = minLines * LINE_PT;
    for (const span of spans) {
      const width = this.widths.slice(span.from - 1, span.to).reduce((a, b) => a + b, 0);
      // Larger type takes more room per character and per line.
      const scale = span.kind === 'title' ? 1.7 : span.kind === 'band' ? 1.15 : 1;
      height = Math.max(height, lineCount(span.text, width / scale) * LINE_PT * scale);
      this.place(r, span);
    }
    this.ws.getRow(r).height = Math.max(20, Math.ceil(height) + 5);
    this.next += 1;
    return r;
  }

  private place(r: number, span: Span): void {
    const boxed = span.kind !== 'title' && span.kind !== 'note';
    for (let c = span.from; c <= span.to; c++) {
      const cell = this.ws.getCell(r, c);
      if (boxed) cell.border = BORDER;
      if (span.kind === 'label' || span.kind === 'strong') cell.fill = GREY;
      if (span.kind === 'band') cell.fill = BAND;
    }
    if (span.to > span.from) this.ws.mergeCells(r, span.from, r, span.to);
    const cell = this.ws.getCell(r, span.from);
    cell.value = span.text;
    const bold = span.kind !== 'value' && span.kind !== 'note';
    const size =
      span.kind === 'title' ? 18 : span.kind === 'band' ? 12 : span.kind === 'note' ? 9 : FONT.size;
    cell.font = { ...FONT, size, bold };
    cell.alignment = {
      wrapText: true,
      vertical: span.kind === 'value' ? 'top' : 'middle',
      horizontal: span.kind === 'title' ? 'center' : 'left',
      indent: span.kind === 'title' ? 0 : 1,
    };
  }
}

/** A4 (paper size 9), fitted to the page width, as many pages down as needed. */
export function setA4(
  ws: ExcelJS.Worksheet,
  orientation: 'portrait' | 'landscape',
  printArea: string,
  header: { left: string; right: string },
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  // '&' starts a code in Excel's header language; a literal one is doubled.
  const esc = (s: string) => s.replaceAll('&', '&&');
  ws.headerFooter.oddHeader = `&L&9${esc(header.left)}&R&9${esc(header.right)}`;
  ws.headerFooter.oddFooter = '&L&8取扱注意（個人情報）&R&8&P / &N';
}
