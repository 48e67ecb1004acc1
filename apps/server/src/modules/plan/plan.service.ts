import type { PlanOverview } from '@tsunagu/contracts/plan';
import { fiscalYearOf } from '@tsunagu/japan';
import { max } from 'drizzle-orm';
import { progressEntries } from '../../db/schema';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { AppError } from '../../platform/errors';
import { divisionRef, presentPlan, roadmapStatus } from './plan.present';
import * as repo from './plan.repository';

/** The tenant's plan, or 404 with a message that says what is missing. */
export async function requirePlan(tx: Tx): Promise<repo.PlanRow> {
  const plan = await repo.findCurrentPlan(tx);
  if (!plan)
    throw new AppError('not_found', undefined, undefined, {
      ja: '計画が登録されていません。',
      en: 'No plan has been loaded for this city.',
    });
  return plan;
}

/**
 * The 年度 a report is about unless one is asked for: the latest 年度 with any entry, else the last
 * finished 年度 within the plan's period.
 */
export async function defaultReportYear(tx: Tx, plan: repo.PlanRow): Promise<number> {
  const [row] = await tx.select({ fy: max(progressEntries.fiscalYear) }).from(progressEntries);
  if (row?.fy) return row.fy;
  const lastFinished = fiscalYearOf(new Date()) - 1;
  return Math.max(plan.fromFiscalYear, Math.min(plan.toFiscalYear, lastFinished));
}

/** The plan, its policies and roadmap items with each item's status in the 年度 (staff and public). */
export function getOverview(db: Db, actor: Actor, fiscalYear?: number): Promise<PlanOverview> {
  return runAs(db, actor, async (tx) => {
    const plan = await requirePlan(tx);
    const fy = fiscalYear ?? (await defaultReportYear(tx, plan));
    const [policies, items, names] = await oneByOne(
      () => repo.listPolicies(tx, plan.id),
      () => repo.listItems(tx, plan.id),
      () => repo.divisionNames(tx),
    );
    const entries = await repo.listEntriesOf(
      tx,
      items.map((i) => i.id),
      fy,
    );
    return {
      plan: presentPlan(plan),
      fiscalYear: fy,
      policies: policies.map((p) => ({
        id: p.id,
        no: p.no,
        name: p.nameJa,
        nameEn: p.nameEn,
        field: p.field,
        approach: p.approach,
        actions: p.actions,
        findings: p.findings,
        items: items
          .filter((i) => i.policyId === p.id)
          .map((i) => ({
            id: i.id,
            policyNo: p.no,
            no: i.no,
            title: i.title,
            detail: i.detail,
            fromFiscalYear: i.fromFiscalYear,
            toFiscalYear: i.toFiscalYear,
            periodNote: i.periodNote,
            restated: i.restated,
            divisions: i.divisionCodes.map((c) => divisionRef(names, c)),
            status: roadmapStatus(entries.filter((e) => e.itemId === i.id)),
          })),
      })),
    };
  });
}
