/**
 * The raw-SQL baseline of the 年度 statistics, the indicator list and the annual progress report: the
 * statements of case-statistics.ts, plan.repository.ts (plan, policies, roadmap, entries, indicators,
 * values, division names) and plan.service.ts written out by hand, and the metrics' aggregate queries
 * as the metric functions send them (captured once through a recording transaction, see
 * captureMetricStatements), all sent straight through the driver as the database owner with the tenant
 * written out — no row-level security, no drizzle, no service layer. Mirrors the repositories by hand:
 * change one, change the other (the statistics are compared number by number on every call).
 */
import type { CaseStatistics, CaseStatisticsRow } from '@tsunagu/contracts/cases';
import { CONFERENCE_KINDS } from '@tsunagu/contracts/meetings';
import { fiscalYearOf } from '@tsunagu/japan';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { firstNeededYear, type SeriesRule } from '../apps/server/src/modules/plan/indicator-values';
import { findMetric } from '../apps/server/src/modules/plan/metric-catalogue';
import type { Db, Tx } from '../apps/server/src/platform/db/database';
import { runAsSystem } from '../apps/server/src/platform/db/scope';
import type { Statement } from './baseline';
import type { RawDriver, RawQuery } from './databases';

const fy = (column: string) => `extract(year from (${column} - interval '3 months'))::int`;

/** computeCaseStatistics' four aggregates; $1 is the tenant. */
export const statisticsStatements = (tenantId: string): Statement[] =>
  [
    `select ${fy('received_on')} as fy, kind as k, count(*) as n from cases
      where tenant_id = $1 and kind is not null group by 1, 2`,
    `select ${fy('held_on')} as fy, kind as k, count(*) as n from meetings
      where tenant_id = $1 and state in ('held', 'closed') group by 1, 2`,
    `select ${fy('contacted_on')} as fy, count(*) as n from case_contacts where tenant_id = $1 group by 1`,
    `select ${fy('r.reviewed_on')} as fy, count(*) as n from case_reviews r
      join cases c on c.id = r.case_id where r.tenant_id = $1 and c.outcome = 'unresolved' group by 1`,
  ].map((text) => ({ text, params: [tenantId] }));

/** firstFiscalYear: the earliest 受付日 or meeting. */
export const firstDayStatement = (tenantId: string): Statement => ({
  text: `select least((select min(received_on) from cases where tenant_id = $1),
    (select min(held_on) from meetings where tenant_id = $1))::text as d`,
  params: [tenantId],
});

type Counted = { fy: number | string; n: number | string; k?: string };

/** The 事業実績 rows from the four aggregates, as computeCaseStatistics builds them. */
function statisticsRows(counted: Counted[][], from: number, to: number): CaseStatistics {
  const [cases = [], meetings = [], contacts = [], reviews = []] = counted;
  const rows: CaseStatisticsRow[] = [];
  for (let y = from; y <= to; y++) {
    const sum = (list: Counted[], keep: (k?: string) => boolean) =>
      list.filter((r) => Number(r.fy) === y && keep(r.k)).reduce((s, r) => s + Number(r.n), 0);
    const coordinated = sum(cases, (k) => k === 'coordinated');
    const adviceOnly = sum(cases, (k) => k === 'advice_only');
    rows.push({
      fiscalYear: y,
      coordinated,
      adviceOnly,
      total: coordinated + adviceOnly,
      conferences: sum(meetings, (k) => CONFERENCE_KINDS.includes(k as never)),
      contacts: sum(contacts, () => true),
      advisorMeetings: sum(meetings, (k) => k === 'advisor'),
      unresolvedReviews: sum(reviews, () => true),
    });
  }
  const total = (key: keyof Omit<CaseStatisticsRow, 'fiscalYear'>) => rows.reduce((s, r) => s + r[key], 0);
  return {
    rows,
    totals: {
      coordinated: total('coordinated'),
      adviceOnly: total('adviceOnly'),
      total: total('total'),
      conferences: total('conferences'),
      contacts: total('contacts'),
      advisorMeetings: total('advisorMeetings'),
      unresolvedReviews: total('unresolvedReviews'),
    },
  };
}

