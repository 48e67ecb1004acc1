import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { DueFollowUp } from '@tsunagu/contracts/participation';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { dueFollowUpsQuery } from '../api';
import { Section } from '../components/Facts';
import { PageFrame } from '../components/PageFrame';
import { statisticsMessages } from '../statistics-messages';

const DAYS = 30;

/** 定着支援の予定: the follow-ups due within 30 days and every overdue one (in red), to the participant. */
export function FollowUpsPage() {
  const t = useT(statisticsMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const result = useQuery(dueFollowUpsQuery(DAYS));
  const data = result.data;
  const columns: Column<DueFollowUp>[] = [
    {
      key: 'due',
      header: t('colDue'),
      className: 'whitespace-nowrap',
      cell: (f) => (
        <span className="flex flex-col items-start gap-1">
          <time dateTime={f.dueOn} className={f.overdue ? 'font-bold text-error-2' : ''}>
            {formatDay(f.dueOn, locale)}
          </time>
          {f.overdue ? <Badge tone="danger">{t('overdue')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'name',
      header: t('colName'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (f) => (
        <Link to="/staff/participation/$id" params={{ id: f.participantId }}>
          {f.name}
        </Link>
      ),
    },
    {
      key: 'month',
      header: t('colMonth'),
      className: 'whitespace-nowrap',
      cell: (f) => t('monthAfter', { month: f.month }),
    },
    {
      key: 'job',
      header: t('colJob'),
      className: 'min-w-56',
      cell: (f) => (
        <span className="flex flex-col">
          <span>{f.employerName}</span>
          <span className="text-dns-14N-130 text-solid-gray-800">{f.openingTitle}</span>
        </span>
      ),
    },
    {
      key: 'placed',
      header: t('colPlacedOn'),
      className: 'whitespace-nowrap',
      cell: (f) => <time dateTime={f.placedOn}>{formatDay(f.placedOn, locale)}</time>,
    },
    { key: 'assignee', header: t('colAssignee'), cell: (f) => f.assignedUser?.name ?? '—' },
  ];
  return (
    <PageFrame title={t('followUpsTitle')} lead={t('followUpsLead', { days: DAYS })}>
      <Section id="follow-up-list" title={t('followUpListHeading')} lead={t('followUpListLead')}>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.overdue > 0 ? (
          <Notice tone="error" title={t('overdueNotice', { count: data.overdue })} />
        ) : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t('followUpsEmpty')}>{t('followUpsEmptyHint')}</EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('followUpsCaption', { count: data.items.length, overdue: data.overdue })}
            columns={columns}
            rows={data.items}
            rowKey={(f) => f.id}
            rowClassName={(f) => (f.overdue ? 'bg-red-50' : '')}
          />
        ) : null}
      </Section>
    </PageFrame>
  );
}
