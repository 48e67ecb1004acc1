import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { LinkButton } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { indicatorListQuery, planOverviewQuery } from '../api';
import { PlanPolicySection } from '../components/PlanPolicySection';
import { PlanSummary } from '../components/PlanSummary';
import { PlanYearSelect, yearRange } from '../components/PlanYearSelect';
import { planMessages } from '../messages';

const route = getRouteApi('/_auth/staff/plan');

/**
 * 計画の進捗: the plan at a glance for every staff member — its header, a 年度 picker, the links to the
 * other plan pages, and per 施策 the roadmap's status in the 年度, its items and its 成果指標 with charts.
 */
export function PlanPage() {
  const t = useT(planMessages);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const search = route.useSearch();
  const overview = useQuery(planOverviewQuery(search.fiscalYear));
  const indicators = useQuery(indicatorListQuery);
  useDocumentTitle(t('title'));
  const data = overview.data;
  const list = indicators.data;
  const years = list ? yearRange(list.fromFiscalYear, list.toFiscalYear) : [];

  return (
    <div className="flex min-w-0 flex-col gap-10 *:min-w-0">
      <PageHeader title={t('title')} lead={t('lead')} />
      {overview.isError ? <Notice tone="error" live title={errorText(overview.error)} /> : null}
      {indicators.isError ? <Notice tone="error" live title={errorText(indicators.error)} /> : null}
      {overview.isPending ? <Loading /> : null}
      {data ? (
        <>
          <PlanSummary plan={data.plan} />
          <div className="flex flex-col gap-6 md:flex-row md:items-end md:justify-between">
            <PlanYearSelect
              years={yearRange(data.plan.fromFiscalYear, data.plan.toFiscalYear)}
              value={data.fiscalYear}
              hint={t('yearHint')}
              onChange={(fiscalYear) => void navigate({ to: '/staff/plan', search: { fiscalYear } })}
            />
            <nav aria-label={t('linksLabel')}>
              <ul className="flex flex-wrap gap-3">
                <li>
                  <LinkButton
                    to="/staff/plan/entries"
                    search={{ fiscalYear: data.fiscalYear }}
                    variant="secondary"
                  >
                    {t('entriesLink')}
                  </LinkButton>
                </li>
                <li>
                  <LinkButton to="/staff/plan/indicators" variant="secondary">
                    {t('indicatorsLink')}
                  </LinkButton>
                </li>
                <li>
                  <LinkButton
                    to="/staff/plan/report"
                    search={{ fiscalYear: data.fiscalYear }}
                    variant="secondary"
                  >
                    {t('reportLink')}
                  </LinkButton>
                </li>
                <li>
                  <LinkButton to="/progress" search={{ fiscalYear: data.fiscalYear }} variant="tertiary">
                    {t('publicLink')}
                  </LinkButton>
                </li>
              </ul>
            </nav>
          </div>
          <div aria-busy={overview.isPlaceholderData || undefined} className="flex min-w-0 flex-col gap-12">
            {data.policies.map((policy) => (
              <PlanPolicySection
                key={policy.id}
                policy={policy}
                fiscalYear={data.fiscalYear}
                indicators={list?.items.filter((i) => i.policyNo === policy.no)}
                allIndicators={list?.items ?? []}
                years={years}
              />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
