import type { Accumulation, IndicatorValue } from '@tsunagu/contracts/plan';
import type { Series } from './metric';

export type RecordedValue = { value: number; dataFiscalYear: number | null; note: string | null };

export type SeriesRule = {
  accumulation: Accumulation;
  cumulativeFromFiscalYear: number | null;
  openingBalance: number;
};

/** The first 年度 whose metric value an indicator needs, to compute the given years. */
export function firstNeededYear(rule: SeriesRule, years: readonly number[]): number {
  const first = years[0] ?? 0;
  return rule.accumulation === 'cumulative' && rule.cumulativeFromFiscalYear !== null
    ? Math.min(rule.cumulativeFromFiscalYear, first)
    : first;
}

/**
 * An indicator's value at the end of a 年度 computed from a metric:
 * - cumulative: the last recorded figure of an earlier 年度 (a published or confirmed total the
 *   records may not go back to) plus the metric of every 年度 after it; without one, the opening
 *   balance plus the metric of every 年度 from the start year (the year before the start shows the
 *   opening balance alone; earlier years have no value);
 * - yearly and stock: the metric of the 年度 itself (a count without records is 0, a rate is absent).
 */
export function computedValue(
  rule: SeriesRule,
  metric: Series,
  rate: boolean,
  fy: number,
  recorded: ReadonlyMap<number, RecordedValue> = new Map(),
): number | null {
  if (rule.accumulation !== 'cumulative') return metric.get(fy) ?? (rate ? null : 0);
  const from = rule.cumulativeFromFiscalYear ?? fy;
  if (fy < from - 1) return null;
  let sum = rule.openingBalance;
  let first = from;
  for (let y = fy - 1; y >= from - 1; y--) {
    const earlier = recorded.get(y);
    if (earlier) {
      sum = earlier.value;
      first = y + 1;
      break;
    }
  }
  for (let y = first; y <= fy; y++) sum += metric.get(y) ?? 0;
  return sum;
}

/**
 * The values shown for each year: a recorded figure (entered by hand or taken from a published
 * report) wins over the computed one, and both are kept so a difference can be seen.
 */
export function indicatorSeries(
  rule: SeriesRule,
  years: readonly number[],
  recorded: ReadonlyMap<number, RecordedValue>,
  metric: { series: Series; rate: boolean } | null,
): IndicatorValue[] {
  return years.map((fy) => {
    const rec = recorded.get(fy) ?? null;
    const computed = metric ? computedValue(rule, metric.series, metric.rate, fy, recorded) : null;
    const value = rec?.value ?? computed;
    return {
      fiscalYear: fy,
      value,
      origin: rec ? 'recorded' : computed !== null ? 'computed' : null,
      recorded: rec?.value ?? null,
      computed,
      dataFiscalYear: rec?.dataFiscalYear ?? null,
      note: rec?.note ?? null,
    };
  });
}
