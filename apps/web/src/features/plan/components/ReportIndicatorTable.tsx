import type { ProgressReport } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import { figureWithUnit, formatFigure, indicatorNumber, lagsBehind, yearValue } from './IndicatorFormat';
import { groupBy, REPORT_CELL, REPORT_HEAD, ReportSectionHeading, ReportTableFrame } from './ReportParts';

/**
 * 成果指標 in the seed's layout: 施策 | No | 成果指標名（単位）| 実績 at the end of each 年度 | 目標 |
 * 取組実績 | 担当課. A figure of an earlier 年度 says which (「64,219（令和2年度）」).
 */
export function ReportIndicatorTable({ report }: { report: ProgressReport }) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const label = (fy: number) => fiscalYearLabel(fy, { locale });
  const year = label(report.fiscalYear);
  const title = t('indicatorsTitle');
  const field = (no: number) => report.policies.find((p) => p.no === no)?.field ?? '';
  return (
    <section
      aria-labelledby="report-indicators"
      className="flex min-w-0 flex-col gap-3 print:break-after-page"
    >
      <ReportSectionHeading id="report-indicators" title={title} lead={t('indicatorsLead')} />
      <ReportTableFrame label={title}>
        <caption className="sr-only">{t('indicatorsCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${REPORT_HEAD} w-[9%]`}>
              {t('colPolicy')}
            </th>
            <th scope="col" className={`${REPORT_HEAD} w-[4%]`}>
              {t('colNo')}
            </th>
            <th scope="col" className={`${REPORT_HEAD} w-[18%]`}>
              {t('colIndicator')}
            </th>
            {report.indicatorYears.map((fy) => (
              <th key={fy} scope="col" className={`${REPORT_HEAD} w-[8%]`}>
                {t('colYearEnd', { year: label(fy) })}
              </th>
            ))}
            <th scope="col" className={`${REPORT_HEAD} w-[8%]`}>
              {t('colTarget')}
            </th>
            <th scope="col" className={REPORT_HEAD}>
              {t('colAchievements', { year })}
            </th>
            <th scope="col" className={`${REPORT_HEAD} w-[10%]`}>
              {t('colDivision')}
            </th>
          </tr>
        </thead>
        {groupBy(report.indicators, (i) => i.policyNo).map((group) => (
          <tbody key={group.key}>
            {group.rows.map((ind, n) => (
              <tr key={ind.id} className="print:break-inside-avoid">
                {n === 0 ? (
                  <td rowSpan={group.rows.length} className={REPORT_CELL}>
                    {t('policyField', { no: group.key, field: field(group.key) })}
                  </td>
                ) : null}
                <td className={`${REPORT_CELL} text-center`}>{indicatorNumber(ind, report.indicators)}</td>
                <th scope="row" className={`${REPORT_CELL} font-bold`}>
                  {ind.name}
                  <span className="font-normal">{t('unitSuffix', { unit: ind.unit })}</span>
                </th>
                {report.indicatorYears.map((fy) => {
                  const v = yearValue(ind, fy);
                  return (
                    <td key={fy} className={`${REPORT_CELL} text-right whitespace-nowrap`}>
                      {v && v.value !== null ? formatFigure(v.value, ind.unit, locale) : t('none')}
                      {v && v.value !== null && lagsBehind(v) ? (
                        <span className="block text-dns-14N-130 print:text-[7.5pt]">
                          {t('lagTag', { year: label(v.dataFiscalYear) })}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
                <td className={`${REPORT_CELL} text-right`}>
                  {ind.target === null ? (
                    t('none')
                  ) : (
                    <>
                      {figureWithUnit(ind.target, ind.unit, locale)}
                      {ind.targetFiscalYear !== null ? (
                        <span className="block">{t('lagTag', { year: label(ind.targetFiscalYear) })}</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td className={`${REPORT_CELL} whitespace-pre-line`}>{ind.achievements || t('none')}</td>
                <td className={REPORT_CELL}>{ind.division.name}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </ReportTableFrame>
    </section>
  );
}
