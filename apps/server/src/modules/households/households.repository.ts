import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import {
  agencies,
  householdMembers,
  households,
  intakeProblems,
  intakes,
  liveLinks,
  personColumns,
  persons,
} from '../../db/schema';
import { textArray, uuidArray } from '../../platform/db/array-params';
import { type Db, queryRows, type Tx } from '../../platform/db/database';
import { containing } from '../../platform/db/like';

export type PersonValues = Omit<typeof persons.$inferInsert, 'version' | 'createdAt' | 'updatedAt'>;

// Personal-data rows are inserted without RETURNING: they become visible only through the live
// link written in the same transaction (ADR 0006).

export async function insertPersons(tx: Tx, rows: PersonValues[]) {
  if (rows.length) await tx.insert(persons).values(rows);
}

export async function insertHousehold(tx: Tx, values: typeof households.$inferInsert) {
  await tx.insert(households).values(values);
}

export async function insertLiveLink(tx: Tx, values: typeof liveLinks.$inferInsert) {
  await tx.insert(liveLinks).values(values);
}

export async function insertMembers(tx: Tx, rows: (typeof householdMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(householdMembers).values(rows);
}

/** The household if the actor's agency may see it (row-level security), else undefined. */
export async function findHousehold(tx: Tx, id: string) {
  const rows = await tx.select().from(households).where(eq(households.id, id)).limit(1);
  return rows[0];
}

/** The kinds of live link through which the actor's agency sees the household: the read's legal basis. */
export async function linkBases(tx: Tx, householdId: string): Promise<string[]> {
  const rows = await queryRows<{ bases: string[] }>(tx, sql`select app_link_bases(${householdId}) as bases`);
  return rows[0]?.bases ?? [];
}

/** Current members with their person records. */
export function listMembers(tx: Tx, householdId: string) {
  return tx
    .select({ member: householdMembers, person: personColumns })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(and(eq(householdMembers.householdId, householdId), isNull(householdMembers.removedAt)))
    .orderBy(asc(householdMembers.createdAt));
}

/** Intakes of the household, newest first, with the recording agency's name. */
export function listIntakes(tx: Tx, householdId: string) {
  return tx
    .select({ intake: intakes, agencyName: agencies.name })
    .from(intakes)
    .innerJoin(agencies, eq(agencies.id, intakes.agencyId))
    .where(eq(intakes.householdId, householdId))
    .orderBy(sql`${intakes.receivedOn} desc`, sql`${intakes.createdAt} desc`);
}

/** A problem of an intake, under the person it is recorded for. */
export type ProblemRow = { intakeId: string; personId: string; categoryCode: string; isMain: boolean };

/**
 * Problems of the intakes that `intakeIds` selects (intake_id, person_id, category_code, is_main); a
 * problem of a person since merged is under the record that stayed. The problems are read first and
 * each of their persons looked up once: the persons policy's live-link check then runs per person (two
 * or three in a household) instead of per problem row (a household with many intakes has dozens).
 * listProblems and the household page's statement read them so.
 */
export function problemsOfIntakes(intakeIds: SQL): SQL {
  return sql`with problems as materialized (
      select intake_id, person_id, category_code, is_main from ${intakeProblems}
      where intake_id in (${intakeIds})
    ), people as materialized (
      select id, merged_into from ${persons} where id in (select person_id from problems)
    )
    select pr.intake_id, coalesce(pe.merged_into, pr.person_id) as person_id, pr.category_code, pr.is_main
    from problems pr join people pe on pe.id = pr.person_id`;
}

/** Problems of the intakes (problemsOfIntakes). */
export function listProblems(tx: Tx, intakeIds: string[]): Promise<ProblemRow[]> {
  if (!intakeIds.length) return Promise.resolve([]);
  return queryRows<ProblemRow>(
    tx,
    sql`select x.intake_id as "intakeId", x.person_id as "personId", x.category_code as "categoryCode",
        x.is_main as "isMain"
      from (${problemsOfIntakes(sql`select unnest(${uuidArray(intakeIds)})`)}) x`,
  );
}

/** What a person search looks for, already normalised by the service. */
export type PersonCriteria =
  | { kind: 'name'; folded: string; grams: string[] }
  | { kind: 'birthDate'; date: string }
  | { kind: 'phone'; digits: string; grams: string[] };

/**
 * The person matches among the agency's. The grams and the agency's link key narrow through one GIN
 * index (one- and two-character names too): it holds only persons of households the agency is linked
 * to with the name (~25 for 佐藤, against 890 in the city). The text is then checked as one run: the
 * folded kanji name or ふりがな holds the query, or the phone digits do.
 */
function personMatch(c: PersonCriteria, agencyId: string): SQL {
  const keys = (grams: string[]) =>
    sql`(${persons.searchGrams} || ${persons.linkKeys}) @> ${textArray([...grams, `@${agencyId}`])}`;
  switch (c.kind) {
    case 'name':
      return sql`(${keys(c.grams)} and ${persons.searchText} like ${containing(c.folded)})`;
    case 'birthDate':
      return eq(persons.birthDate, c.date);
    case 'phone':
      return sql`(${keys(c.grams)} and regexp_replace(array_to_string(${persons.phones}, ','), '[^0-9,]', '', 'g') like ${containing(c.digits)})`;
  }
}

/**
 * Step one of a person search: the ids of matching persons to whose households the agency holds a live
 * link, found through the indexes. Under row-level security the planner could not use them — the
 * policy must run before any condition that is not leakproof (LIKE, @>), so every person would be
 * checked — hence this runs as the system, with the link condition written out. Nothing it finds is
 * shown: the caller reads the rows under row-level security ({@link readVisiblePersons}), which stays
 * the rule.
 */
export function searchPersonIds(
  db: Db,
  scope: { tenantId: string; agencyId: string },
  criteria: PersonCriteria,
  limit: number,
) {
  return db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.tenantId, scope.tenantId),
        isNull(persons.mergedInto),
        personMatch(criteria, scope.agencyId),
        sql`exists (select 1 from ${householdMembers} m join ${liveLinks} l on l.household_id = m.household_id
          where m.person_id = ${persons.id} and l.tenant_id = ${scope.tenantId} and l.agency_id = ${scope.agencyId}
            and l.revoked_at is null and l.valid_from <= now() and (l.valid_until is null or l.valid_until > now()))`,
      ),
    )
    .orderBy(asc(persons.nameKey), asc(persons.id))
    .limit(limit);
}

/**
 * Step two: the persons among `ids` the actor may see (row-level security), with their visible
 * households — the household_members policy already leaves out members of households not seen.
 */
export function readVisiblePersons(tx: Tx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return (
    tx
      .select({
        person: personColumns,
        householdIds: sql<
          string[]
        >`array(select m.household_id from ${householdMembers} m where m.person_id = "persons"."id" and m.removed_at is null)`,
      })
      .from(persons)
      // One array parameter: the same statement (prepared once) whatever the number of ids.
      .where(sql`${persons.id} = any(${uuidArray(ids)})`)
      .orderBy(asc(persons.nameKey), asc(persons.id))
  );
}
