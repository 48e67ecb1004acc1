import { randomUUID } from 'node:crypto';
import { aliasedTable, and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  agencies,
  caseContacts,
  caseOutreach,
  caseRecords,
  caseReviews,
  cases,
  caseTeam,
  monitorings,
  persons,
  users,
} from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';
import { containing } from '../../platform/db/like';

export type CaseRow = typeof cases.$inferSelect;
const requestAgency = aliasedTable(agencies, 'request_agency');

/** The next open monitoring date of the case's current plan. */
const nextMonitoring = sql<string | null>`(select min(m.due_on)::text from ${monitorings} m
  where m.case_id = "cases"."id" and m.done_on is null and m.cancelled_at is null)`;
/** A case closed unresolved that has no review (検証) yet. */
const reviewPending = sql<boolean>`("cases"."outcome" = 'unresolved' and not exists
  (select 1 from ${caseReviews} r where r.case_id = "cases"."id"))`;

/** Cases with the person's name (null when the actor's agency does not see the household). */
function selectListed(tx: Tx) {
  return tx
    .select({
      case: cases,
      familyName: persons.familyName,
      givenName: persons.givenName,
      requestAgencyName: requestAgency.name,
      nextMonitoringOn: nextMonitoring,
      reviewPending,
    })
    .from(cases)
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(requestAgency, eq(requestAgency.id, cases.requestAgencyId));
}
export type ListedCase = Awaited<ReturnType<typeof selectListed>>[number];

/**
 * Inserts a case with its id and number chosen first: the requesting agency may not see the case it
 * asked for (only the coordinator and the team do), so the insert cannot read the row back.
 */
export async function insertCase(
  tx: Tx,
  values: Omit<typeof cases.$inferInsert, 'id' | 'number'>,
): Promise<{ id: string; number: number; version: number } & typeof values> {
  const [seq] = await queryRows<{ n: number | string }>(tx, sql`select nextval('cases_number_seq') as n`);
  const row = { ...values, id: randomUUID(), number: Number(seq!.n), version: 1 };
  await tx.insert(cases).values(row);
  return row;
}

/** One case the actor may see (row-level security), or undefined. */
export async function findListed(tx: Tx, id: string): Promise<ListedCase | undefined> {
  const rows = await selectListed(tx).where(eq(cases.id, id)).limit(1);
  return rows[0];
}

export async function findByReferral(tx: Tx, referralId: string) {
  const rows = await tx.select({ id: cases.id }).from(cases).where(eq(cases.referralId, referralId)).limit(1);
  return rows[0];
}

/**
 * Cases by stage and kind, newest first; `folded` searches the person's name and ふりがな. Without a
 * name search the page's ids are chosen on the cases alone, then only those rows are read with the
 * person's name: the name's visibility check (app_sees_person) runs for one page, not every case
 * (bench/case-page.ts measures both lists).
 */
export async function listCases(
  tx: Tx,
  q: { stage?: string; kind?: string; folded?: string; number?: number; limit: number; offset: number },
) {
  const where: SQL[] = [];
  if (q.stage) where.push(eq(cases.stage, q.stage));
  if (q.kind) where.push(eq(cases.kind, q.kind));
  if (q.number !== undefined) where.push(eq(cases.number, q.number));
  else if (q.folded) where.push(sql`${persons.searchText} like ${containing(q.folded)}`);
  const condition = where.length ? and(...where) : undefined;
  const newestFirst = [desc(cases.receivedOn), desc(cases.number)];
  const byName = q.folded !== undefined && q.number === undefined;
  const items = await (byName
    ? selectListed(tx)
        .where(condition)
        .orderBy(...newestFirst)
        .limit(q.limit)
        .offset(q.offset)
    : selectListed(tx)
        .where(
          inArray(
            cases.id,
            tx
              .select({ id: cases.id })
              .from(cases)
              .where(condition)
              .orderBy(...newestFirst)
              .limit(q.limit)
              .offset(q.offset),
          ),
        )
        .orderBy(...newestFirst));
  const [count] = await (byName
    ? tx
        .select({ n: sql<number>`count(*)::int` })
        .from(cases)
        .leftJoin(persons, eq(persons.id, cases.personId))
        .where(condition)
    : tx.select({ n: sql<number>`count(*)::int` }).from(cases).where(condition));
  return { items, total: Number(count?.n ?? 0) };
}

