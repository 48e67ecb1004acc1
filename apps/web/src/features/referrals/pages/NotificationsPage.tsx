import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { NOTIFICATION_KIND_LABELS, type Notification } from '@tsunagu/contracts/referrals';
import { useRef, useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { type Column, Table } from '../../../components/Table';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { markNotificationsRead, notificationsQuery, referralCountsQuery } from '../api';
import { metricsMessages } from '../metrics-messages';

/**
 * お知らせ: what happened to referrals the user's agency is part of, newest first, unread ones marked;
 * each opens its referral (and counts as read). No personal data is in a notification.
 */
export function NotificationsPage() {
  const t = useT(metricsMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const result = useQuery(notificationsQuery);
  const status = useRef<HTMLParagraphElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(t('notificationsTitle'));

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: referralCountsQuery.queryKey }),
    ]);

  async function markRead(id?: string) {
    setBusy(id ?? 'all');
    setFailure(null);
    try {
      await markNotificationsRead(id);
      await refresh();
      if (!id) notify(t('markedAllRead'));
      // The pressed button is gone now: continue from the unread count.
      status.current?.focus();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  const describe = (n: Notification) => ({
    kind: label(NOTIFICATION_KIND_LABELS[n.kind]),
    time: formatDateTime(n.createdAt, locale),
  });
  const columns: Column<Notification>[] = [
    {
      key: 'kind',
      header: t('colKind'),
      rowHeader: true,
      cell: (n) => (
        <span className={`flex flex-wrap items-center gap-2 ${n.readAt ? 'font-normal' : 'font-bold'}`}>
          {n.readAt ? null : <Badge tone="danger">{t('unread')}</Badge>}
          {label(NOTIFICATION_KIND_LABELS[n.kind])}
        </span>
      ),
    },
    {
      key: 'time',
      header: t('colTime'),
      className: 'whitespace-nowrap',
      cell: (n) => <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, locale)}</time>,
    },
    {
      key: 'open',
      header: <span className="sr-only">{t('openReferral')}</span>,
      cell: (n) =>
        n.referralId ? (
          <Link
            to="/staff/referrals/$id"
            params={{ id: n.referralId }}
            onClick={() => {
              // Opening the referral reads the notification; a failure here only leaves it unread.
              if (!n.readAt)
                void markNotificationsRead(n.id)
                  .then(refresh)
                  .catch(() => {});
            }}
          >
            {t('openReferral')}
            <span className="sr-only">{t('about', describe(n))}</span>
          </Link>
        ) : null,
    },
    {
      key: 'read',
      header: t('colStatus'),
      cell: (n) =>
        n.readAt ? (
          t('read')
        ) : (
          <Button variant="secondary" size="sm" busy={busy === n.id} onClick={() => markRead(n.id)}>
            {t('markRead')}
            <span className="sr-only">{t('about', describe(n))}</span>
          </Button>
        ),
    },
  ];
  const data = result.data;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('notificationsTitle')}
        lead={t('notificationsLead')}
        actions={
          data && data.unread > 0 ? (
            <Button variant="secondary" busy={busy === 'all'} onClick={() => markRead()}>
              {t('markAllRead')}
            </Button>
          ) : null
        }
      />
      {data ? (
        <p ref={status} tabIndex={-1} className="text-std-16B-170 outline-none">
          {t('unreadCount', { count: data.unread })}
        </p>
      ) : null}
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title={t('noNotifications')}>{t('noNotificationsHint')}</EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <Table
          caption={t('notificationsCaption', { count: data.items.length })}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(n) => n.id}
          rowClassName={(n) => (n.readAt ? '' : 'bg-yellow-50')}
        />
      ) : null}
    </div>
  );
}
