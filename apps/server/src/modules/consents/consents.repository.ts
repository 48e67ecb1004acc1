import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { agencies, consents, persons } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

export async function insertConsent(tx: Tx, values: typeof consents.$inferInsert) {
  await tx.insert(consents).values(values);
}

/** The person and every record merged into them: what was given under either id still counts. */
const personOrMerged = (personId: string) =>
  sql`${consents.personId} in (select ${persons.id} from ${persons} where ${persons.id} = ${personId} or ${persons.mergedInto} = ${personId})`;

const columns = {
  consent: consents,
  recordedByAgencyName: agencies.name,
};

export function listConsents(tx: Tx, personId: string) {
  return tx
    .select(columns)
    .from(consents)
    .innerJoin(agencies, eq(agencies.id, consents.recordedByAgencyId))
    .where(personOrMerged(personId))
    .orderBy(desc(consents.obtainedOn), desc(consents.createdAt));
}

export async function findConsent(tx: Tx, id: string) {
  const rows = await tx
    .select(columns)
    .from(consents)
    .innerJoin(agencies, eq(agencies.id, consents.recordedByAgencyId))
    .where(eq(consents.id, id))
    .limit(1);
  return rows[0];
}

/** Marks a consent withdrawn if it is not yet; undefined when it already was. */
export async function withdrawConsent(tx: Tx, id: string, by: string, note: string | null) {
  const rows = await tx
    .update(consents)
    .set({ withdrawnAt: new Date(), withdrawnBy: by, withdrawalNote: note })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
    .returning({ id: consents.id });
  return rows[0];
}

export function agencyNames(tx: Tx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({ id: agencies.id, name: agencies.name, categoryCode: agencies.categoryCode })
    .from(agencies)
    .where(inArray(agencies.id, ids));
}

/**
 * The person's active consent for the purpose that covers the agency, by name or by its category, or
 * undefined. The legal-basis check of a disclosure (referrals, 重層的支援会議) asks this.
 */
export async function findCoveringConsent(
  tx: Tx,
  personId: string,
  purpose: string,
  agency: { id: string; categoryCode: string },
): Promise<string | undefined> {
  const rows = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        personOrMerged(personId),
        eq(consents.purpose, purpose),
        isNull(consents.withdrawnAt),
        sql`(${agency.id}::uuid = any(${consents.scopeAgencyIds}) or ${agency.categoryCode} = any(${consents.scopeAgencyCategories}))`,
      ),
    )
    .orderBy(desc(consents.createdAt))
    .limit(1);
  return rows[0]?.id;
}
