import { CONTACT_METHOD_LABELS, GOAL_EVALUATION_LABELS, PLAN_STATE_LABELS } from '@tsunagu/contracts/cases';
import { formatWareki } from '@tsunagu/japan';
import ExcelJS from 'exceljs';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, stateConflict } from '../../platform/errors';
import { readCaseDetail } from './case-detail';
import { findListed } from './cases.repository';

export { XLSX_TYPE } from '../sheets/sheets.service';

const wareki = (d: string | null) => (d ? formatWareki(d) : '');

/**
 * Logs a print of the case's プランシート from the browser as an export (404 unless the actor may see
 * the case, so nothing is printed then).
 */
export async function logPlanPrint(db: Db, actor: UserActor, caseId: string) {
  await runAs(db, actor, async (tx) => {
    assertThat(await findListed(tx, caseId), 'not_found');
    await recordAudit(tx, actor, {
      action: 'case.exported',
      entityType: 'case',
      entityId: caseId,
      payload: { via: 'case', format: 'print' },
    });
  });
}

/**
 * The support plan as a プランシート: the case, the person's own words, goals with their latest
 * evaluation, actions with owner agency and due date, the flags, monitoring dates and next review.
 * Same access as the case page (404 otherwise); logged as an export.
 */
export async function exportPlanSheet(db: Db, actor: UserActor, caseId: string) {
  const detail = await runAs(db, actor, async (tx) => {
    const d = await readCaseDetail(tx, actor, caseId);
    await recordAudit(tx, actor, {
      action: 'case.exported',
      entityType: 'case',
      entityId: caseId,
      payload: { via: 'case', format: 'xlsx' },
    });
    return d;
  });
  const plan = detail.plans.find((p) => p.state === 'approved') ?? detail.plans[0];
  if (!plan)
    throw stateConflict('このケースにはまだ支援計画がありません。', 'This case has no support plan yet.');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tsunagu';
  const ws = wb.addWorksheet('プランシート', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true },
  });
  ws.columns = [{ width: 6 }, { width: 44 }, { width: 24 }, { width: 18 }, { width: 30 }];
  const heading = (text: string) => {
    const row = ws.addRow([text]);
    row.font = { bold: true };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1FE' } };
  };
  ws.addRow(['支援計画（プランシート）']).font = { bold: true, size: 14 };
  ws.addRow([
    'ケース番号',
    String(detail.number),
    '版',
    `第${plan.version}版（${PLAN_STATE_LABELS[plan.state].ja}）`,
  ]);
  ws.addRow(['本人', detail.personName ?? '（表示権限なし）', '受付日', wareki(detail.receivedOn)]);
  ws.addRow([
    '作成',
    `${plan.createdBy}　${wareki(plan.createdAt.slice(0, 10))}`,
    '承認',
    plan.approvedBy ? `${plan.approvedBy}　${wareki(plan.approvedAt!.slice(0, 10))}` : '未承認',
  ]);
  ws.addRow([]);
  heading('本人の思い・言葉');
  ws.addRow(['', plan.personWords]).alignment = { wrapText: true, vertical: 'top' };
  ws.addRow([]);
  heading('目標と評価');
  ws.addRow(['No', '目標', '評価', '', 'コメント']).font = { bold: true };
  for (const [i, g] of plan.goals.entries()) {
    const evaluation = g.evaluation ? GOAL_EVALUATION_LABELS[g.evaluation].ja : '未評価';
    ws.addRow([i + 1, g.text, evaluation, '', g.evaluationComment ?? '']);
  }
  ws.addRow([]);
  heading('支援内容（役割分担）');
  ws.addRow(['目標', '支援内容', '担当機関', '期限']).font = { bold: true };
  for (const a of plan.actions) ws.addRow([a.goalIndex + 1, a.text, a.ownerAgency.name, wareki(a.dueOn)]);
  ws.addRow([]);
  heading('支援の種類・モニタリング');
  ws.addRow([
    '',
    `参加支援：${plan.participationSupport ? 'あり' : 'なし'}　アウトリーチ：${plan.outreach ? 'あり' : 'なし'}`,
  ]);
  ws.addRow(['', `モニタリング日：${plan.monitoringDates.map(wareki).join('、')}`]);
  ws.addRow(['', `次回見直し：${wareki(plan.nextReviewOn)}`]);
  ws.addRow([]);
  heading('支援チーム');
  for (const t of detail.team.filter((m) => !m.endedAt)) ws.addRow(['', t.agency.name, t.contactName ?? '']);
  if (detail.contacts.length) {
    ws.addRow([]);
    heading('個別調整の記録（直近）');
    for (const k of detail.contacts.slice(0, 10))
      ws.addRow(['', `${wareki(k.contactedOn)} ${CONTACT_METHOD_LABELS[k.method].ja}`, k.agency.name]);
  }
  ws.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return {
    filename: `plan-${detail.number}-v${plan.version}.xlsx`,
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
