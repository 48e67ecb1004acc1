import type { CaseStatistics } from '@tsunagu/contracts/cases';
import { useI18n, useT } from '../../../lib/i18n';
import { KindChart } from '../../cases/components/CaseStatistics';
import { reportMessages } from '../messages';
import { ReportSectionHeading } from './ReportParts';
import { ReportStatisticsTable, statisticsSpan } from './ReportStatisticsTable';

/** 総合相談支援体制 事業実績 on the public page: coordinated against advice-only cases per 年度, then the table. */
export function ProgressStatistics({
  statistics,
  fiscalYear,
}: {
  statistics: CaseStatistics;
  fiscalYear: number;
}) {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const span = statisticsSpan(statistics, fiscalYear, locale);
  return (
    <section aria-labelledby="progress-statistics" className="flex min-w-0 flex-col gap-4">
      <ReportSectionHeading
        id="progress-statistics"
        title={t('statisticsTitle', { span })}
        lead={t('publicStatisticsLead')}
      />
      {statistics.rows.length > 0 ? <KindChart rows={statistics.rows} /> : null}
      <ReportStatisticsTable statistics={statistics} caption={t('statisticsCaption', { span })} />
    </section>
  );
}
