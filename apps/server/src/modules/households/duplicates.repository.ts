import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { agencies, duplicateDismissals, householdMembers, liveLinks, persons } from '../../db/schema';
import { textArray } from '../../platform/db/array-params';
import type { Tx } from '../../platform/db/database';
import { escapeLike } from '../../platform/db/like';

/** What narrows the tenant-wide candidate set before scoring: each is an indexed condition. */
export type CandidateKeys = {
  nameKey: string;
  familyKey: string;
  birthDate: string | null;
  phoneGrams: string[][];
};

/**
 * Possible duplicates across the whole tenant, for scoring: the same ふりがな, the same family-name
 * reading born the same year, the same birth date, or a shared phone. Run as the system (row-level
 * security would hide exactly the records a duplicate check must find); callers disclose minimally.
 */
export function candidatePersons(tx: Tx, tenantId: string, keys: CandidateKeys, limit = 500) {
  const conditions: SQL[] = [];
  if (keys.nameKey) conditions.push(eq(persons.nameKey, keys.nameKey));
  if (keys.familyKey && keys.birthDate)
    conditions.push(
      sql`(${persons.nameKey} like ${`${escapeLike(keys.familyKey)}%`} and extract(year from ${persons.birthDate}) = ${Number(keys.birthDate.slice(0, 4))})`,
    );
  if (keys.birthDate) conditions.push(eq(persons.birthDate, keys.birthDate));
  for (const grams of keys.phoneGrams)
    if (grams.length) conditions.push(sql`${persons.searchGrams} @> ${textArray(grams)}`);
  if (!conditions.length) return Promise.resolve([]);
  return tx
    .select()
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), isNull(persons.mergedInto), or(...conditions)))
    .limit(limit);
}

/** Which of these persons the actor's agency sees (under row-level security), with their households. */
export function visibleAmong(tx: Tx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({
      id: persons.id,
      householdIds: sql<
        string[]
      >`array(select m.household_id from ${householdMembers} m where m.person_id = "persons"."id" and m.removed_at is null and app_sees_household(m.household_id))`,
    })
    .from(persons)
    .where(inArray(persons.id, ids));
}

/**
 * Pairs of persons in the tenant that share a ふりがな, or a birth date and the first two kana of the
 * family name: the candidates a coordinator reviews (scored by the caller).
 */
export function candidatePairsQuery(tenantId: string, limit = 2000) {
  return sql`
    select a.id as a, b.id as b from ${persons} a join ${persons} b
      on b.tenant_id = a.tenant_id and a.id < b.id
     and (b.name_key = a.name_key
          or (b.birth_date = a.birth_date and left(b.name_key, 2) = left(a.name_key, 2)))
    where a.tenant_id = ${tenantId} and a.merged_into is null and b.merged_into is null
      and not exists (select 1 from ${duplicateDismissals} d
        where d.tenant_id = a.tenant_id and d.person_a = a.id and d.person_b = b.id)
    limit ${limit}`;
}

export function personsByIds(tx: Tx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx.select().from(persons).where(inArray(persons.id, ids));
}

/** The agencies holding a live link to any household of each person (what a coordinator needs to ask). */
export function linkedAgencyNames(tx: Tx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .selectDistinct({ personId: householdMembers.personId, name: agencies.name })
    .from(householdMembers)
    .innerJoin(liveLinks, eq(liveLinks.householdId, householdMembers.householdId))
    .innerJoin(agencies, eq(agencies.id, liveLinks.agencyId))
    .where(and(inArray(householdMembers.personId, ids), isNull(liveLinks.revokedAt)));
}

/** Records that the pair are two people (ids in either order; stored smaller first). */
export async function insertDismissal(
  tx: Tx,
  values: { id: string; tenantId: string; ids: [string, string]; note: string | null; by: string },
) {
  const [personA, personB] = [...values.ids].sort() as [string, string];
  await tx
    .insert(duplicateDismissals)
    .values({
      id: values.id,
      tenantId: values.tenantId,
      personA,
      personB,
      note: values.note,
      dismissedBy: values.by,
    })
    .onConflictDoNothing();
}
