/**
 * The report benchmark on one database: the 年度 statistics and the indicator report through the real
 * services — caseStatistics (GET /api/cases/statistics, the coordinator's dashboard) as the demo
 * coordinator, listIndicators (GET /api/plan/indicators: the indicators with their values computed from
 * the records) and buildReport (GET /api/plan/report: roadmap, indicators and 事業実績) as the demo
 * planner — against the raw-SQL baseline of report-baseline.ts, call by call, after a warm-up.
 */

import { caseStatistics } from '../apps/server/src/modules/cases/case-statistics';
import type { SeriesRule } from '../apps/server/src/modules/plan/indicator-values';
import { indicatorYears, listIndicators } from '../apps/server/src/modules/plan/indicators.service';
import * as planRepo from '../apps/server/src/modules/plan/plan.repository';
import { defaultReportYear, requirePlan } from '../apps/server/src/modules/plan/plan.service';
import { buildReport } from '../apps/server/src/modules/plan/report.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import { runAs } from '../apps/server/src/platform/db/scope';
import { COORDINATOR_EMAIL, readActor } from './case-page';
import type { RawDriver } from './databases';
import { logAgreement, progressLog, type Stats, summarize, timed } from './measure';
import {
  baselineIndicators,
  baselineReport,
  baselineStatistics,
  type CallAnswer,
  captureMetricStatements,
  indicatorsAnswer,
  type MetricStatements,
  reportAnswer,
  statisticsKey,
} from './report-baseline';

/** The demo planner (計画担当), who reads the indicators and the annual report. */
export const PLANNER_EMAIL = 'planner@demo.example';

export const REPORT_KINDS = ['statistics', 'indicators', 'report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  statistics: '事業実績 年度別 (coordinator, caseStatistics)',
  indicators: '成果指標一覧 (planner, listIndicators)',
  report: '進捗報告書 (planner, buildReport)',
};

export type ReportKindResult = {
  kind: ReportKind | 'all';
  service: Stats;
  baseline: Stats;
  answer: string;
};

export type ReportRun = {
  kinds: ReportKindResult[];
  /** The metric aggregates the indicators need, as captured (key and statement count). */
  metrics: { key: string; statements: number }[];
  mismatches: string[];
};

type Actors = { coordinator: UserActor; planner: UserActor };

async function serviceCall(db: Db, actors: Actors, kind: ReportKind): Promise<CallAnswer> {
  if (kind === 'statistics') {
    const s = await caseStatistics(db, actors.coordinator, {});
    return {
      key: statisticsKey(s),
      answer: `${s.rows.length} 年度, ${s.totals.total.toLocaleString('en-US')} cases`,
    };
  }
  if (kind === 'indicators') {
    const list = await listIndicators(db, actors.planner);
    const recorded = list.items.reduce((n, i) => n + i.values.filter((v) => v.recorded !== null).length, 0);
    return indicatorsAnswer(
      list.items.map((i) => i.id),
      recorded,
      0,
    );
  }
  const r = await buildReport(db, actors.planner, {});
  return reportAnswer(
    r.fiscalYear,
    r.roadmap.length,
    r.roadmap.reduce((n, row) => n + row.entries.length, 0),
    r.indicators.length,
    r.statistics,
  );
}

/** The metrics' statements for the indicator list's years and for the report's. */
async function captureMetrics(db: Db, planner: UserActor) {
  const base = await runAs(db, planner, async (tx) => {
    const plan = await requirePlan(tx);
    return {
      plan,
      rows: await planRepo.listIndicators(tx, plan.id),
      year: await defaultReportYear(tx, plan),
    };
  });
  const rows = base.rows.map((r) => ({ ...r, accumulation: r.accumulation as SeriesRule['accumulation'] }));
  return {
    list: await captureMetricStatements(db, planner.tenantId, rows, indicatorYears(base.plan)),
    report: await captureMetricStatements(db, planner.tenantId, rows, indicatorYears(base.plan, base.year)),
  };
}

type Sample = { kind: ReportKind; service: number; baseline: number; answer: string };

/**
 * Warms up with one call of each kind, then makes `iterations` timed service calls, each followed by
 * the baseline, cycling through the kinds; every call's answers are compared.
 */
export async function runReport(
  db: Db,
  raw: RawDriver,
  options: { iterations: number; log: (line: string) => void },
): Promise<ReportRun> {
  const actors: Actors = {
    coordinator: await readActor(db, COORDINATOR_EMAIL),
    // The planner belongs to a division, not an agency.
    planner: await readActor(db, PLANNER_EMAIL, false),
  };
  const tenant = actors.planner.tenantId;
  const metrics = await captureMetrics(db, actors.planner);
  const baselineCall = (kind: ReportKind, m: { list: MetricStatements[]; report: MetricStatements[] }) =>
    kind === 'statistics'
      ? baselineStatistics(raw, tenant).then((s) => ({
          key: statisticsKey(s),
          answer: `${s.rows.length} 年度, ${s.totals.total.toLocaleString('en-US')} cases`,
        }))
      : kind === 'indicators'
        ? baselineIndicators(raw, tenant, m.list)
        : baselineReport(raw, tenant, m.report);
  for (const kind of REPORT_KINDS) {
    await serviceCall(db, actors, kind);
    await baselineCall(kind, metrics);
  }
  options.log(
    `  warmed up; the indicators need ${metrics.list.length} metric computations ` +
      `(${metrics.list.reduce((n, m) => n + m.statements.length, 0)} aggregate statements)`,
  );

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const progress = progressLog(options.log, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const kind = REPORT_KINDS[i % REPORT_KINDS.length]!;
    const service = await timed(() => serviceCall(db, actors, kind));
    const baseline = await timed(() => baselineCall(kind, metrics));
    // The indicators compare by ids and recorded figures: the computed values are folded by the service only.
    if (service.result.key !== baseline.result.key)
      mismatches.add(`${kind}: ${service.result.answer} vs ${baseline.result.answer}`);
    samples.push({ kind, service: service.ms, baseline: baseline.ms, answer: baseline.result.answer });
    progress(i + 1);
  }
  logAgreement(options.log, mismatches, 'gave the same answers on every call');
  const result = (kind: ReportKind | 'all', of: Sample[]): ReportKindResult => ({
    kind,
    service: summarize(of.map((s) => s.service)),
    baseline: summarize(of.map((s) => s.baseline)),
    answer: kind === 'all' ? '' : (of[0]?.answer ?? ''),
  });
  return {
    kinds: [
      ...REPORT_KINDS.map((k) =>
        result(
          k,
          samples.filter((s) => s.kind === k),
        ),
      ),
      result('all', samples),
    ],
    metrics: metrics.list.map((m) => ({ key: m.key, statements: m.statements.length })),
    mismatches: [...mismatches],
  };
}
