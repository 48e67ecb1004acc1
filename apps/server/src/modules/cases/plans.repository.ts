import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { cases, monitorings, persons, supportPlans, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export type PlanRow = typeof supportPlans.$inferSelect;
export type MonitoringRow = typeof monitorings.$inferSelect;

/** Every version of the case's plan, newest first, with the author's and approver's names. */
export function listPlans(tx: Tx, caseId: string) {
  return tx
    .select({
      plan: supportPlans,
      createdBy: users.displayName,
      approvedBy: sql<
        string | null
      >`(select u.display_name from ${users} u where u.id = ${supportPlans.approvedBy})`,
    })
    .from(supportPlans)
    .innerJoin(users, eq(users.id, supportPlans.createdBy))
    .where(eq(supportPlans.caseId, caseId))
    .orderBy(desc(supportPlans.version));
}

export async function findPlan(tx: Tx, id: string) {
  const rows = await tx.select().from(supportPlans).where(eq(supportPlans.id, id)).limit(1);
  return rows[0];
}

export async function nextPlanVersion(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${supportPlans.version}), 0)::int` })
    .from(supportPlans)
    .where(eq(supportPlans.caseId, caseId));
  return Number(row?.v ?? 0) + 1;
}

export async function insertPlan(tx: Tx, values: typeof supportPlans.$inferInsert) {
  const [row] = await tx.insert(supportPlans).values(values).returning();
  return row!;
}

/** The version of the case's approved plan, or 0. */
export async function approvedVersion(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${supportPlans.version}), 0)::int` })
    .from(supportPlans)
    .where(and(eq(supportPlans.caseId, caseId), eq(supportPlans.state, 'approved')));
  return Number(row?.v ?? 0);
}

/** Approves a draft (only if still a draft); the approved plan before it becomes superseded. */
export async function approvePlan(tx: Tx, plan: PlanRow, approvedBy: string) {
  await tx
    .update(supportPlans)
    .set({ state: 'superseded' })
    .where(and(eq(supportPlans.caseId, plan.caseId), eq(supportPlans.state, 'approved')));
  const rows = await tx
    .update(supportPlans)
    .set({ state: 'approved', approvedBy, approvedAt: new Date() })
    .where(and(eq(supportPlans.id, plan.id), eq(supportPlans.state, 'draft')))
    .returning();
  return rows[0];
}

/** Open monitorings of earlier plans end when a new plan is approved. */
export async function cancelOpenMonitorings(tx: Tx, caseId: string) {
  await tx
    .update(monitorings)
    .set({ cancelledAt: new Date() })
    .where(and(eq(monitorings.caseId, caseId), isNull(monitorings.doneOn), isNull(monitorings.cancelledAt)));
}

export async function insertMonitorings(tx: Tx, rows: (typeof monitorings.$inferInsert)[]) {
  if (rows.length) await tx.insert(monitorings).values(rows);
}

export async function findMonitoring(tx: Tx, id: string) {
  const rows = await tx
    .select({ monitoring: monitorings, plan: supportPlans })
    .from(monitorings)
    .innerJoin(supportPlans, eq(supportPlans.id, monitorings.planId))
    .where(eq(monitorings.id, id))
    .limit(1);
  return rows[0];
}

/** Records a monitoring once: the row must still be open. */
export async function completeMonitoring(tx: Tx, id: string, set: Partial<typeof monitorings.$inferInsert>) {
  const rows = await tx
    .update(monitorings)
    .set(set)
    .where(and(eq(monitorings.id, id), isNull(monitorings.doneOn), isNull(monitorings.cancelledAt)))
    .returning();
  return rows[0];
}

/** Open monitorings due on or before `until` across the cases the actor sees, earliest first. */
export function listDueMonitorings(tx: Tx, until: string) {
  return tx
    .select({
      monitoring: monitorings,
      planVersion: supportPlans.version,
      caseNumber: cases.number,
      familyName: persons.familyName,
      givenName: persons.givenName,
    })
    .from(monitorings)
    .innerJoin(supportPlans, eq(supportPlans.id, monitorings.planId))
    .innerJoin(cases, eq(cases.id, monitorings.caseId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .where(and(isNull(monitorings.doneOn), isNull(monitorings.cancelledAt), lte(monitorings.dueOn, until)))
    .orderBy(asc(monitorings.dueOn))
    .limit(500);
}
