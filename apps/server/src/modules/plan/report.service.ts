import type { EntryState, ProgressReport, ReportRoadmapRow } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor, UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { invalidField } from '../../platform/errors';
import { caseStatistics } from '../cases/case-statistics';
import { readIndicators } from './indicators.service';
import { divisionRef, periodText, presentPlan } from './plan.present';
import * as repo from './plan.repository';
import { defaultReportYear, requirePlan } from './plan.service';

/**
 * The annual progress report of a 年度 in the seed's layout: 工程表 (items with the divisions' 取組実績
 * and 今後の方針), 成果指標 (values at the end of each 年度 of the plan up to this one) and 事業実績
 * (case statistics per 年度 since the records begin). Approved entries only unless a signed-in actor asks for the draft.
 */
export async function buildReport(
  db: Db,
  actor: Actor,
  q: { fiscalYear?: number | undefined; includeDrafts?: boolean | undefined },
): Promise<ProgressReport> {
  const approvedOnly = actor.kind === 'public' || !q.includeDrafts;
  const base = await runAs(db, actor, async (tx) => {
    const plan = await requirePlan(tx);
    const fiscalYear = q.fiscalYear ?? (await defaultReportYear(tx, plan));
    if (fiscalYear < plan.fromFiscalYear || fiscalYear > plan.toFiscalYear)
      throw invalidField('fiscalYear', '計画期間外の年度です / the fiscal year is outside the plan period');
    const [policies, items, names] = await oneByOne(
      () => repo.listPolicies(tx, plan.id),
      () => repo.listItems(tx, plan.id),
      () => repo.divisionNames(tx),
    );
    const entries = await repo.listEntriesOf(
      tx,
      items.map((i) => i.id),
      fiscalYear,
    );
    return { plan, fiscalYear, policies, items, names, entries };
  });
  const { plan, fiscalYear, policies, items, names, entries } = base;
  const label = (fy: number) => fiscalYearLabel(fy);
  const roadmap: ReportRoadmapRow[] = items.map((i) => {
    const policy = policies.find((p) => p.id === i.policyId);
    return {
      policyNo: i.policyNo,
      policyName: policy?.nameJa ?? '',
      itemNo: i.no,
      title: i.title,
      detail: i.detail,
      period: periodText(i.fromFiscalYear, i.toFiscalYear, i.periodNote, label),
      entries: entries
        .filter((e) => e.itemId === i.id && (!approvedOnly || e.state === 'approved'))
        .map((e) => ({
          divisions: e.divisionCodes.map((c) => divisionRef(names, c)),
          state: e.state as EntryState,
          achievements: e.achievements,
          nextSteps: e.nextSteps,
        })),
    };
  });
  const { years, items: indicators } = await readIndicators(db, actor, fiscalYear);
  // 事業実績 from the first 年度 on record (H30 in the seed) up to the report's 年度.
  const statistics = await caseStatistics(db, actor, { to: fiscalYear });
  return {
    plan: presentPlan(plan),
    fiscalYear,
    policies: policies.map((p) => ({ no: p.no, name: p.nameJa, field: p.field })),
    roadmap,
    indicators: indicators.map(({ abilities: _a, version: _v, ...rest }) => rest),
    indicatorYears: years,
    statistics,
    approvedOnly,
  };
}

/** Logs a report leaving the system (xlsx download or the browser's print). */
export async function logReportExport(
  db: Db,
  actor: UserActor,
  report: ProgressReport,
  format: 'xlsx' | 'print',
) {
  await runAs(db, actor, (tx) =>
    recordAudit(tx, actor, {
      action: 'progress_report.exported',
      entityType: 'plan',
      entityId: report.plan.id,
      payload: { fiscalYear: report.fiscalYear, format },
    }),
  );
}
