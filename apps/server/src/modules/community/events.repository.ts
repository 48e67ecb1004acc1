import type { EventListQuery } from '@tsunagu/contracts/community';
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { communityOrganisations, eventOrganisations, programmeEvents } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';
import { fiscalYearSql } from '../../platform/db/fiscal-year-sql';
import { containing } from '../../platform/db/like';

export type EventRow = typeof programmeEvents.$inferSelect;
type Filters = Omit<EventListQuery, 'limit' | 'offset'>;

const fyStart = (fy: number) => `${fy}-04-01`;
const fyEnd = (fy: number) => `${fy + 1}-03-31`;

/** The conditions of a filtered event list of one programme. */
function where(programmeCode: string, f: Filters): SQL | undefined {
  const e = programmeEvents;
  return and(
    eq(e.programmeCode, programmeCode),
    f.fiscalYear === undefined ? undefined : gte(e.heldOn, fyStart(f.fiscalYear)),
    f.fiscalYear === undefined ? undefined : lte(e.heldOn, fyEnd(f.fiscalYear)),
    f.kind ? eq(e.kindCode, f.kind) : undefined,
    f.theme ? eq(e.themeCode, f.theme) : undefined,
    f.district ? or(eq(e.schoolDistrictCode, f.district), eq(e.welfareDistrictCode, f.district)) : undefined,
    f.q ? or(ilike(e.title, containing(f.q)), ilike(e.venue, containing(f.q))) : undefined,
  );
}

export async function listEvents(
  tx: Tx,
  programmeCode: string,
  f: Filters,
  page?: { limit: number; offset: number },
) {
  const q = tx
    .select()
    .from(programmeEvents)
    .where(where(programmeCode, f))
    .orderBy(desc(programmeEvents.heldOn), asc(programmeEvents.title));
  return page ? q.limit(page.limit).offset(page.offset) : q;
}

/** Events, sessions and each count field summed over the filtered list. */
export async function totalsOf(tx: Tx, programmeCode: string, f: Filters) {
  const [head] = await tx
    .select({
      events: sql<number>`count(*)::int`,
      sessions: sql<number>`coalesce(sum(${programmeEvents.sessions}), 0)::bigint`,
    })
    .from(programmeEvents)
    .where(where(programmeCode, f));
  const fields = await tx
    .select({ key: sql<string>`c.key`, total: sql<number>`sum(c.value::bigint)::bigint` })
    .from(sql`${programmeEvents}, jsonb_each_text(${programmeEvents.counts}) as c`)
    .where(where(programmeCode, f))
    .groupBy(sql`c.key`);
  return {
    events: Number(head?.events ?? 0),
    sessions: Number(head?.sessions ?? 0),
    counts: Object.fromEntries(fields.map((r) => [r.key, Number(r.total)])),
  };
}

/** Per 年度 and kind: events, sessions and each count field, for 年度 from..to. */
export async function totalsByYear(
  tx: Tx,
  programmeCode: string,
  from: number,
  to: number,
  tenantId?: string,
) {
  const range = sql`e.programme_code = ${programmeCode} and e.held_on between ${fyStart(from)} and ${fyEnd(to)}
    ${tenantId ? sql`and e.tenant_id = ${tenantId}` : sql``}`;
  const fy = fiscalYearSql('e.held_on');
  const heads = await queryRows<{ fy: number; kind: string; events: number; sessions: number }>(
    tx,
    sql`select ${fy} as fy, e.kind_code as kind, count(*)::int as events, sum(e.sessions)::bigint as sessions
        from programme_events e where ${range} group by 1, 2`,
  );
  const fields = await queryRows<{ fy: number; kind: string; key: string; total: number }>(
    tx,
    sql`select ${fy} as fy, e.kind_code as kind, c.key, sum(c.value::bigint)::bigint as total
        from programme_events e, jsonb_each_text(e.counts) c where ${range} group by 1, 2, 3`,
  );
  const themes = await queryRows<{ fy: number; theme: string; events: number }>(
    tx,
    sql`select ${fy} as fy, e.theme_code as theme, count(*)::int as events
        from programme_events e where ${range} and e.theme_code is not null group by 1, 2`,
  );
  return {
    byKind: heads.map((h) => ({
      fiscalYear: Number(h.fy),
      kindCode: h.kind,
      events: Number(h.events),
      sessions: Number(h.sessions),
      counts: Object.fromEntries(
        fields
          .filter((f) => Number(f.fy) === Number(h.fy) && f.kind === h.kind)
          .map((f) => [f.key, Number(f.total)]),
      ),
    })),
    byTheme: themes.map((t) => ({ fiscalYear: Number(t.fy), themeCode: t.theme, events: Number(t.events) })),
  };
}

export async function findEvent(tx: Tx, id: string) {
  return (await tx.select().from(programmeEvents).where(eq(programmeEvents.id, id)).limit(1))[0];
}

/** The organisations that took part in each of the events, by event. */
export async function organisationsOf(tx: Tx, eventIds: string[]) {
  if (!eventIds.length) return new Map<string, { id: string; name: string }[]>();
  const rows = await tx
    .select({
      eventId: eventOrganisations.eventId,
      id: communityOrganisations.id,
      name: communityOrganisations.name,
    })
    .from(eventOrganisations)
    .innerJoin(communityOrganisations, eq(communityOrganisations.id, eventOrganisations.organisationId))
    .where(inArray(eventOrganisations.eventId, eventIds))
    .orderBy(asc(communityOrganisations.name));
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) map.set(r.eventId, [...(map.get(r.eventId) ?? []), { id: r.id, name: r.name }]);
  return map;
}

export async function eventsByIds(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  return tx.select().from(programmeEvents).where(inArray(programmeEvents.id, ids));
}

export async function insertEvent(tx: Tx, values: typeof programmeEvents.$inferInsert) {
  await tx.insert(programmeEvents).values(values);
}

/** Replaces the organisations that took part in the event. */
export async function setOrganisations(
  tx: Tx,
  tenantId: string,
  eventId: string,
  divisionCode: string,
  organisationIds: string[],
) {
  await tx.delete(eventOrganisations).where(eq(eventOrganisations.eventId, eventId));
  const distinct = [...new Set(organisationIds)];
  if (distinct.length)
    await tx
      .insert(eventOrganisations)
      .values(distinct.map((organisationId) => ({ tenantId, eventId, organisationId, divisionCode })));
}

export async function existingOrganisations(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx
    .select({ id: communityOrganisations.id })
    .from(communityOrganisations)
    .where(inArray(communityOrganisations.id, ids));
  return new Set(rows.map((r) => r.id));
}
