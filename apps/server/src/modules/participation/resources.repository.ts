import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  agencies,
  codeListItems,
  employers,
  employmentProgrammes,
  jobFairs,
  jobOpenings,
  matches,
  places,
  programmeAgencies,
  users,
} from '../../db/schema';
import type { Tx } from '../../platform/db/database';
import { containing } from '../../platform/db/like';
import { oneByOne } from '../../platform/db/scope';

export type EmployerRow = typeof employers.$inferSelect;
export type OpeningRow = typeof jobOpenings.$inferSelect;
export type PlaceRow = typeof places.$inferSelect;
export type FairRow = typeof jobFairs.$inferSelect;

/**
 * Placements at an opening or a place (the outer row's id, named with its table: inside the
 * sub-select a bare "id" would be the match's own).
 */
const placedCount = (column: 'opening_id' | 'place_id', outer: 'job_openings' | 'places') =>
  sql<number>`(select count(*) from ${matches} m where m.${sql.identifier(column)} = ${sql.identifier(outer)}.id and m.state = 'placed')::int`;

export function listProgrammes(tx: Tx) {
  return tx.select().from(employmentProgrammes).orderBy(asc(employmentProgrammes.sortOrder));
}

export function listProgrammeAgencies(tx: Tx) {
  return tx
    .select({ link: programmeAgencies, agencyName: agencies.name })
    .from(programmeAgencies)
    .innerJoin(agencies, eq(agencies.id, programmeAgencies.agencyId))
    .orderBy(desc(programmeAgencies.desk), asc(agencies.nameKana));
}

/** Active staff of the agencies that work a programme (a participant is assigned to one of them). */
export function programmeStaff(tx: Tx) {
  return tx
    .select({ id: users.id, name: users.displayName, agencyId: users.agencyId })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        inArray(users.agencyId, tx.select({ id: programmeAgencies.agencyId }).from(programmeAgencies)),
      ),
    )
    .orderBy(asc(users.displayName));
}

export function divisionNames(tx: Tx) {
  return tx
    .select({ code: codeListItems.code, name: codeListItems.labelJa })
    .from(codeListItems)
    .where(eq(codeListItems.list, 'division'));
}

export type EmployerFilter = {
  q?: string | undefined;
  programme?: string | undefined;
  industry?: string | undefined;
  active?: boolean;
  limit: number;
  offset: number;
};

export async function listEmployers(tx: Tx, f: EmployerFilter) {
  const where = and(
    f.q ? or(ilike(employers.name, containing(f.q)), ilike(employers.address, containing(f.q))) : undefined,
    f.programme ? eq(employers.programmeCode, f.programme) : undefined,
    f.industry ? eq(employers.industryCode, f.industry) : undefined,
    f.active ? isNull(employers.withdrawnOn) : undefined,
  );
  const [rows, total] = await oneByOne(
    () =>
      tx
        .select({
          employer: employers,
          openOpenings: sql<number>`(select count(*) from ${jobOpenings} o where o.employer_id = "employers".id and o.open)::int`,
          placements: sql<number>`(select count(*) from ${matches} m join ${jobOpenings} o on o.id = m.opening_id
          where o.employer_id = "employers".id and m.placed_on is not null)::int`,
        })
        .from(employers)
        .where(where)
        .orderBy(desc(employers.registeredOn), asc(employers.name))
        .limit(f.limit)
        .offset(f.offset),
    () => tx.select({ n: sql<number>`count(*)::int` }).from(employers).where(where),
  );
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findEmployer(tx: Tx, id: string) {
  return (await tx.select().from(employers).where(eq(employers.id, id)).limit(1))[0];
}

export function listOpenings(tx: Tx, f: { employerId?: string; id?: string; openOnly?: boolean } = {}) {
  return tx
    .select({
      opening: jobOpenings,
      employerName: employers.name,
      industryCode: employers.industryCode,
      placed: placedCount('opening_id', 'job_openings'),
    })
    .from(jobOpenings)
    .innerJoin(employers, eq(employers.id, jobOpenings.employerId))
    .where(
      and(
        f.employerId ? eq(jobOpenings.employerId, f.employerId) : undefined,
        f.id ? eq(jobOpenings.id, f.id) : undefined,
        f.openOnly ? and(eq(jobOpenings.open, true), isNull(employers.withdrawnOn)) : undefined,
      ),
    )
    .orderBy(desc(jobOpenings.openedOn), asc(jobOpenings.title));
}
export type ListedOpening = Awaited<ReturnType<typeof listOpenings>>[number];

export async function findOpening(tx: Tx, id: string) {
  return (await listOpenings(tx, { id }))[0];
}

export function listPlaces(tx: Tx, activeOnly = false) {
  return tx
    .select({ place: places, attending: placedCount('place_id', 'places') })
    .from(places)
    .where(activeOnly ? eq(places.active, true) : undefined)
    .orderBy(asc(places.name));
}

export async function findPlace(tx: Tx, id: string) {
  return (await tx.select().from(places).where(eq(places.id, id)).limit(1))[0];
}

export function listFairs(tx: Tx) {
  return tx.select().from(jobFairs).orderBy(asc(jobFairs.heldOn), asc(jobFairs.name));
}

export async function findFair(tx: Tx, id: string) {
  return (await tx.select().from(jobFairs).where(eq(jobFairs.id, id)).limit(1))[0];
}

export { updateAtVersion } from '../../platform/db/versioned';

export async function insertEmployer(tx: Tx, values: typeof employers.$inferInsert) {
  await tx.insert(employers).values(values);
}

export async function insertOpening(tx: Tx, values: typeof jobOpenings.$inferInsert) {
  await tx.insert(jobOpenings).values(values);
}

export async function insertPlace(tx: Tx, values: typeof places.$inferInsert) {
  await tx.insert(places).values(values);
}

export async function insertFair(tx: Tx, values: typeof jobFairs.$inferInsert) {
  await tx.insert(jobFairs).values(values);
}
