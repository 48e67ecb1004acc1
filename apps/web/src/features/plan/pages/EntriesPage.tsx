import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { entryListQuery, planOverviewQuery } from '../api';
import { EntryFilters } from '../components/EntryFilters';
import { EntryCounts, EntryList } from '../components/EntryList';
import { EntryMissing } from '../components/EntryMissing';
import { entryMessages } from '../entry-messages';

const route = getRouteApi('/_auth/staff/plan/entries');

/** Every 年度 from the plan's first to its last, and the one shown if it lies outside. */
function yearsOf(from: number | undefined, to: number | undefined, shown: number): number[] {
  const first = Math.min(from ?? shown, shown);
  const last = Math.max(to ?? shown, shown);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * 進捗報告: the entries of a 年度 by 施策 with their state, filtered by 担当課 and state; first the
 * items the user's division has not started, each with a button to start it.
 */
export function EntriesPage() {
  const t = useT(entryMessages);
  const a = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const search = route.useSearch();
  const result = useQuery(entryListQuery(search));
  const plan = useQuery(planOverviewQuery()).data;
  useDocumentTitle(t('title'));
  const data = result.data;
  const fiscalYear = data?.fiscalYear ?? search.fiscalYear;
  const policyNames = new Map(
    plan?.policies.map((p) => [p.no, locale === 'ja' ? p.name : p.nameEn || p.name]),
  );
  // The server lists a division's missing items and says which of them the user may start.
  const missing = (data?.missing ?? []).filter((m) => m.canCreate);

  return (
    <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: t('planTitle'), to: '/staff/plan' },
              { label: t('title') },
            ]}
          />
        }
      />
      {fiscalYear ? (
        <EntryFilters
          search={search}
          fiscalYear={fiscalYear}
          years={yearsOf(plan?.plan.fromFiscalYear, plan?.plan.toFiscalYear, fiscalYear)}
        />
      ) : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <>
          {missing.length > 0 ? <EntryMissing items={missing} fiscalYear={data.fiscalYear} /> : null}
          <section aria-labelledby="entry-list-heading" className="flex min-w-0 flex-col gap-4">
            <h2 id="entry-list-heading" className="text-std-24B-150">
              {t('countsHeading', {
                year: fiscalYearLabel(data.fiscalYear, { locale }),
                count: data.items.length,
              })}
            </h2>
            <EntryCounts items={data.items} />
            <EntryList items={data.items} policyNames={policyNames} />
          </section>
        </>
      ) : null}
    </div>
  );
}
