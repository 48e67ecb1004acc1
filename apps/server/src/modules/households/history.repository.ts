import { randomUUID } from 'node:crypto';
import { desc, eq, inArray, or } from 'drizzle-orm';
import { agencies, type FieldChange, householdMembers, recordHistory, users } from '../../db/schema';
import type { UserActor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';

type Entry = Pick<typeof recordHistory.$inferInsert, 'entityType' | 'entityId' | 'action'> & {
  personId?: string | null;
  householdId?: string | null;
  changes?: Record<string, FieldChange>;
};

/** Appends change-history entries in the caller's transaction (they commit with the change). */
export async function insertHistory(tx: Tx, actor: UserActor, entries: Entry[]) {
  if (!entries.length) return;
  await tx.insert(recordHistory).values(
    entries.map((e) => ({
      id: randomUUID(),
      tenantId: actor.tenantId,
      changes: {},
      ...e,
      changedBy: actor.userId,
      changedByAgencyId: actor.agencyId,
    })),
  );
}

/**
 * The fields whose values differ between `before` and `after`, each with both values — what a
 * history entry stores. Arrays and objects compare by content.
 */
export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = (before as Record<string, unknown>)[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

/**
 * The history of a household: its own entries and those of every person who is or was a member,
 * newest first, with who made each change. Row-level security limits it to what the agency sees.
 */
export function listHouseholdHistory(tx: Tx, householdId: string) {
  const memberIds = tx
    .select({ id: householdMembers.personId })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, householdId));
  return tx
    .select({ entry: recordHistory, userName: users.displayName, agencyName: agencies.name })
    .from(recordHistory)
    .leftJoin(users, eq(users.id, recordHistory.changedBy))
    .leftJoin(agencies, eq(agencies.id, recordHistory.changedByAgencyId))
    .where(or(eq(recordHistory.householdId, householdId), inArray(recordHistory.personId, memberIds)))
    .orderBy(desc(recordHistory.changedAt), desc(recordHistory.id))
    .limit(500);
}
