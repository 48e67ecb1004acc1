import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { actionItems, agencies, cases } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

function selectTasks(tx: Tx) {
  return tx
    .select({
      task: actionItems,
      agencyName: agencies.name,
      caseNumber: cases.number,
      // The case is joined under row-level security: it is there exactly when the actor may open it.
      caseVisible: sql<boolean>`${cases.id} is not null`,
    })
    .from(actionItems)
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .leftJoin(cases, eq(cases.id, actionItems.caseId));
}
export type TaskRow = Awaited<ReturnType<typeof selectTasks>>[number];

export async function insertTasks(tx: Tx, rows: (typeof actionItems.$inferInsert)[]) {
  if (rows.length) await tx.insert(actionItems).values(rows);
}

/** The agency's task list: open items (or all), the earliest due first. */
export function listAgencyTasks(tx: Tx, agencyId: string, openOnly: boolean) {
  const where = [eq(actionItems.ownerAgencyId, agencyId), isNull(actionItems.cancelledAt)];
  if (openOnly) where.push(isNull(actionItems.doneAt));
  return selectTasks(tx)
    .where(and(...where))
    .orderBy(sql`${actionItems.doneAt} is not null`, asc(actionItems.dueOn))
    .limit(500);
}

/** Open items past their due date across everything the actor sees (the coordinator's overdue list). */
export function listOverdueTasks(tx: Tx, today: string) {
  return selectTasks(tx)
    .where(
      and(isNull(actionItems.doneAt), isNull(actionItems.cancelledAt), sql`${actionItems.dueOn} < ${today}`),
    )
    .orderBy(asc(actionItems.dueOn))
    .limit(500);
}

export function listMeetingTasks(tx: Tx, meetingId: string) {
  return selectTasks(tx)
    .where(and(eq(actionItems.meetingId, meetingId), isNull(actionItems.cancelledAt)))
    .orderBy(asc(actionItems.dueOn));
}

/** Open plan actions of earlier plan versions end when a new version is approved. */
export async function cancelPlanTasks(tx: Tx, caseId: string) {
  await tx
    .update(actionItems)
    .set({ cancelledAt: new Date() })
    .where(
      and(
        eq(actionItems.caseId, caseId),
        sql`${actionItems.planId} is not null`,
        isNull(actionItems.doneAt),
        isNull(actionItems.cancelledAt),
      ),
    );
}

/** Every open item of a closed case ends with it (from its plans and its meetings alike). */
export async function cancelCaseTasks(tx: Tx, caseId: string) {
  await tx
    .update(actionItems)
    .set({ cancelledAt: new Date() })
    .where(and(eq(actionItems.caseId, caseId), isNull(actionItems.doneAt), isNull(actionItems.cancelledAt)));
}

/** Marks an item done once (visible and updatable: the owner agency or a coordinator). */
export async function markDone(tx: Tx, id: string, userId: string) {
  const rows = await tx
    .update(actionItems)
    .set({ doneAt: new Date(), doneBy: userId })
    .where(and(eq(actionItems.id, id), isNull(actionItems.doneAt), isNull(actionItems.cancelledAt)))
    .returning();
  return rows[0];
}

export async function findTask(tx: Tx, id: string) {
  const rows = await selectTasks(tx).where(eq(actionItems.id, id)).limit(1);
  return rows[0];
}
