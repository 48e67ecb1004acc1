import { useQuery } from '@tanstack/react-query';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { type EmergencyAccessEntry, emergencyAccessesQuery } from '../api';
import { emergencyMessages } from '../messages';

/** 緊急時アクセスの記録 (admins): who opened what, why, and until when, newest first. */
export function EmergencyAccessListPage() {
  const t = useT(emergencyMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const result = useQuery(emergencyAccessesQuery);
  useDocumentTitle(t('listTitle'));
  const now = Date.now();

  const time = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const columns: Column<EmergencyAccessEntry>[] = [
    {
      key: 'created',
      header: t('colCreated'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (e) => time(e.createdAt),
    },
    {
      key: 'agency',
      header: t('colAgency'),
      className: 'min-w-[14rem]',
      cell: (e) =>
        e.kind === 'referral' ? (
          <div className="flex flex-col items-start gap-1">
            <span>{t('referralRoute', { from: e.agencyName, to: e.toAgencyName ?? '' })}</span>
            <Badge tone="danger">{t('kindReferral')}</Badge>
          </div>
        ) : (
          e.agencyName
        ),
    },
    {
      key: 'user',
      header: t('colUser'),
      className: 'whitespace-nowrap',
      cell: (e) => e.userName ?? t('unknownUser'),
    },
    {
      key: 'reason',
      header: t('colReason'),
      className: 'min-w-[16rem]',
      cell: (e) => <span className="break-words whitespace-pre-wrap">{e.reason}</span>,
    },
    {
      key: 'households',
      header: t('colHouseholds'),
      className: 'text-right whitespace-nowrap',
      cell: (e) => t('householdsCount', { count: e.households }),
    },
    {
      key: 'expires',
      header: t('colExpires'),
      className: 'whitespace-nowrap',
      cell: (e) => {
        const active = new Date(e.expiresAt).getTime() > now;
        return (
          <div className="flex flex-col items-start gap-1">
            {time(e.expiresAt)}
            <Badge tone={active ? 'warning' : 'neutral'}>
              {active ? t('statusActive') : t('statusExpired')}
            </Badge>
          </div>
        );
      },
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('listTitle')} lead={t('listLead')} />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && result.data.items.length === 0 ? <EmptyState title={t('listEmpty')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <Table
          caption={t('listCaption', { count: result.data.items.length })}
          columns={columns}
          rows={result.data.items}
          rowKey={(e) => e.id}
        />
      ) : null}
    </div>
  );
}
