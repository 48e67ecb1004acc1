import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { agencies, agencyChangeRequests, users } from '../../db/schema';
import { textArray } from '../../platform/db/array-params';
import type { Tx } from '../../platform/db/database';
import { containing } from '../../platform/db/like';

export type AgencyRow = typeof agencies.$inferSelect;
export type AgencyValues = Omit<
  typeof agencies.$inferInsert,
  'id' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt'
>;

/** Filters of a directory search; `key` is already folded for search. */
export type AgencyFilter = {
  key?: string | undefined;
  field?: string | undefined;
  district?: string | undefined;
  category?: string | undefined;
  districtsOf?: string[];
};

function filterWhere(f: AgencyFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.key) parts.push(sql`${agencies.searchKey} like ${containing(f.key)}`);
  if (f.field) parts.push(sql`${f.field} = any(${agencies.fields})`);
  // A district filter matches the school district itself and its welfare district (city-wide agencies list all six).
  if (f.districtsOf?.length) parts.push(sql`${agencies.districts} && ${textArray(f.districtsOf)}`);
  if (f.category) parts.push(eq(agencies.categoryCode, f.category));
  return parts.length ? and(...parts) : undefined;
}

/** A page of agencies matching the filter (row-level security hides unpublished ones from the public). */
export async function searchAgencies(tx: Tx, f: AgencyFilter, limit: number, offset: number) {
  const where = filterWhere(f);
  const items = await tx
    .select()
    .from(agencies)
    .where(where)
    .orderBy(asc(agencies.nameKana), asc(agencies.id))
    .limit(limit)
    .offset(offset);
  const total = await tx.select({ n: count() }).from(agencies).where(where);
  return { items, total: Number(total[0]?.n ?? 0) };
}

export async function findAgency(tx: Tx, id: string) {
  const rows = await tx.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return rows[0];
}

export async function findAgenciesByCodes(tx: Tx, codes: string[]) {
  if (!codes.length) return [];
  return tx.select().from(agencies).where(inArray(agencies.code, codes));
}

export async function insertAgency(tx: Tx, tenantId: string, values: AgencyValues) {
  const rows = await tx
    .insert(agencies)
    .values({ ...values, tenantId })
    .returning();
  return rows[0]!;
}

/** Updates when the version matches; undefined when someone else changed it first. */
export async function updateAgency(tx: Tx, id: string, version: number, values: AgencyValues) {
  const rows = await tx
    .update(agencies)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(agencies.id, id), eq(agencies.version, version)))
    .returning();
  return rows[0];
}

const changeRequestColumns = {
  request: agencyChangeRequests,
  agency: agencies,
  proposedByName: sql<string>`(select ${users.displayName} from ${users} where ${users.id} = ${agencyChangeRequests.proposedBy})`,
  decidedByName: sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${agencyChangeRequests.decidedBy})`,
};

export async function insertChangeRequest(tx: Tx, values: typeof agencyChangeRequests.$inferInsert) {
  const rows = await tx
    .insert(agencyChangeRequests)
    .values(values)
    .returning({ id: agencyChangeRequests.id });
  return rows[0]!.id;
}

/** Change requests, newest first (row-level security: planners see all, a manager their agency's). */
export function listChangeRequests(tx: Tx, status?: string) {
  return tx
    .select(changeRequestColumns)
    .from(agencyChangeRequests)
    .innerJoin(agencies, eq(agencies.id, agencyChangeRequests.agencyId))
    .where(status ? eq(agencyChangeRequests.status, status) : undefined)
    .orderBy(desc(agencyChangeRequests.createdAt))
    .limit(200);
}

export async function findChangeRequest(tx: Tx, id: string) {
  const rows = await tx
    .select(changeRequestColumns)
    .from(agencyChangeRequests)
    .innerJoin(agencies, eq(agencies.id, agencyChangeRequests.agencyId))
    .where(eq(agencyChangeRequests.id, id))
    .limit(1);
  return rows[0];
}

/** Records the decision on a pending request; undefined if it was already decided. */
export async function decideChangeRequest(
  tx: Tx,
  id: string,
  values: { status: 'approved' | 'rejected'; decidedBy: string; decisionComment: string | null },
) {
  const rows = await tx
    .update(agencyChangeRequests)
    .set({ ...values, decidedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(agencyChangeRequests.id, id), eq(agencyChangeRequests.status, 'pending')))
    .returning({ id: agencyChangeRequests.id });
  return rows[0];
}
