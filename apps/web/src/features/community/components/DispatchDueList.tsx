import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { DispatchDue } from '@tsunagu/contracts/community';
import { Badge } from '../../../components/Badge';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { Section } from '../../participation/components/Facts';
import { dispatchDueQuery } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';

/** How long a follow-up window has left, in words: あと12日 / 今日まで / 期限切れ. */
export function useDaysLeft() {
  const t = useT(dispatchMessages);
  return (daysLeft: number, expired: boolean) =>
    expired ? t('expired') : daysLeft === 0 ? t('dueToday') : t('daysLeft', { n: daysLeft });
}

/**
 * フォローアップの予定: held dispatches still owed follow-ups, the days left in each window, and those
 * whose window has passed (flagged in red, to be closed).
 */
export function DispatchDueList() {
  const t = useT(dispatchMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const daysLeft = useDaysLeft();
  const result = useQuery(dispatchDueQuery);
  const data = result.data;
  const columns: Column<DispatchDue>[] = [
    {
      key: 'group',
      header: t('colGroup'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (d) => (
        <Link to="/staff/community/dispatch/$id" params={{ id: d.id }}>
          {d.groupName}
        </Link>
      ),
    },
    { key: 'advisor', header: t('colAdvisor'), className: 'min-w-40', cell: (d) => d.advisorName ?? '—' },
    {
      key: 'session',
      header: t('colSessionOn'),
      className: 'whitespace-nowrap',
      cell: (d) => <time dateTime={d.sessionOn}>{formatDay(d.sessionOn, locale)}</time>,
    },
    {
      key: 'until',
      header: t('colUntil'),
      className: 'whitespace-nowrap',
      cell: (d) => (
        <span className="flex flex-col items-start gap-1">
          <time dateTime={d.followUpUntil} className={d.expired ? 'font-bold text-error-2' : ''}>
            {formatDay(d.followUpUntil, locale)}
          </time>
          <Badge tone={d.expired ? 'danger' : d.daysLeft <= 14 ? 'warning' : 'info'}>
            {daysLeft(d.daysLeft, d.expired)}
          </Badge>
        </span>
      ),
    },
    {
      key: 'follow-ups',
      header: t('colFollowUps'),
      className: 'whitespace-nowrap',
      cell: (d) => t('followUpsDoneLeft', { done: d.followUpsDone, left: d.followUpsLeft }),
    },
  ];
  return (
    <Section id="dispatch-due" title={t('dueHeading')} lead={t('dueLead')}>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data && data.expired > 0 ? (
        <Notice tone="error" title={t('dueExpiredNotice', { count: data.expired })} />
      ) : null}
      {data && data.items.length === 0 ? (
        <p className="rounded-8 bg-solid-gray-50 p-4 text-std-16N-170">{t('dueNone')}</p>
      ) : null}
      {data && data.items.length > 0 ? (
        <Table
          caption={t('dueCaption', { count: data.items.length, expired: data.expired })}
          columns={columns}
          rows={data.items}
          rowKey={(d) => d.id}
          rowClassName={(d) => (d.expired ? 'bg-red-50' : '')}
        />
      ) : null}
    </Section>
  );
}
