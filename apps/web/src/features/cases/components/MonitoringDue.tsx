import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { toIsoDate } from '@tsunagu/japan';
import { useMemo } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { type DueMonitoring, dueMonitoringsQuery } from '../api';
import { caseMessages } from '../messages';
import { OverdueBadge } from './CaseBadges';

/** How far ahead the due list looks. */
const AHEAD_DAYS = 28;

/**
 * モニタリング予定: open monitorings of the next four weeks, overdue first. An overdue one says so in
 * words (期限切れ) and with a sign; the tinted row only adds to that.
 */
export function MonitoringDue() {
  const t = useT(caseMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const until = useMemo(() => toIsoDate(new Date(Date.now() + AHEAD_DAYS * 86_400_000)), []);
  const result = useQuery(dueMonitoringsQuery(until));
  const columns: Column<DueMonitoring>[] = [
    {
      key: 'case',
      header: t('colNumber'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) => (
        <Link to="/staff/cases/$id" params={{ id: m.caseId }} search={{ tab: 'monitoring' }}>
          {t('caseNo', { n: m.caseNumber })}
        </Link>
      ),
    },
    {
      key: 'person',
      header: t('colPerson'),
      className: 'whitespace-nowrap',
      cell: (m) => m.personName ?? t('noName'),
    },
    {
      key: 'due',
      header: t('colDue'),
      className: 'whitespace-nowrap',
      cell: (m) => <time dateTime={m.dueOn}>{formatDay(m.dueOn, locale)}</time>,
    },
    {
      key: 'state',
      header: t('colState'),
      cell: (m) =>
        m.overdue ? (
          <span className="flex flex-col items-start gap-1">
            <OverdueBadge />
            <span className="text-dns-14N-130 text-error-2">{t('overdueText')}</span>
          </span>
        ) : (
          t('dueText')
        ),
    },
  ];
  const items = result.data?.items ?? [];
  return (
    <section aria-labelledby="monitoring-due-heading" className="flex min-w-0 flex-col gap-3">
      <div className="flex min-w-0 flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id="monitoring-due-heading" className="text-std-24B-150">
          {t('monitoringHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('monitoringLead')}</p>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? <EmptyState title={t('monitoringEmpty')} /> : null}
      {items.length > 0 ? (
        <Table
          caption={t('monitoringCaption', { count: items.length })}
          captionHidden
          columns={columns}
          rows={items}
          rowKey={(m) => m.id}
          rowClassName={(m) => (m.overdue ? 'bg-red-50' : '')}
        />
      ) : null}
    </section>
  );
}
