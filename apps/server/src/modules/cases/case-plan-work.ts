import { type SQL, sql } from 'drizzle-orm';
import { actionItems, monitorings, supportPlans } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';
import { rowFromJson } from '../../platform/db/json-rows';
import type { PlanRow } from './plans.repository';
import type { TaskRow } from './tasks.repository';

type Json = Record<string, unknown>;
type PlanWorkRow = {
  plans: { plan: Json; created_by: string; approved_by: string | null }[];
  monitorings: { monitoring: Json; plan_version: number }[];
  tasks: { task: Json; agency_name: string; case_number: number | null; case_visible: boolean }[];
  agency_names: Record<string, string>;
};

/**
 * The statement of readCasePlanWork (the benchmark's raw-SQL baseline sends the same): every version of
 * the case's plan, newest first, with its author's and approver's names; the monitorings not cancelled,
 * the earliest due first, with their plan's version; the case's tasks not cancelled, the earliest due
 * first, with the owning agency's name and whether the actor may open the case; and the names of the
 * agencies the plans' actions give work to. Each list is read under row-level security as its own
 * statement would be.
 */
export function casePlanWorkQuery(caseId: string): SQL {
  return sql`select
      coalesce((select json_agg(json_build_object('plan', to_jsonb(sp), 'created_by', u.display_name,
          'approved_by', (select u2.display_name from users u2 where u2.id = sp.approved_by))
          order by sp.version desc)
        from support_plans sp join users u on u.id = sp.created_by where sp.case_id = ${caseId}), '[]') as plans,
      coalesce((select json_agg(json_build_object('monitoring', to_jsonb(m), 'plan_version', sp.version)
          order by m.due_on)
        from monitorings m join support_plans sp on sp.id = m.plan_id
        where m.case_id = ${caseId} and m.cancelled_at is null), '[]') as monitorings,
      coalesce((select json_agg(json_build_object('task', to_jsonb(ai), 'agency_name', a.name,
          'case_number', c.number, 'case_visible', c.id is not null) order by ai.due_on)
        from action_items ai join agencies a on a.id = ai.owner_agency_id
          left join cases c on c.id = ai.case_id
        where ai.case_id = ${caseId} and ai.cancelled_at is null), '[]') as tasks,
      coalesce((select json_object_agg(a.id, a.name) from agencies a
        where a.id in (select (x->>'ownerAgencyId')::uuid
          from support_plans sp, jsonb_array_elements(sp.actions) x where sp.case_id = ${caseId})), '{}')
        as agency_names`;
}

/**
 * The case page's plans, monitorings and tasks in one statement instead of four (plans, monitorings,
 * tasks, then the names of the agencies the plans' actions name), each row as a select of its table
 * would give it (rowFromJson).
 */
export async function readCasePlanWork(tx: Tx, caseId: string) {
  const [row] = await queryRows<PlanWorkRow>(tx, casePlanWorkQuery(caseId));
  const r = row!;
  return {
    plans: r.plans.map((p) => ({
      plan: rowFromJson(supportPlans, p.plan) as PlanRow,
      createdBy: p.created_by,
      approvedBy: p.approved_by,
    })),
    monitorings: r.monitorings.map((m) => ({
      monitoring: rowFromJson(monitorings, m.monitoring),
      planVersion: m.plan_version,
    })),
    tasks: r.tasks.map(
      (t): TaskRow => ({
        task: rowFromJson(actionItems, t.task),
        agencyName: t.agency_name,
        caseNumber: t.case_number,
        caseVisible: t.case_visible,
      }),
    ),
    agencyNames: new Map(Object.entries(r.agency_names)),
  };
}
