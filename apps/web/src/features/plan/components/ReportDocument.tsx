import type { ProgressReport } from '@tsunagu/contracts/plan';
import { useI18n, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';
import { ReportIndicatorTable } from './ReportIndicatorTable';
import { ReportSectionHeading } from './ReportParts';
import { ReportRoadmapTable } from './ReportRoadmapTable';
import { ReportStatisticsTable, statisticsSpan } from './ReportStatisticsTable';

/** The printed 進捗状況報告: 工程表, 成果指標 and 事業実績, each a table in the seed's layout. */
export function ReportDocument({ report }: { report: ProgressReport }) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const span = statisticsSpan(report.statistics, report.fiscalYear, locale);
  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0 print:gap-[4mm]">
      <ReportRoadmapTable report={report} />
      <ReportIndicatorTable report={report} />
      <section aria-labelledby="report-statistics" className="flex min-w-0 flex-col gap-3">
        <ReportSectionHeading
          id="report-statistics"
          title={t('statisticsTitle', { span })}
          lead={t('statisticsLead')}
        />
        <ReportStatisticsTable statistics={report.statistics} caption={t('statisticsCaption', { span })} />
      </section>
    </div>
  );
}
