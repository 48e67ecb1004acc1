import type {
  Indicator,
  IndicatorList,
  IndicatorUpdate,
  IndicatorValueInput,
  Metric,
  MetricValues,
} from '@tsunagu/contracts/plan';
import { fiscalYearOf } from '@tsunagu/japan';
import { and, eq, sql } from 'drizzle-orm';
import { indicators, indicatorValues } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor, UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs, runAsSystem } from '../../platform/db/scope';
import { AppError, assertThat, invalidField } from '../../platform/errors';
import { firstNeededYear, indicatorSeries, type RecordedValue } from './indicator-values';
import type { Series } from './metric';
import { findMetric, listMetrics } from './metric-catalogue';
import { isPlanner, reportsFor } from './plan.policy';
import { divisionRef } from './plan.present';
import * as repo from './plan.repository';
import { requirePlan } from './plan.service';

export const metricCatalogue = (): { items: Metric[] } => ({ items: listMetrics() });

/**
 * One metric per 年度 from the tenant's records (default: the plan's years up to this one), for the
 * planner to see what an indicator would show before linking it. Aggregates only.
 */
export async function metricValues(
  db: Db,
  actor: UserActor,
  key: string,
  range: { from?: number | undefined; to?: number | undefined },
): Promise<MetricValues> {
  const definition = findMetric(key);
  assertThat(definition, 'not_found');
  const plan = await runAs(db, actor, requirePlan);
  const years = indicatorYears(plan);
  const from = range.from ?? years[0] ?? plan.fromFiscalYear;
  const to = range.to ?? years[years.length - 1] ?? plan.toFiscalYear;
  if (from > to)
    throw invalidField('from', '開始年度は終了年度以前にしてください / from must not be after to');
  if (to - from > 50) throw invalidField('from', '50年度以内にしてください / at most 50 fiscal years');
  const series = await runAsSystem(db, (tx) => definition.compute(tx, actor.tenantId, from, to));
  const { compute: _compute, ...metric } = definition;
  const values = [];
  for (let fy = from; fy <= to; fy++)
    values.push({ fiscalYear: fy, value: series.get(fy) ?? (definition.kind === 'rate' ? null : 0) });
  return { metric, values };
}

/** The 年度 columns of the indicator table: the plan's period up to `until` (default: this 年度). */
export function indicatorYears(plan: repo.PlanRow, until?: number): number[] {
  const last = Math.min(plan.toFiscalYear, until ?? fiscalYearOf(new Date()));
  const years: number[] = [];
  for (let fy = plan.fromFiscalYear; fy <= last; fy++) years.push(fy);
  return years;
}

type IndicatorBase = {
  plan: repo.PlanRow;
  rows: repo.IndicatorRow[];
  names: Map<string, string>;
  values: repo.IndicatorValueRow[];
};

/** The plan's indicators and recorded values, read as the actor. */
async function readBase(tx: Tx): Promise<IndicatorBase> {
  const plan = await requirePlan(tx);
  const [rows, names] = await oneByOne(
    () => repo.listIndicators(tx, plan.id),
    () => repo.divisionNames(tx),
  );
  const values = await repo.listValues(
    tx,
    rows.map((r) => r.id),
  );
  return { plan, rows, names, values };
}

/**
 * Every indicator with its value per 年度: the recorded figure where there is one, else the metric
 * computed from the records. The metrics are aggregates computed as the system for the actor's
 * tenant, in their own transaction after the actor's read (one connection at a time on PGlite).
 */
export async function readIndicators(db: Db, actor: Actor, until?: number) {
  const base = await runAs(db, actor, readBase);
  const years = indicatorYears(base.plan, until);
  const series = await computeMetrics(db, actor.tenantId, base.rows, years);
  const items = base.rows.map((r) => present(actor, base, r, years, series.get(r.id)));
  return { plan: base.plan, years, items };
}

function present(
  actor: Actor,
  base: IndicatorBase,
  r: repo.IndicatorRow,
  years: number[],
  computed: Series | undefined,
): Indicator {
  const recorded = new Map<number, RecordedValue>(
    base.values
      .filter((v) => v.indicatorId === r.id)
      .map((v) => [v.fiscalYear, { value: v.value, dataFiscalYear: v.dataFiscalYear, note: v.note }]),
  );
  const metric = r.metricKey ? findMetric(r.metricKey) : undefined;
  const rule = { ...r, accumulation: r.accumulation as Indicator['accumulation'] };
  return {
    id: r.id,
    version: r.version,
    no: r.no,
    seq: r.seq,
    policyNo: r.policyNo,
    name: r.name,
    unit: r.unit,
    division: divisionRef(base.names, r.divisionCode),
    accumulation: rule.accumulation,
    cumulativeFromFiscalYear: r.cumulativeFromFiscalYear,
    openingBalance: r.openingBalance,
    target: r.target,
    targetFiscalYear: r.targetFiscalYear,
    metric: metric ? { key: metric.key, name: metric.name, description: metric.description } : null,
    achievements: r.achievements,
    note: r.note,
    values: indicatorSeries(
      rule,
      years,
      recorded,
      metric && computed ? { series: computed, rate: metric.kind === 'rate' } : null,
    ),
    abilities: {
      edit: actor.kind === 'user' && isPlanner(actor),
      record: actor.kind === 'user' && (isPlanner(actor) || reportsFor(actor, [r.divisionCode])),
    },
  };
}

