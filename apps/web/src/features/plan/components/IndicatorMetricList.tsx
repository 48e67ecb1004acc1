import { useQuery } from '@tanstack/react-query';
import type { Metric } from '@tsunagu/contracts/plan';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { metricListQuery } from '../api';
import { indicatorMessages } from '../messages';

/** 算出方法の一覧: every metric an indicator can be computed from, with what it counts and its unit. */
export function IndicatorMetricList() {
  const t = useT(indicatorMessages);
  const errorText = useErrorText();
  const result = useQuery(metricListQuery);
  const columns: Column<Metric>[] = [
    { key: 'name', header: t('metricName'), rowHeader: true, className: 'min-w-64', cell: (m) => m.name },
    { key: 'description', header: t('metricDescription'), className: 'min-w-96', cell: (m) => m.description },
    { key: 'unit', header: t('metricUnit'), className: 'whitespace-nowrap', cell: (m) => m.unit },
    {
      key: 'kind',
      header: t('metricKind'),
      className: 'whitespace-nowrap',
      cell: (m) => t(m.kind === 'rate' ? 'kindRate' : 'kindCount'),
    },
  ];
  return (
    <section aria-labelledby="metric-list-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id="metric-list-heading" className="text-std-24B-150">
          {t('metricsHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('metricsLead')}</p>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data ? (
        <Table
          caption={t('metricsCaption', { count: result.data.items.length })}
          columns={columns}
          rows={result.data.items}
          rowKey={(m) => m.key}
        />
      ) : null}
    </section>
  );
}
