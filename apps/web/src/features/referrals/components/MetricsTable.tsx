import type { ReferralMetrics, ReferralMetricsRow } from '@tsunagu/contracts/referrals';
import { type Column, Table } from '../../../components/Table';
import { useI18n, useT } from '../../../lib/i18n';
import { formatFigure, percentOf } from '../metrics-format';
import { metricsMessages } from '../metrics-messages';

/** The figures per agency and the city total, the accessible equivalent of the charts above it. */
export function MetricsTable({ metrics, caption }: { metrics: ReferralMetrics; caption: string }) {
  const t = useT(metricsMessages);
  const { locale } = useI18n();
  const none = t('noValue');
  const figure = (n: number | null, key: 'hours' | 'days' | 'times', digits = 1) => {
    const text = formatFigure(n, locale, digits);
    return text === null ? none : t(key, { n: text });
  };
  const numeric = 'text-right whitespace-nowrap';
  const columns: Column<ReferralMetricsRow>[] = [
    {
      key: 'agency',
      header: t('colAgency'),
      rowHeader: true,
      className: 'min-w-64',
      cell: (r) => (r.agencyId === null ? t('total') : r.agencyName),
    },
    { key: 'sent', header: t('colSent'), className: numeric, cell: (r) => t('count', { n: r.sent }) },
    {
      key: 'received',
      header: t('colReceived'),
      className: numeric,
      cell: (r) => t('count', { n: r.received }),
    },
    {
      key: 'median',
      header: t('colMedian'),
      className: numeric,
      cell: (r) => figure(r.medianHoursToAccept, 'hours'),
    },
    {
      key: 'inTime',
      header: t('colInTime'),
      className: numeric,
      cell: (r) => {
        const p = percentOf(r.acceptedInTimeRate);
        return p === null ? none : t('percent', { n: p });
      },
    },
    {
      key: 'hops',
      header: t('colHops'),
      className: numeric,
      cell: (r) => figure(r.hopsPerHousehold, 'times', 2),
    },
    {
      key: 'ownerless',
      header: t('colOwnerless'),
      className: numeric,
      cell: (r) => figure(r.ownerlessDays, 'days'),
    },
    {
      key: 'escalations',
      header: t('colEscalations'),
      className: numeric,
      cell: (r) => t('count', { n: r.escalations }),
    },
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={[...metrics.rows, metrics.total]}
      rowKey={(r) => r.agencyId ?? 'total'}
      rowClassName={(r) =>
        r.agencyId === null ? 'border-t-2 border-t-solid-gray-900 bg-solid-gray-50 font-bold' : ''
      }
    />
  );
}
