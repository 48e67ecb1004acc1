import { and, eq, isNull, sql } from 'drizzle-orm';
import { householdMembers, households, persons } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

/** The person if the actor's agency may see them (row-level security), else undefined. */
export async function findPerson(tx: Tx, id: string) {
  const rows = await tx.select().from(persons).where(eq(persons.id, id)).limit(1);
  return rows[0];
}

/** A household of the person that the actor's agency sees (for the history's context). */
export async function visibleHouseholdOf(tx: Tx, personId: string) {
  const rows = await tx
    .select({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(and(eq(householdMembers.personId, personId), isNull(householdMembers.removedAt)))
    .limit(1);
  return rows[0]?.householdId;
}

/** Updates the person if still at `version`; returns the new version, or undefined on a stale one. */
export async function updatePerson(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<typeof persons.$inferInsert>,
) {
  const rows = await tx
    .update(persons)
    .set({ ...values, version: sql`${persons.version} + 1`, updatedAt: new Date() })
    .where(and(eq(persons.id, id), eq(persons.version, version)))
    .returning({ version: persons.version });
  return rows[0]?.version;
}

/** Updates the household if still at `version`; returns the new version, or undefined on a stale one. */
export async function updateHousehold(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<typeof households.$inferInsert>,
) {
  const rows = await tx
    .update(households)
    .set({ ...values, version: sql`${households.version} + 1`, updatedAt: new Date() })
    .where(and(eq(households.id, id), eq(households.version, version)))
    .returning({ version: households.version });
  return rows[0]?.version;
}

/** The person's current membership of the household. */
export async function findMember(tx: Tx, householdId: string, personId: string) {
  const rows = await tx
    .select()
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.personId, personId),
        isNull(householdMembers.removedAt),
      ),
    )
    .limit(1);
  return rows[0];
}

export async function updateMember(
  tx: Tx,
  id: string,
  values: Partial<typeof householdMembers.$inferInsert>,
) {
  await tx.update(householdMembers).set(values).where(eq(householdMembers.id, id));
}
