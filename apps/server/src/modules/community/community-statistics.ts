import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database';
import { fiscalYearSql } from '../../platform/db/fiscal-year-sql';
import type { Series } from '../plan/metric';
import type { FigureRowConfig } from './community-document';

/** A figure's values per 年度, and per breakdown key (theme, welfare district) where it has one. */
export type Measured = { total: Series; parts: Map<string, Series> };

const between = (column: SQL, from: number, to: number) =>
  sql`${column} between ${`${from}-04-01`}::date and ${`${to + 1}-03-31`}::date`;

function add(series: Series, fy: number, value: number) {
  series.set(fy, (series.get(fy) ?? 0) + value);
}

/**
 * A programme line of the figures (events, sessions, organisations or a count field of one kind or
 * all), counted from one tenant's events of 年度 from..to. Runs outside row-level security: it reads
 * aggregates only and is filtered to the tenant here.
 */
export async function measureProgramme(
  tx: Tx,
  tenantId: string,
  row: FigureRowConfig,
  from: number,
  to: number,
): Promise<Measured> {
  const fy = fiscalYearSql('e.held_on');
  const measure = row.measure.startsWith('field:')
    ? sql`sum(coalesce((e.counts->>${row.measure.slice('field:'.length)})::bigint, 0))`
    : row.measure === 'sessions'
      ? sql`sum(e.sessions)`
      : row.measure === 'organisations'
        ? sql`count(distinct eo.organisation_id)`
        : sql`count(*)`;
  const join =
    row.measure === 'organisations' ? sql`join event_organisations eo on eo.event_id = e.id` : sql``;
  const key =
    row.breakdown === 'theme'
      ? sql`e.theme_code`
      : row.breakdown === 'welfare_district'
        ? sql`e.welfare_district_code`
        : sql`null`;
  const rows = await queryRows<{ fy: number; part: string | null; value: number }>(
    tx,
    sql`select ${fy} as fy, ${key} as part, (${measure})::bigint as value
        from programme_events e ${join}
        where e.tenant_id = ${tenantId} and e.programme_code = ${row.programmeCode ?? ''}
          ${row.kindCode ? sql`and e.kind_code = ${row.kindCode}` : sql``}
          and ${between(sql`e.held_on`, from, to)}
        group by 1, 2`,
  );
  const total: Series = new Map();
  const parts = new Map<string, Series>();
  for (const r of rows) {
    const y = Number(r.fy);
    const v = Number(r.value);
    if (row.measure !== 'organisations') add(total, y, v);
    if (r.part !== null) {
      const s = parts.get(r.part) ?? new Map();
      add(s, y, v);
      parts.set(r.part, s);
    }
  }
  if (row.measure === 'organisations') {
    // Distinct over the whole 年度, not summed over parts.
    for (const r of await queryRows<{ fy: number; value: number }>(
      tx,
      sql`select ${fy} as fy, count(distinct eo.organisation_id)::int as value
          from programme_events e join event_organisations eo on eo.event_id = e.id
          where e.tenant_id = ${tenantId} and e.programme_code = ${row.programmeCode ?? ''}
            ${row.kindCode ? sql`and e.kind_code = ${row.kindCode}` : sql``}
            and ${between(sql`e.held_on`, from, to)}
          group by 1`,
    ))
      total.set(Number(r.fy), Number(r.value));
  }
  return { total, parts };
}

/** 支え合い推進会議 set up (or active) per 年度. */
export async function councilSeries(
  tx: Tx,
  tenantId: string,
  measure: 'established' | 'active',
  from: number,
  to: number,
) {
  const rows = await queryRows<{ fy: number; value: number }>(
    tx,
    sql`select fiscal_year as fy, count(*) filter (where ${measure === 'active' ? sql`active` : sql`established`})::int as value
        from support_councils where tenant_id = ${tenantId} and fiscal_year between ${from} and ${to}
        group by 1`,
  );
  return new Map(rows.map((r) => [Number(r.fy), Number(r.value)])) as Series;
}

/** Advisor dispatches held (the session took place) per 年度 of the session. */
export async function dispatchSeries(tx: Tx, tenantId: string, from: number, to: number) {
  const rows = await queryRows<{ fy: number; value: number }>(
    tx,
    sql`select ${fiscalYearSql('session_on')} as fy, count(*)::int as value
        from dispatch_requests where tenant_id = ${tenantId} and status in ('held', 'closed')
          and ${between(sql`session_on`, from, to)}
        group by 1`,
  );
  return new Map(rows.map((r) => [Number(r.fy), Number(r.value)])) as Series;
}

/** Count fields tagged with the metric, summed over the tenant's programmes per 年度. */
export async function taggedFieldSeries(tx: Tx, tenantId: string, metric: string, from: number, to: number) {
  const rows = await queryRows<{ fy: number; value: number }>(
    tx,
    // The tagged fields first (a handful of rows), then their events through the programme index: joined
    // in one go, the planner cannot see through the jsonb and filters the tag only after reading every event.
    sql`with tagged as materialized (
          select p.code as programme_code, k->>'code' as kind_code, f->>'code' as field
            from community_programmes p
              cross join jsonb_array_elements(p.kinds) k
              cross join jsonb_array_elements(k->'fields') f
            where p.tenant_id = ${tenantId} and f->>'metric' = ${metric}
        )
        select ${fiscalYearSql('e.held_on')} as fy, sum(coalesce((e.counts->>t.field)::bigint, 0))::bigint as value
        from tagged t
          join programme_events e on e.tenant_id = ${tenantId} and e.programme_code = t.programme_code
            and e.kind_code = t.kind_code
        where ${between(sql`e.held_on`, from, to)}
        group by 1`,
  );
  return new Map(rows.map((r) => [Number(r.fy), Number(r.value)])) as Series;
}

/**
 * Organisations taking part for the first time within 年度 from..to, per 年度: the first day in the
 * range each joined an event of a programme tagged with the metric, or met a need on the matching
 * board. (An organisation that took part before the range counts in the first 年度 it takes part
 * within it: a cumulative indicator counts the organisations of its own period.)
 */
export async function firstParticipationSeries(
  tx: Tx,
  tenantId: string,
  metric: string,
  from: number,
  to: number,
) {
  const rows = await queryRows<{ fy: number; value: number }>(
    tx,
    sql`select ${fiscalYearSql('first_on')} as fy, count(*)::int as value from (
          select organisation_id, min(on_day) as first_on from (
            select eo.organisation_id, e.held_on as on_day
              from event_organisations eo
              join programme_events e on e.id = eo.event_id
              join community_programmes p on p.tenant_id = e.tenant_id and p.code = e.programme_code
              where eo.tenant_id = ${tenantId} and p.organisation_metric = ${metric}
                and ${between(sql`e.held_on`, from, to)}
            union all
            select o.organisation_id, m.agreed_on
              from board_matches m join board_posts o on o.id = m.offer_post_id
              where m.tenant_id = ${tenantId} and o.organisation_id is not null
                and ${between(sql`m.agreed_on`, from, to)}
          ) x group by organisation_id
        ) firsts group by 1`,
  );
  return new Map(rows.map((r) => [Number(r.fy), Number(r.value)])) as Series;
}
