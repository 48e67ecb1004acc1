import type { IndicatorValue, ProgressReport } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import type { Locale } from '../../../lib/i18n';

/** An indicator as the charts and cards need it: the staff list's records and the report's both fit. */
export type IndicatorData = ProgressReport['indicators'][number];

/** 1,589 / 42.6%: grouped digits, one decimal at most, the % sign for rates. */
export function formatFigure(value: number, unit: string, locale: Locale): string {
  const n = value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 1 });
  return unit === '%' ? `${n}%` : n;
}

/** A figure followed by its unit unless it is a rate (「277件」「42.6%」). */
export function figureWithUnit(value: number, unit: string, locale: Locale): string {
  const shown = formatFigure(value, unit, locale);
  return unit === '%' ? shown : `${shown}${locale === 'ja' ? '' : ' '}${unit}`;
}

/** The value of an indicator for one 年度 column, if the list has that column. */
export function yearValue(indicator: IndicatorData, fiscalYear: number): IndicatorValue | undefined {
  return indicator.values.find((v) => v.fiscalYear === fiscalYear);
}

/** The number people see: 「4」, or 「7-2」 when several indicators share the number. */
export function indicatorNumber(indicator: IndicatorData, all: readonly IndicatorData[]): string {
  const siblings = all.filter((i) => i.no === indicator.no).length;
  return siblings > 1 ? `${indicator.no}-${indicator.seq}` : String(indicator.no);
}

/** 令和4年度末 / FY2022 (end): the heading of a value column. */
export function yearEndLabel(fiscalYear: number, locale: Locale): string {
  return locale === 'ja' ? `${fiscalYearLabel(fiscalYear)}末` : `End of FY${fiscalYear}`;
}

/** True when the figure describes another 年度 than its column (statistics that lag). */
export function lagsBehind(v: IndicatorValue): v is IndicatorValue & { dataFiscalYear: number } {
  return v.dataFiscalYear !== null && v.dataFiscalYear !== v.fiscalYear;
}
