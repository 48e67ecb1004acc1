import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { planPolicies, progressEntries, progressEntryEvents, roadmapItems, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';
import type { EntryRow } from './plan.repository';

export type ListedEntry = {
  entry: EntryRow;
  policyNo: number;
  itemNo: number;
  itemTitle: string;
  itemDetail: string;
};

function selectEntries(tx: Tx) {
  return tx
    .select({
      entry: progressEntries,
      policyNo: planPolicies.no,
      itemNo: roadmapItems.no,
      itemTitle: roadmapItems.title,
      itemDetail: roadmapItems.detail,
    })
    .from(progressEntries)
    .innerJoin(roadmapItems, eq(roadmapItems.id, progressEntries.itemId))
    .innerJoin(planPolicies, eq(planPolicies.id, roadmapItems.policyId));
}

export async function findEntry(tx: Tx, id: string): Promise<ListedEntry | undefined> {
  const rows = await selectEntries(tx).where(eq(progressEntries.id, id)).limit(1);
  return rows[0];
}

export function listEntries(
  tx: Tx,
  q: { fiscalYear: number; division?: string | undefined; state?: string | undefined },
): Promise<ListedEntry[]> {
  const where: SQL[] = [eq(progressEntries.fiscalYear, q.fiscalYear)];
  if (q.division) where.push(sql`${q.division} = any(${progressEntries.divisionCodes})`);
  if (q.state) where.push(eq(progressEntries.state, q.state));
  return selectEntries(tx)
    .where(and(...where))
    .orderBy(asc(planPolicies.no), asc(roadmapItems.no), asc(progressEntries.divisionCode));
}

export async function insertEntry(tx: Tx, values: typeof progressEntries.$inferInsert): Promise<string> {
  const [row] = await tx.insert(progressEntries).values(values).returning({ id: progressEntries.id });
  if (!row) throw new Error('entry not inserted');
  return row.id;
}

/** Changes an entry if it is in one of `from` at `version`; false when it was not. */
export async function updateEntry(
  tx: Tx,
  id: string,
  from: readonly string[],
  version: number,
  set: Partial<typeof progressEntries.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(progressEntries)
    .set({ ...set, version: sql`${progressEntries.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(progressEntries.id, id),
        eq(progressEntries.version, version),
        inArray(progressEntries.state, [...from]),
      ),
    )
    .returning({ id: progressEntries.id });
  return rows.length > 0;
}

export async function addEvent(tx: Tx, values: typeof progressEntryEvents.$inferInsert): Promise<void> {
  await tx.insert(progressEntryEvents).values(values);
}

export function listEvents(tx: Tx, entryId: string) {
  return tx
    .select({
      id: progressEntryEvents.id,
      event: progressEntryEvents.event,
      comment: progressEntryEvents.comment,
      actor: users.displayName,
      at: progressEntryEvents.at,
    })
    .from(progressEntryEvents)
    .innerJoin(users, eq(users.id, progressEntryEvents.actorId))
    .where(eq(progressEntryEvents.entryId, entryId))
    .orderBy(asc(progressEntryEvents.at), asc(progressEntryEvents.id));
}
