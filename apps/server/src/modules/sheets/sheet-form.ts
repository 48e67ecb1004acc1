import type ExcelJS from 'exceljs';
import type { SheetData } from './sheet-data';
import { FormGrid, type Span, setA4 } from './sheet-grid';
import { NONE, SHEET_CAUTION } from './sheet-labels';

/**
 * Eight columns, 88 units: the printable width of A4 portrait. Labels sit in A and E; 世帯構成 uses
 * A:B 氏名, C:D ふりがな, E 続柄, F 性別, G 生年月日, H 同居.
 */
const WIDTHS = [10, 12, 10, 12, 10, 7, 19, 8];

const label = (from: number, to: number, text: string): Span => ({ from, to, text, kind: 'label' });
const value = (from: number, to: number, text: string): Span => ({
  from,
  to,
  text: text.trim() === '' ? NONE : text,
  kind: 'value',
});
const band = (text: string): Span => ({ from: 1, to: 8, text, kind: 'band' });

/** Two label/value pairs side by side, as in the summary grid of the printed sheet. */
function pairs(grid: FormGrid, a: [string, string], b?: [string, string]) {
  grid.row(
    b
      ? [label(1, 1, a[0]), value(2, 4, a[1]), label(5, 5, b[0]), value(6, 8, b[1])]
      : [label(1, 1, a[0]), value(2, 8, a[1])],
  );
}

/** A headed box of free text (配慮希望, 相談内容), kept open for a few lines when empty. */
function textBox(grid: FormGrid, heading: string, text: string, minLines: number) {
  grid.row([band(heading)]);
  grid.row([value(1, 8, text)], minLines);
}

/**
 * 「つなぐシート」: the household's sheet laid out like the A4 paper form — title, the intake summary,
 * 本人, 世帯構成, お困りごと, 配慮希望, 相談内容, 紹介先・紹介理由 and, for those allowed, 要配慮個人情報.
 */
export function addFormSheet(wb: ExcelJS.Workbook, d: SheetData) {
  const ws = wb.addWorksheet('つなぐシート', { views: [{ showGridLines: false }] });
  const grid = new FormGrid(ws, WIDTHS);
  grid.row([{ from: 1, to: 8, text: 'つなぐシート', kind: 'title' }]);
  grid.row([
    { from: 1, to: 5, text: d.title, kind: 'strong' },
    { from: 6, to: 8, text: `出力日時　${d.exportedAt}`, kind: 'note' },
  ]);
  grid.gap();

  pairs(grid, ['受付日', d.receivedOn], ['受付機関', d.receivedBy]);
  pairs(grid, ['相談経路', d.channel], ['来談者', d.visitor]);
  pairs(grid, ['緊急度', d.urgency], ['主訴', d.mainProblem]);
  grid.gap();

  grid.row([band('1　本人')]);
  pairs(grid, ['氏名', d.self.name], ['ふりがな', d.self.kana]);
  pairs(grid, ['性別', d.self.sex], ['生年月日', d.self.birth]);
  pairs(grid, ['住所', d.self.address]);
  pairs(grid, ['電話', d.self.phones], ['小学校区', d.schoolDistrict]);
  grid.gap();

  grid.row([band(`2　世帯構成（${d.members.length}人）`)]);
  grid.row([
    label(1, 2, '氏名'),
    label(3, 4, 'ふりがな'),
    label(5, 5, '続柄'),
    label(6, 6, '性別'),
    label(7, 7, '生年月日（年齢）'),
    label(8, 8, '同居'),
  ]);
  for (const m of d.members) {
    grid.row([
      { from: 1, to: 2, text: m.name, kind: 'strong' },
      value(3, 4, m.kana),
      value(5, 5, m.relationship),
      value(6, 6, m.sex),
      value(7, 7, m.birth),
      value(8, 8, m.livesTogether),
    ]);
  }
  grid.gap();

  grid.row([band('3　お困りごと（【主訴】はいちばん困っていること）')]);
  grid.row([label(1, 3, '世帯員'), label(4, 8, 'お困りごと')]);
  for (const m of d.members) {
    const problems = grid.row([
      { from: 1, to: 3, text: `${m.name}（${m.relationship}）`, kind: 'strong' },
      value(4, 8, m.problems),
    ]);
    if (m.hasMain) ws.getCell(problems, 4).font = { ...ws.getCell(problems, 4).font, bold: true };
  }
  grid.gap();

  textBox(grid, '4　配慮希望（連絡方法や面談時の配慮など、本人の希望）', d.accommodation, 2);
  grid.gap();
  const summaries = d.intakes
    .map(
      (i, n) =>
        `【受付${n + 1}　${i.receivedOnWareki}　${i.agencyName}】\n${i.summary.trim() || '（記載なし）'}`,
    )
    .join('\n\n');
  textBox(grid, '5　相談内容', summaries, 4);
  grid.gap();

  grid.row([band('6　紹介先・紹介理由')]);
  // Blank boxes to write in by hand when the household has not been referred through the system.
  const box = (text: string): Span => ({ from: 2, to: 8, text, kind: 'value' });
  for (const r of d.referrals.length ? d.referrals : [{ to: '', reason: '' }]) {
    grid.row([label(1, 1, '紹介先'), box(r.to)], 2);
    grid.row([label(1, 1, '紹介理由'), box(r.reason)], 4);
  }

  if (d.sensitive) {
    grid.gap();
    grid.row([band('7　要配慮個人情報（取扱注意：管理者・推進員の出力のみ）')]);
    grid.row([label(1, 2, '世帯員'), label(3, 3, '種類'), label(4, 6, '内容'), label(7, 8, '記録日・機関')]);
    if (d.sensitive.length === 0) grid.row([value(1, 8, '記録なし')]);
    for (const n of d.sensitive) {
      grid.row([
        value(1, 2, n.member),
        value(3, 3, n.category),
        value(4, 6, n.content),
        value(7, 8, n.recorded),
      ]);
    }
  }
  grid.gap();
  grid.row([{ from: 1, to: 8, text: SHEET_CAUTION, kind: 'note' }]);

  setA4(ws, 'portrait', `A1:H${grid.lastRow}`, {
    left: `世帯ID ${d.householdId}`,
    right: `出力日時 ${d.exportedAt}`,
  });
  return ws;
}
