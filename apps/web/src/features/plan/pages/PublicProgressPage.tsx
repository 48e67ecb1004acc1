import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { publicProgressQuery } from '../api';
import { PlanSummary } from '../components/PlanSummary';
import { PlanYearSelect, yearRange } from '../components/PlanYearSelect';
import { ProgressIndicators } from '../components/ProgressIndicators';
import { ProgressRoadmap } from '../components/ProgressRoadmap';
import { ProgressStatistics } from '../components/ProgressStatistics';
import { reportMessages } from '../messages';

const route = getRouteApi('/progress');

/**
 * 計画の進み具合 (public, no sign-in): the plan, the 成果指標 with their charts, the roadmap with the
 * approved 取組実績 and 今後の方針, and the 事業実績 — for residents to read on screen. Nothing about a person.
 */
export function PublicProgressPage() {
  const t = useT(reportMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const search = route.useSearch();
  const result = useQuery(publicProgressQuery(search.fiscalYear));
  const report = result.data;
  const planName = report
    ? locale === 'ja'
      ? report.plan.name
      : report.plan.nameEn || report.plan.name
    : '';
  const title = report ? t('publicTitle', { name: planName }) : t('publicTitleShort');
  useDocumentTitle(title);

  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
      <PageHeader title={title} lead={t('publicLead')} />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {report ? (
        <>
          <PlanSummary plan={report.plan} heading={t('aboutPlan')} />
          <PlanYearSelect
            years={yearRange(report.plan.fromFiscalYear, report.plan.toFiscalYear)}
            value={report.fiscalYear}
            hint={t('publicYearHint')}
            onChange={(fiscalYear) => void navigate({ to: '/progress', search: { fiscalYear } })}
          />
          <div
            aria-busy={result.isPlaceholderData || undefined}
            className="flex min-w-0 flex-col gap-12 *:min-w-0"
          >
            <ProgressIndicators report={report} />
            <ProgressRoadmap report={report} />
            <ProgressStatistics statistics={report.statistics} fiscalYear={report.fiscalYear} />
          </div>
        </>
      ) : null}
    </div>
  );
}
