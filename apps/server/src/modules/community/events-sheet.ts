import type { EventTotals, ProgrammeEvent } from '@tsunagu/contracts/community';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { fiscalYearLabel, formatWareki } from '@tsunagu/japan';
import ExcelJS from 'exceljs';
import { finish, sheet } from '../plan/report-sheet';
import { kindsOf, type ProgrammeRow } from './community-config';

/**
 * A programme's events as a workbook: one row per event with the kind's count fields as columns,
 * and the totals row under them.
 */
export async function eventsWorkbook(
  programme: ProgrammeRow,
  items: ProgrammeEvent[],
  totals: EventTotals,
  lists: CodeLists,
  fiscalYear: number | undefined,
) {
  const kinds = kindsOf(programme);
  const fields = [...new Map(kinds.flatMap((k) => k.fields).map((f) => [f.code, f])).values()];
  const label = (list: keyof CodeLists, code: string | null) =>
    code ? (lists[list].find((i) => i.code === code)?.labelJa ?? code) : '';
  const wb = new ExcelJS.Workbook();
  const period = fiscalYear === undefined ? '全年度' : fiscalYearLabel(fiscalYear);
  const headers = [
    '開催日',
    '種別',
    '名称',
    '会場',
    '地区',
    'テーマ',
    '対象職種',
    '回数',
    ...fields.map((f) => f.nameJa),
    '参加団体',
    '備考',
  ];
  const ws = sheet(wb, '事業実績', `${programme.nameJa}　事業実績（${period}）`, headers, [
    16,
    18,
    32,
    20,
    14,
    10,
    24,
    8,
    ...fields.map(() => 12),
    28,
    28,
  ]);
  for (const e of items) {
    ws.addRow([
      formatWareki(e.heldOn),
      kinds.find((k) => k.code === e.kindCode)?.nameJa ?? e.kindCode,
      e.title,
      e.venue,
      label('school_district', e.schoolDistrictCode) || label('welfare_district', e.welfareDistrictCode),
      label('community_theme', e.themeCode),
      e.professions.map((p) => label('profession', p)).join('、'),
      e.sessions,
      ...fields.map((f) => e.counts[f.code] ?? 0),
      e.organisations.map((o) => o.name).join('、'),
      e.note,
    ]);
  }
  const total = ws.addRow([
    '合計',
    `${totals.events}件`,
    '',
    '',
    '',
    '',
    '',
    totals.sessions,
    ...fields.map((f) => totals.counts[f.code] ?? 0),
    '',
    '',
  ]);
  total.font = { bold: true };
  finish(ws);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    body,
    filename: `programme-events-${programme.code}${fiscalYear === undefined ? '' : `-${fiscalYear}`}.xlsx`,
    filenameJa: `${programme.nameJa}_事業実績_${period}.xlsx`,
  };
}
