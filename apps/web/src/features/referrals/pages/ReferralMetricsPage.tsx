import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { useId } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Select } from '../../../components/Select';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { hasRole, useMe } from '../../auth/api';
import { authMessages } from '../../auth/messages';
import { referralMetricsQuery } from '../api';
import { InTimeChart, VolumeChart } from '../components/MetricsCharts';
import { MetricsTable } from '../components/MetricsTable';
import { referralMessages } from '../messages';
import { metricsMessages } from '../metrics-messages';

const route = getRouteApi('/_auth/staff/referrals/metrics');

/** How many 年度 back the year picker offers. */
const YEARS_BACK = 5;

/**
 * 紹介の実績: per agency and for the city, by 年度 — sent and received, time to accept, the share
 * accepted in time, hand-ons per household, days without an owner and escalations — as charts and a
 * table with the same numbers.
 */
export function ReferralMetricsPage() {
  const t = useT(metricsMessages);
  const r = useT(referralMessages);
  const a = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const me = useMe();
  const current = fiscalYearOf(new Date());
  const year = route.useSearch().fiscalYear ?? current;
  const result = useQuery(referralMetricsQuery(year));
  useDocumentTitle(t('title'));
  const yearLabel = (y: number) => fiscalYearLabel(y, { locale });
  const years = Array.from({ length: YEARS_BACK }, (_, i) => current - i);
  if (!years.includes(year)) years.push(year);
  const data = result.data;
  const empty = data && data.total.sent === 0 && data.total.received === 0;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: r('inboxTitle'), to: '/staff/referrals' },
              { label: t('title') },
            ]}
          />
        }
      />
      {hasRole(me, 'coordinator', 'planner', 'admin') ? null : <Notice tone="info" title={t('ownOnly')} />}
      <div className="max-w-xs">
        <Select
          id={`${id}-year`}
          label={t('fiscalYear')}
          value={year}
          onChange={(event) =>
            void navigate({
              to: '/staff/referrals/metrics',
              search: { fiscalYear: Number(event.target.value) },
            })
          }
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y)}
            </option>
          ))}
        </Select>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {empty ? <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState> : null}
      {data && !empty ? (
        <>
          <section aria-labelledby="metrics-charts" className="flex flex-col gap-4">
            <div className="flex flex-col gap-1">
              <h2 id="metrics-charts" className="text-std-24B-150">
                {t('chartsHeading')}
              </h2>
              <p className="text-dns-14N-130 text-solid-gray-800">{t('chartsNote')}</p>
            </div>
            <div className="grid gap-4 lg:grid-cols-2">
              <VolumeChart rows={data.rows} year={yearLabel(data.fiscalYear)} />
              <InTimeChart rows={data.rows} total={data.total} year={yearLabel(data.fiscalYear)} />
            </div>
          </section>
          <MetricsTable metrics={data} caption={t('tableCaption', { year: yearLabel(data.fiscalYear) })} />
        </>
      ) : null}
    </div>
  );
}
