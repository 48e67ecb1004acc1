import type { ProgressReport } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import {
  groupBy,
  REPORT_CELL,
  REPORT_HEAD,
  ReportEntryTexts,
  ReportSectionHeading,
  ReportTableFrame,
} from './ReportParts';

/**
 * 工程表 取組状況と今後の方針 in the seed's layout: 施策名 | 工程表記載事項 (【period】 and the text) |
 * 取組実績 of the 年度 | 今後の方針, one row group per policy.
 */
export function ReportRoadmapTable({ report }: { report: ProgressReport }) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const year = fiscalYearLabel(report.fiscalYear, { locale });
  const title = t('roadmapTitle');
  return (
    <section aria-labelledby="report-roadmap" className="flex min-w-0 flex-col gap-3 print:break-after-page">
      <ReportSectionHeading id="report-roadmap" title={title} lead={t('roadmapLead')} />
      <ReportTableFrame label={title}>
        <caption className="sr-only">{t('roadmapCaption', { year })}</caption>
        <colgroup>
          <col className="w-[14%]" />
          <col className="w-[26%]" />
          <col className="w-[32%]" />
          <col className="w-[28%]" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={REPORT_HEAD}>
              {t('colPolicyName')}
            </th>
            <th scope="col" className={REPORT_HEAD}>
              {t('colRoadmapItem')}
            </th>
            <th scope="col" className={REPORT_HEAD}>
              {t('colAchievements', { year })}
            </th>
            <th scope="col" className={REPORT_HEAD}>
              {t('colNextSteps')}
            </th>
          </tr>
        </thead>
        {groupBy(report.roadmap, (r) => r.policyNo).map((group) => (
          <tbody key={group.key}>
            {group.rows.map((row, i) => (
              <tr key={row.itemNo} className="print:break-inside-avoid">
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={group.rows.length} className={`${REPORT_CELL} font-bold`}>
                    {t('policyCell', { no: row.policyNo, name: row.policyName })}
                  </th>
                ) : null}
                <td className={`${REPORT_CELL} whitespace-pre-line`}>
                  <span className="block font-bold">{t('periodTag', { period: row.period })}</span>
                  {row.detail}
                </td>
                <td className={REPORT_CELL}>
                  <ReportEntryTexts
                    entries={row.entries}
                    pick="achievements"
                    approvedOnly={report.approvedOnly}
                  />
                </td>
                <td className={REPORT_CELL}>
                  <ReportEntryTexts
                    entries={row.entries}
                    pick="nextSteps"
                    approvedOnly={report.approvedOnly}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </ReportTableFrame>
    </section>
  );
}