/** The statistics from the first 年度 on record to `to` (default this 年度), in the caller's transaction. */
export async function statisticsIn(query: RawQuery, tenantId: string, to?: number): Promise<CaseStatistics> {
  const last = to ?? fiscalYearOf(new Date());
  const first = firstDayStatement(tenantId);
  const [day] = await query<{ d: string | null }>(first.text, first.params);
  const from = day?.d ? fiscalYearOf(day.d) : last;
  const counted: Counted[][] = [];
  for (const s of statisticsStatements(tenantId)) counted.push(await query<Counted>(s.text, s.params));
  return statisticsRows(counted, Math.min(from, last), last);
}

/** The comparable answer of the statistics: every number of every row. */
export const statisticsKey = (s: CaseStatistics) => s.rows.map((r) => Object.values(r).join(',')).join(';');

export const baselineStatistics = (raw: RawDriver, tenantId: string) =>
  raw.transaction((query) => statisticsIn(query, tenantId));

/** The plan's reads as the repository makes them, the tenant written out; $1 is the tenant. */
const PLAN = `select * from plans where tenant_id = $1 order by from_fiscal_year desc limit 1`;
const DIVISIONS = `select code, label_ja as name from code_list_items where tenant_id = $1 and list = 'division'`;
const INDICATORS = `select i.*, pp.no as policy_no from indicators i join plan_policies pp on pp.id = i.policy_id
  where i.plan_id = $1 order by i.no asc, i.seq asc`;
const VALUES = (n: number) =>
  `select * from indicator_values where indicator_id in (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')})`;
const POLICIES = `select * from plan_policies where plan_id = $1 order by no asc`;
const ITEMS = `select ri.*, pp.no as policy_no from roadmap_items ri join plan_policies pp on pp.id = ri.policy_id
  where pp.plan_id = $1 order by pp.no asc, ri.no asc`;
const REPORT_YEAR = `select max(fiscal_year) as fy from progress_entries where tenant_id = $1`;
const ENTRIES = (n: number) =>
  `select * from progress_entries where item_id in (${Array.from({ length: n }, (_, i) => `$${i + 2}`).join(', ')})
    and fiscal_year = $1 order by created_at asc, id asc`;

type PlanRow = { id: string; from_fiscal_year: number; to_fiscal_year: number };
type IndicatorRowRaw = { id: string };

/** A metric's aggregate statements, as its compute function sent them for the run's years. */
export type MetricStatements = { key: string; statements: Statement[] };

/**
 * Runs each distinct metric the plan's indicators take their values from once, through a transaction
 * that records every statement it executes (the metric functions all go through queryRows → execute),
 * so that the baseline can send the same aggregates straight through the driver.
 */
export async function captureMetricStatements(
  db: Db,
  tenantId: string,
  rows: (SeriesRule & { metricKey: string | null; divisionCode: string })[],
  years: number[],
): Promise<MetricStatements[]> {
  const withMetric = rows.filter((r) => r.metricKey && findMetric(r.metricKey));
  if (!withMetric.length || !years.length) return [];
  const last = years[years.length - 1]!;
  const from = Math.min(...withMetric.map((r) => firstNeededYear(r, years)));
  const dialect = new PgDialect();
  const wanted = new Map(
    withMetric.map((r) => {
      const scope = findMetric(r.metricKey!)?.byDivision ? r.divisionCode : undefined;
      return [`${r.metricKey}|${scope ?? ''}`, { key: r.metricKey!, scope }];
    }),
  );
  return runAsSystem(db, async (tx) => {
    const out: MetricStatements[] = [];
    for (const [key, m] of wanted) {
      const statements: Statement[] = [];
      const recording = {
        execute: (q: SQL) => {
          const { sql, params } = dialect.sqlToQuery(q);
          statements.push({ text: sql, params });
          return tx.execute(q);
        },
      } as unknown as Tx;
      await findMetric(m.key)?.compute(recording, tenantId, from, last, m.scope);
      out.push({ key, statements });
    }
    return out;
  });
}

