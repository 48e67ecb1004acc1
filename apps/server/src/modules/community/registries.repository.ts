import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { boardMatches, boardPosts, communityOrganisations, medicalCarePhysicians } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';
import { japanToday } from '../../platform/db/japan-today-sql';
import { containing } from '../../platform/db/like';

export type OrganisationRow = typeof communityOrganisations.$inferSelect;
export type PhysicianRow = typeof medicalCarePhysicians.$inferSelect;
export type PostRow = typeof boardPosts.$inferSelect;

/**
 * The first day each organisation took part in community building — an event it joined, or a need it
 * met on the board — and the number of events; for every organisation, or one tenant's (metrics).
 */
export async function participationOf(tx: Tx, tenantId?: string) {
  const rows = await queryRows<{ organisation_id: string; first_on: string; events: number }>(
    tx,
    sql`select organisation_id, min(on_day)::text as first_on, count(*) filter (where source = 'event')::int as events
        from (
          select eo.organisation_id, e.held_on as on_day, 'event' as source
            from event_organisations eo join programme_events e on e.id = eo.event_id
            ${tenantId ? sql`where eo.tenant_id = ${tenantId}` : sql``}
          union all
          select p.organisation_id, m.agreed_on, 'board'
            from board_matches m join board_posts p on p.id = m.offer_post_id
            where p.organisation_id is not null ${tenantId ? sql`and m.tenant_id = ${tenantId}` : sql``}
        ) x group by organisation_id`,
  );
  return new Map(
    rows.map((r) => [
      r.organisation_id,
      { firstOn: String(r.first_on).slice(0, 10), events: Number(r.events) },
    ]),
  );
}

export function listOrganisations(tx: Tx, q: { kind?: string | undefined; q?: string | undefined }) {
  const o = communityOrganisations;
  return tx
    .select()
    .from(o)
    .where(and(q.kind ? eq(o.kind, q.kind) : undefined, q.q ? ilike(o.name, containing(q.q)) : undefined))
    .orderBy(asc(o.name));
}

export async function findOrganisation(tx: Tx, id: string) {
  return (
    await tx.select().from(communityOrganisations).where(eq(communityOrganisations.id, id)).limit(1)
  )[0];
}

export function listPhysicians(
  tx: Tx,
  q: {
    careType?: string | undefined;
    schoolDistricts?: string[] | undefined;
    homeVisits?: boolean | undefined;
    current: boolean;
  },
) {
  const p = medicalCarePhysicians;
  return tx
    .select()
    .from(p)
    .where(
      and(
        q.careType ? sql`${q.careType} = any(${p.careTypes})` : undefined,
        q.schoolDistricts
          ? inArray(p.schoolDistrictCode, q.schoolDistricts.length ? q.schoolDistricts : [''])
          : undefined,
        q.homeVisits === undefined ? undefined : eq(p.homeVisits, q.homeVisits),
        q.current ? or(isNull(p.withdrawnOn), sql`${p.withdrawnOn} > ${japanToday}`) : undefined,
      ),
    )
    .orderBy(asc(p.clinicName), asc(p.physicianName));
}

export async function findPhysician(tx: Tx, id: string) {
  return (await tx.select().from(medicalCarePhysicians).where(eq(medicalCarePhysicians.id, id)).limit(1))[0];
}

export function listPosts(tx: Tx, q: { status?: string | undefined; field?: string | undefined }) {
  const p = boardPosts;
  return tx
    .select({ post: p, organisationName: communityOrganisations.name })
    .from(p)
    .leftJoin(communityOrganisations, eq(communityOrganisations.id, p.organisationId))
    .where(and(q.status ? eq(p.status, q.status) : undefined, q.field ? eq(p.fieldCode, q.field) : undefined))
    .orderBy(asc(p.status), sql`${p.postedOn} desc`, asc(p.title));
}

export async function findPost(tx: Tx, id: string) {
  return (await tx.select().from(boardPosts).where(eq(boardPosts.id, id)).limit(1))[0];
}

export async function listMatches(tx: Tx) {
  return queryRows<{
    id: string;
    need_post_id: string;
    need_title: string;
    offer_post_id: string;
    offer_title: string;
    organisation_name: string | null;
    agreed_on: string;
    note: string;
  }>(
    tx,
    sql`select m.id, m.need_post_id, n.title as need_title, m.offer_post_id, o.title as offer_title,
          org.name as organisation_name, m.agreed_on::text as agreed_on, m.note
        from board_matches m join board_posts n on n.id = m.need_post_id join board_posts o on o.id = m.offer_post_id
        left join community_organisations org on org.id = o.organisation_id
        order by m.agreed_on desc`,
  );
}

/** Records a match; false when the need was matched meanwhile. */
export async function insertMatch(tx: Tx, values: typeof boardMatches.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(boardMatches)
    .values(values)
    .onConflictDoNothing({ target: boardMatches.needPostId })
    .returning({ id: boardMatches.id });
  return rows.length > 0;
}

/** Moves open posts to a status; the number moved. */
export async function setPostStatus(tx: Tx, ids: string[], status: string, fromStatus = 'open') {
  const moved = await tx
    .update(boardPosts)
    .set({ status, version: sql`${boardPosts.version} + 1`, updatedAt: new Date() })
    .where(and(inArray(boardPosts.id, ids), eq(boardPosts.status, fromStatus)))
    .returning({ id: boardPosts.id });
  return moved.length;
}
