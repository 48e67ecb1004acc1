import type { IndicatorValue, ProgressReport } from '@tsunagu/contracts/plan';
import { ENTRY_STATE_LABELS } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import ExcelJS from 'exceljs';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1FE' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Title row, then a bold, filled, bordered header row; the header repeats on every printed page. */
export function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  headers: string[],
  widths: number[],
) {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow([title]).font = { bold: true, size: 14 };
  const header = ws.addRow(headers);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  ws.pageSetup.printTitlesRow = '2:2';
  return ws;
}

/** Borders and top alignment for the body rows; numbers to the right. */
export function finish(ws: ExcelJS.Worksheet) {
  ws.eachRow((row, n) => {
    if (n <= 2) return;
    row.eachCell({ includeEmpty: true }, (c) => {
      c.border = THIN;
      c.alignment = {
        wrapText: true,
        vertical: 'top',
        ...(typeof c.value === 'number' ? { horizontal: 'right' } : {}),
      };
    });
  });
}

/** The divisions' texts of one column, each followed by its 【division】 tag as in the printed report. */
export function taggedText(
  entries: ProgressReport['roadmap'][number]['entries'],
  pick: 'achievements' | 'nextSteps',
  approvedOnly: boolean,
): string {
  return entries
    .filter((e) => e[pick].trim() !== '')
    .map((e) => {
      const state = approvedOnly || e.state === 'approved' ? '' : `［${ENTRY_STATE_LABELS[e.state].ja}］`;
      return `${state}${e[pick]}【${e.divisions.map((d) => d.name).join('、')}】`;
    })
    .join('\n\n');
}

/** 1,589 / 42.6% : grouped digits, one decimal at most, the % sign for rates. */
export function formatFigure(value: number, unit: string): string {
  const n = value.toLocaleString('ja-JP', { maximumFractionDigits: 1 });
  return unit === '%' ? `${n}%` : n;
}

/** An indicator's figure for a column, with the 年度 it describes when it lags (「64,219（令和2年度）」). */
export function figureText(v: IndicatorValue | undefined, unit: string): string {
  if (!v || v.value === null) return '—';
  const shown = formatFigure(v.value, unit);
  return v.dataFiscalYear !== null && v.dataFiscalYear !== v.fiscalYear
    ? `${shown}（${fiscalYearLabel(v.dataFiscalYear)}）`
    : shown;
}

const STAT_ROWS = [
  ['coordinated', '推進員の相談受付後、関係機関と支援調整した件数'],
  ['adviceOnly', '推進員への問い合わせ・相談のみで支援完了した件数'],
  ['total', '合計'],
  ['conferences', '総合相談支援体制のケース検討会議回数'],
  ['contacts', '推進員の訪問等による関係機関との個別調整回数'],
  ['advisorMeetings', 'アドバイザー会議開催回数'],
  ['unresolvedReviews', '解決に至らなかった複合課題ケースの検証件数'],
] as const;

/**
 * The annual progress report as a workbook of three sheets in the seed's layout — 工程表 取組状況と
 * 今後の方針, 成果指標, 事業実績 — with every 年度 in the headers written in 和暦.
 */
export async function progressReportWorkbook(report: ProgressReport) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tsunagu';
  const year = fiscalYearLabel(report.fiscalYear);
  const draft = report.approvedOnly ? '' : '（未承認の報告を含む）';

  const roadmap = sheet(
    wb,
    '工程表',
    `${report.plan.name} 工程表 取組状況と今後の方針（${year}）${draft}`,
    ['施策名', '工程表記載事項', `取組実績（${year}）`, '今後の方針'],
    [22, 44, 60, 50],
  );
  for (const r of report.roadmap)
    roadmap.addRow([
      `${r.policyNo} ${r.policyName}`,
      `【${r.period}】\n${r.detail}`,
      taggedText(r.entries, 'achievements', report.approvedOnly),
      taggedText(r.entries, 'nextSteps', report.approvedOnly),
    ]);
  finish(roadmap);

  const cols = report.indicatorYears.map((fy) => `実績（累計）${fiscalYearLabel(fy)}末`);
  const indicators = sheet(
    wb,
    '成果指標',
    `${report.plan.name} 成果指標（${year}）`,
    ['施策', 'No', '成果指標名（単位）', ...cols, '目標', `取組実績（${year}）`, '担当課'],
    [20, 5, 34, ...cols.map(() => 16), 16, 60, 20],
  );
  for (const i of report.indicators) {
    const policy = report.policies.find((p) => p.no === i.policyNo);
    indicators.addRow([
      `${i.policyNo} ${policy?.field ?? ''}`,
      i.no,
      `${i.name}（${i.unit}）`,
      ...report.indicatorYears.map((fy) =>
        figureText(
          i.values.find((v) => v.fiscalYear === fy),
          i.unit,
        ),
      ),
      i.target === null
        ? '—'
        : `${formatFigure(i.target, i.unit)}（${fiscalYearLabel(i.targetFiscalYear ?? report.plan.toFiscalYear)}）`,
      i.achievements,
      i.division.name,
    ]);
  }
  finish(indicators);

  const years = report.statistics.rows.map((r) => r.fiscalYear);
  const stats = sheet(
    wb,
    '事業実績',
    `総合相談支援体制 事業実績（${years.length ? `${fiscalYearLabel(years[0] as number)}～${fiscalYearLabel(years[years.length - 1] as number)}` : year}）`,
    ['区分', ...years.map((fy) => fiscalYearLabel(fy)), '合計'],
    [46, ...years.map(() => 12), 12],
  );
  for (const [key, name] of STAT_ROWS)
    stats.addRow([name, ...report.statistics.rows.map((r) => r[key]), report.statistics.totals[key]]);
  finish(stats);

  return {
    filename: `progress-report-${report.fiscalYear}.xlsx`,
    filenameJa: `進捗状況報告_${year}.xlsx`,
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
