import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { advisors, dispatchFollowUps, dispatchRequests } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';

export type RequestRow = typeof dispatchRequests.$inferSelect;
export type FollowUpRow = typeof dispatchFollowUps.$inferSelect;
export type AdvisorRow = typeof advisors.$inferSelect;

export function listRequests(tx: Tx, q: { fiscalYear?: number | undefined; status?: string | undefined }) {
  const r = dispatchRequests;
  return tx
    .select({ request: r, advisorName: advisors.name })
    .from(r)
    .leftJoin(advisors, eq(advisors.id, r.advisorId))
    .where(
      and(
        q.fiscalYear === undefined ? undefined : gte(r.receivedOn, `${q.fiscalYear}-04-01`),
        q.fiscalYear === undefined ? undefined : lte(r.receivedOn, `${q.fiscalYear + 1}-03-31`),
        q.status ? eq(r.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(r.receivedOn), asc(r.groupName));
}

export async function findRequest(tx: Tx, id: string) {
  const [row] = await tx
    .select({ request: dispatchRequests, advisorName: advisors.name })
    .from(dispatchRequests)
    .leftJoin(advisors, eq(advisors.id, dispatchRequests.advisorId))
    .where(eq(dispatchRequests.id, id))
    .limit(1);
  return row;
}

export function heldRequests(tx: Tx) {
  return listRequests(tx, { status: 'held' });
}

export async function followUpsOf(tx: Tx, requestIds: string[]) {
  const map = new Map<string, FollowUpRow[]>();
  if (!requestIds.length) return map;
  const rows = await tx
    .select()
    .from(dispatchFollowUps)
    .where(inArray(dispatchFollowUps.requestId, requestIds))
    .orderBy(asc(dispatchFollowUps.number));
  for (const r of rows) map.set(r.requestId, [...(map.get(r.requestId) ?? []), r]);
  return map;
}

export async function insertRequest(tx: Tx, values: typeof dispatchRequests.$inferInsert) {
  await tx.insert(dispatchRequests).values(values);
}

/** Adds the follow-up with its number; false when that number was taken meanwhile. */
export async function insertFollowUp(
  tx: Tx,
  values: typeof dispatchFollowUps.$inferInsert,
): Promise<boolean> {
  const rows = await tx
    .insert(dispatchFollowUps)
    .values(values)
    .onConflictDoNothing({ target: [dispatchFollowUps.requestId, dispatchFollowUps.number] })
    .returning({ id: dispatchFollowUps.id });
  return rows.length > 0;
}

/** Moves a request to a status (bumping its version) only from the statuses given. */
export async function moveRequest(
  tx: Tx,
  id: string,
  from: readonly string[],
  set: Partial<typeof dispatchRequests.$inferInsert>,
  version?: number,
): Promise<boolean> {
  const r = dispatchRequests;
  const moved = await tx
    .update(r)
    .set({ ...set, version: sql`${r.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(r.id, id),
        inArray(r.status, [...from]),
        version === undefined ? undefined : eq(r.version, version),
      ),
    )
    .returning({ id: r.id });
  return moved.length > 0;
}

export function listAdvisors(tx: Tx) {
  return tx.select().from(advisors).orderBy(asc(advisors.fieldCode), asc(advisors.name));
}

/** Sessions held (or held and closed) per advisor of one tenant: a count, read as the system. */
export async function sessionsByAdvisor(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ advisor_id: string; n: number }>(
    tx,
    sql`select advisor_id, count(*)::int as n from dispatch_requests
        where tenant_id = ${tenantId} and advisor_id is not null and status in ('held', 'closed')
        group by advisor_id`,
  );
  return new Map(rows.map((r) => [r.advisor_id, Number(r.n)]));
}

export async function findAdvisor(tx: Tx, id: string) {
  return (await tx.select().from(advisors).where(eq(advisors.id, id)).limit(1))[0];
}
