import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { agencies, emergencyAccesses, householdMembers, persons, referrals, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

/**
 * Households of the persons exactly matching a folded ふりがな and a birth date, across the tenant.
 * Runs as the system: it is the one lookup outside links, and only an exact match answers.
 */
export async function exactMatchHouseholds(tx: Tx, tenantId: string, nameKey: string, birthDate: string) {
  const rows = await tx
    .selectDistinct({ householdId: householdMembers.householdId })
    .from(persons)
    .innerJoin(householdMembers, eq(householdMembers.personId, persons.id))
    .where(
      and(
        eq(persons.tenantId, tenantId),
        eq(persons.nameKey, nameKey),
        eq(persons.birthDate, birthDate),
        isNull(persons.mergedInto),
        isNull(householdMembers.removedAt),
      ),
    );
  return rows.map((r) => r.householdId);
}

export async function insertEmergencyAccess(tx: Tx, values: typeof emergencyAccesses.$inferInsert) {
  await tx.insert(emergencyAccesses).values(values);
}

/** Emergency accesses, newest first (row-level security: admins see all, an agency its own). */
export function listEmergencyAccesses(tx: Tx) {
  return tx
    .select({
      access: emergencyAccesses,
      agencyName: agencies.name,
      userName: sql<
        string | null
      >`(select ${users.displayName} from ${users} where ${users.id} = ${emergencyAccesses.userId})`,
    })
    .from(emergencyAccesses)
    .innerJoin(agencies, eq(agencies.id, emergencyAccesses.agencyId))
    .orderBy(desc(emergencyAccesses.createdAt))
    .limit(500);
}

/**
 * Referrals sent on an emergency basis (no consent), newest first, for the admins' list. Read as the
 * system: admins see that a disclosure happened and why, not the household.
 */
export function listEmergencyReferrals(tx: Tx, tenantId: string) {
  return tx
    .select({
      id: referrals.id,
      fromAgencyName: agencies.name,
      toAgencyName: sql<string>`(select a.name from ${agencies} a where a.id = ${referrals.toAgencyId})`,
      userName: sql<
        string | null
      >`(select ${users.displayName} from ${users} where ${users.id} = ${referrals.createdBy})`,
      reason: referrals.emergencyReason,
      sentAt: referrals.sentAt,
    })
    .from(referrals)
    .innerJoin(agencies, eq(agencies.id, referrals.fromAgencyId))
    .where(and(eq(referrals.tenantId, tenantId), eq(referrals.basis, 'emergency')))
    .orderBy(desc(referrals.sentAt))
    .limit(500);
}