/** Each metric-based indicator's series over the years it needs, one metric computation per key. */
async function computeMetrics(
  db: Db,
  tenantId: string,
  rows: repo.IndicatorRow[],
  years: number[],
): Promise<Map<string, Series>> {
  const withMetric = rows.filter((r) => r.metricKey && findMetric(r.metricKey));
  if (withMetric.length === 0 || years.length === 0) return new Map();
  const last = years[years.length - 1] as number;
  const from = Math.min(
    ...withMetric.map((r) =>
      firstNeededYear({ ...r, accumulation: r.accumulation as Indicator['accumulation'] }, years),
    ),
  );
  // A metric counted per division is computed once per (metric, division), any other once per metric.
  const scopeOf = (r: repo.IndicatorRow) =>
    findMetric(r.metricKey as string)?.byDivision ? r.divisionCode : undefined;
  const keyOf = (r: repo.IndicatorRow) => `${r.metricKey}|${scopeOf(r) ?? ''}`;
  const wanted = new Map(withMetric.map((r) => [keyOf(r), r]));
  const byKey = await runAsSystem(db, async (tx) => {
    const out = new Map<string, Series>();
    for (const [key, r] of wanted)
      out.set(
        key,
        await (findMetric(r.metricKey as string)?.compute(tx, tenantId, from, last, scopeOf(r)) ?? new Map()),
      );
    return out;
  });
  return new Map(withMetric.map((r) => [r.id, byKey.get(keyOf(r)) ?? new Map()]));
}

export async function listIndicators(db: Db, actor: Actor): Promise<IndicatorList> {
  const { plan, years, items } = await readIndicators(db, actor);
  return {
    fromFiscalYear: years[0] ?? plan.fromFiscalYear,
    toFiscalYear: years[years.length - 1] ?? plan.fromFiscalYear,
    items,
  };
}

async function readOne(db: Db, actor: UserActor, id: string): Promise<Indicator> {
  const found = (await readIndicators(db, actor)).items.find((i) => i.id === id);
  assertThat(found, 'not_found');
  return found;
}

/** The planner sets an indicator's target, metric, opening balance and 取組実績 text. */
export async function updateIndicator(db: Db, actor: UserActor, id: string, input: IndicatorUpdate) {
  assertThat(isPlanner(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const before = await repo.findIndicator(tx, id);
    assertThat(before, 'not_found');
    const metric = input.metricKey ? findMetric(input.metricKey) : null;
    if (input.metricKey && !metric)
      throw invalidField('metricKey', '指標の計算方法が見つかりません / no such metric');
    if (metric?.kind === 'rate' && before.accumulation === 'cumulative')
      throw invalidField('metricKey', '割合は累計できません / a rate cannot be accumulated');
    if ((input.target === null) !== (input.targetFiscalYear === null))
      throw invalidField(
        'targetFiscalYear',
        '目標値と目標年度は両方入力してください / give both the target and its year',
      );
    const rows = await tx
      .update(indicators)
      .set({
        target: input.target,
        targetFiscalYear: input.targetFiscalYear,
        metricKey: input.metricKey,
        openingBalance: input.openingBalance,
        achievements: input.achievements,
        version: sql`${indicators.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(indicators.id, id), eq(indicators.version, input.version)))
      .returning({ id: indicators.id });
    if (rows.length === 0) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'indicator.updated',
      entityType: 'indicator',
      entityId: id,
      payload: { metricKey: input.metricKey, target: input.target },
    });
  });
  return readOne(db, actor, id);
}

/**
 * Records (or clears, with null) the figure of an indicator for a 年度: the planner, or a reporter of
 * the owner division. A recorded figure is shown instead of the computed one.
 */
export async function recordValue(
  db: Db,
  actor: UserActor,
  id: string,
  fiscalYear: number,
  input: IndicatorValueInput,
) {
  await runAs(db, actor, async (tx) => {
    const ind = await repo.findIndicator(tx, id);
    assertThat(ind, 'not_found');
    assertThat(isPlanner(actor) || reportsFor(actor, [ind.divisionCode]), 'forbidden');
    const plan = await requirePlan(tx);
    if (fiscalYear < plan.fromFiscalYear - 1 || fiscalYear > plan.toFiscalYear)
      throw invalidField('fiscalYear', '計画期間外の年度です / the fiscal year is outside the plan period');
    await tx
      .delete(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, id), eq(indicatorValues.fiscalYear, fiscalYear)));
    if (input.value !== null)
      await tx.insert(indicatorValues).values({
        tenantId: actor.tenantId,
        indicatorId: id,
        fiscalYear,
        value: input.value,
        dataFiscalYear: input.dataFiscalYear,
        note: input.note?.trim() || null,
        recordedBy: actor.userId,
      });
    await recordAudit(tx, actor, {
      action: input.value === null ? 'indicator.value_cleared' : 'indicator.value_recorded',
      entityType: 'indicator',
      entityId: id,
      payload: { fiscalYear, value: input.value },
    });
  });
  return readOne(db, actor, id);
}