/** A call's answer: `key` must be the same for service and baseline, `answer` is for the report. */
export type CallAnswer = { key: string; answer: string };

/** What the indicator list shows, comparable: the indicators in order and the figures recorded. */

export const indicatorsAnswer = (ids: string[], recorded: number, metricRows: number): CallAnswer => ({
  key: `${ids.join()}|${recorded}`,
  answer: `${ids.length} indicators, ${recorded} recorded values, ${metricRows} metric rows`,
});

/** readIndicators in one transaction: the plan, its indicators, values and division names, then the metrics. */
async function indicatorsIn(query: RawQuery, tenantId: string, metrics: MetricStatements[]) {
  const [plan] = await query<PlanRow>(PLAN, [tenantId]);
  if (!plan) throw new Error('baseline: no plan');
  const rows = await query<IndicatorRowRaw>(INDICATORS, [plan.id]);
  await query(DIVISIONS, [tenantId]);
  const ids = rows.map((r) => r.id);
  const values = ids.length ? await query(VALUES(ids.length), ids) : [];
  let metricRows = 0;
  for (const m of metrics) for (const s of m.statements) metricRows += (await query(s.text, s.params)).length;
  return { plan, ids, recorded: values.length, metricRows };
}

export async function baselineIndicators(
  raw: RawDriver,
  tenantId: string,
  metrics: MetricStatements[],
): Promise<CallAnswer> {
  const r = await raw.transaction((query) => indicatorsIn(query, tenantId, metrics));
  return indicatorsAnswer(r.ids, r.recorded, r.metricRows);
}

/** What the report shows, comparable: the 年度, roadmap, entries, indicators and every statistics number. */
export const reportAnswer = (
  fiscalYear: number,
  items: number,
  entries: number,
  indicators: number,
  statistics: CaseStatistics,
): CallAnswer => ({
  key: `${fiscalYear}|${items}|${entries}|${indicators}|${statisticsKey(statistics)}`,
  answer: `FY${fiscalYear}: ${items} roadmap items, ${entries} entries, ${indicators} indicators, ${statistics.rows.length} 年度 of statistics (${statistics.totals.total.toLocaleString('en-US')} cases)`,
});

/** buildReport (approved entries only): the plan's reads, the indicators with their metrics, then the statistics up to the report's 年度. */
export function baselineReport(
  raw: RawDriver,
  tenantId: string,
  metrics: MetricStatements[],
): Promise<CallAnswer> {
  return raw.transaction(async (query) => {
    const [plan] = await query<PlanRow>(PLAN, [tenantId]);
    if (!plan) throw new Error('baseline: no plan');
    const [year] = await query<{ fy: number | null }>(REPORT_YEAR, [tenantId]);
    const fiscalYear =
      year?.fy ??
      Math.max(plan.from_fiscal_year, Math.min(plan.to_fiscal_year, fiscalYearOf(new Date()) - 1));
    await query(POLICIES, [plan.id]);
    const items = await query<{ id: string }>(ITEMS, [plan.id]);
    await query(DIVISIONS, [tenantId]);
    const ids = items.map((i) => i.id);
    const entries = ids.length
      ? (await query<{ state: string }>(ENTRIES(ids.length), [fiscalYear, ...ids])).filter(
          (e) => e.state === 'approved',
        )
      : [];
    const ind = await indicatorsIn(query, tenantId, metrics);
    const statistics = await statisticsIn(query, tenantId, fiscalYear);
    return reportAnswer(fiscalYear, items.length, entries.length, ind.ids.length, statistics);
  });
}