/** Direct requests waiting for triage, oldest first. */
export function listRequests(tx: Tx) {
  return selectListed(tx)
    .where(and(eq(cases.stage, 'triage'), isNull(cases.kind)))
    .orderBy(asc(cases.receivedOn), asc(cases.number));
}

/** Moves the case on if it is still at `version`: check and change in one statement. */
export async function updateCase(
  tx: Tx,
  id: string,
  version: number | null,
  set: Partial<typeof cases.$inferInsert>,
): Promise<CaseRow | undefined> {
  const conditions: SQL[] = [eq(cases.id, id)];
  if (version !== null) conditions.push(eq(cases.version, version));
  const rows = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1` })
    .where(and(...conditions))
    .returning();
  return rows[0];
}

export function listTeam(tx: Tx, caseId: string) {
  return tx
    .select({ member: caseTeam, agencyName: agencies.name })
    .from(caseTeam)
    .innerJoin(agencies, eq(agencies.id, caseTeam.agencyId))
    .where(eq(caseTeam.caseId, caseId))
    .orderBy(asc(caseTeam.addedAt));
}

export async function insertTeamMember(tx: Tx, values: typeof caseTeam.$inferInsert) {
  const [row] = await tx.insert(caseTeam).values(values).returning();
  return row!;
}

/** Ends a current membership; undefined when there is none with that id on the case. */
export async function endTeamMember(tx: Tx, caseId: string, memberId: string) {
  const rows = await tx
    .update(caseTeam)
    .set({ endedAt: new Date() })
    .where(and(eq(caseTeam.id, memberId), eq(caseTeam.caseId, caseId), isNull(caseTeam.endedAt)))
    .returning();
  return rows[0];
}

export async function insertContact(tx: Tx, values: typeof caseContacts.$inferInsert) {
  const [row] = await tx.insert(caseContacts).values(values).returning({ id: caseContacts.id });
  return row!;
}

export async function insertOutreach(tx: Tx, values: typeof caseOutreach.$inferInsert) {
  const [row] = await tx.insert(caseOutreach).values(values).returning({ id: caseOutreach.id });
  return row!;
}

/** The day of the entry this one corrects. */
const correctsOn = sql<string | null>`(select c.occurred_on::text from ${caseRecords} c
  where c.id = "case_records"."corrects_id")`;
/** The latest entry that corrects this one. */
const correctedById = sql<string | null>`(select c.id from ${caseRecords} c
  where c.corrects_id = "case_records"."id" order by c.created_at desc, c.id desc limit 1)`;

/** A page of the case's 支援経過記録, newest first: by day, then the latest written, then id. */
export async function listRecords(tx: Tx, caseId: string, page: { limit: number; offset: number }) {
  return await tx
    .select({
      record: caseRecords,
      correctsOn,
      correctedById,
      author: users.displayName,
      agencyName: agencies.name,
    })
    .from(caseRecords)
    .innerJoin(users, eq(users.id, caseRecords.authorId))
    .leftJoin(agencies, eq(agencies.id, caseRecords.agencyId))
    .where(eq(caseRecords.caseId, caseId))
    .orderBy(desc(caseRecords.occurredOn), desc(caseRecords.recordedAt), desc(caseRecords.id))
    .limit(page.limit)
    .offset(page.offset);
}

export type RecordRow = Awaited<ReturnType<typeof listRecords>>[number];

/** How many entries the case's 支援経過記録 has. */
export async function countRecords(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(caseRecords)
    .where(eq(caseRecords.caseId, caseId));
  return row?.n ?? 0;
}

export async function findRecord(tx: Tx, caseId: string, id: string) {
  const rows = await tx
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(and(eq(caseRecords.id, id), eq(caseRecords.caseId, caseId)))
    .limit(1);
  return rows[0];
}

export async function insertRecord(tx: Tx, values: typeof caseRecords.$inferInsert) {
  const [row] = await tx.insert(caseRecords).values(values).returning({ id: caseRecords.id });
  return row!;
}

export async function insertReview(tx: Tx, values: typeof caseReviews.$inferInsert) {
  const [row] = await tx.insert(caseReviews).values(values).returning({ id: caseReviews.id });
  return row!;
}

/** Names of agencies by id (directory data, visible to all staff). */
export async function agencyNames(
  tx: Tx,
  ids: string[],
): Promise<Map<string, { name: string; categoryCode: string }>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: agencies.id, name: agencies.name, categoryCode: agencies.categoryCode })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { name: r.name, categoryCode: r.categoryCode }]));
}
