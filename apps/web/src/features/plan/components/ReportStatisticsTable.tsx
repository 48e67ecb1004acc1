import type { CaseStatistics } from '@tsunagu/contracts/cases';
import { fiscalYearLabel } from '@tsunagu/japan';
import { formatCount } from '../../../lib/format';
import { type Locale, useI18n, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import { REPORT_CELL, REPORT_HEAD, ReportTableFrame } from './ReportParts';

/** The 年度 the statistics cover: 平成30年度～令和4年度, or one 年度. */
export function statisticsSpan(statistics: CaseStatistics, fallback: number, locale: Locale): string {
  const years = statistics.rows.map((r) => r.fiscalYear);
  const first = years[0] ?? fallback;
  const last = years[years.length - 1] ?? fallback;
  const label = (fy: number) => fiscalYearLabel(fy, { locale });
  return first === last ? label(first) : `${label(first)}～${label(last)}`;
}

type StatKey = keyof CaseStatistics['totals'];

/** The rows of 事業実績, in the seed's order, with the unit each counts in. */
const STAT_ROWS: readonly { key: StatKey; unit: 'count' | 'times'; total?: boolean }[] = [
  { key: 'coordinated', unit: 'count' },
  { key: 'adviceOnly', unit: 'count' },
  { key: 'total', unit: 'count', total: true },
  { key: 'conferences', unit: 'times' },
  { key: 'contacts', unit: 'times' },
  { key: 'advisorMeetings', unit: 'times' },
  { key: 'unresolvedReviews', unit: 'count' },
];

/**
 * 総合相談支援体制 事業実績: one row per kind of figure, one column per 年度 in 和暦 and the 合計 —
 * the layout of the city's printed report. Computed from the case records.
 */
export function ReportStatisticsTable({
  statistics,
  caption,
}: {
  statistics: CaseStatistics;
  caption: string;
}) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const figure = (n: number, unit: 'count' | 'times') => t(unit, { n: formatCount(n, locale) });
  return (
    <ReportTableFrame label={caption} narrow>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${REPORT_HEAD} min-w-80`}>
            {t('colKind')}
          </th>
          {statistics.rows.map((r) => (
            <th
              key={r.fiscalYear}
              scope="col"
              className={`${REPORT_HEAD} min-w-28 text-right whitespace-nowrap`}
            >
              {fiscalYearLabel(r.fiscalYear, { locale })}
            </th>
          ))}
          <th scope="col" className={`${REPORT_HEAD} min-w-28 text-right`}>
            {t('colSum')}
          </th>
        </tr>
      </thead>
      <tbody>
        {STAT_ROWS.map(({ key, unit, total }) => (
          <tr key={key} className={total ? 'bg-solid-gray-50 font-bold print:bg-white' : ''}>
            <th scope="row" className={`${REPORT_CELL} ${total ? 'font-bold' : 'font-normal'}`}>
              {t(`stat_${key}`)}
            </th>
            {statistics.rows.map((r) => (
              <td key={r.fiscalYear} className={`${REPORT_CELL} text-right whitespace-nowrap`}>
                {figure(r[key], unit)}
              </td>
            ))}
            <td className={`${REPORT_CELL} text-right font-bold whitespace-nowrap`}>
              {figure(statistics.totals[key], unit)}
            </td>
          </tr>
        ))}
      </tbody>
    </ReportTableFrame>
  );
}
