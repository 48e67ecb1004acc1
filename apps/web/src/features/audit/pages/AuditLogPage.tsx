import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type AuditEventView, auditActionLabel } from '@tsunagu/contracts/audit';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { auditEventsQuery, summarisePayload } from '../api';
import { AuditFilters } from '../components/AuditFilters';
import { VerifyPanel } from '../components/VerifyPanel';
import { auditMessages } from '../messages';
import { AUDIT_PAGE_SIZE } from '../search';

const route = getRouteApi('/_auth/audit');

/** 監査ログ: filtered, paged events with 和暦 times, and the tamper check. */
export function AuditLogPage() {
  const t = useT(auditMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const search = route.useSearch();
  const page = search.page ?? 1;
  const result = useQuery(
    auditEventsQuery({
      from: search.from,
      to: search.to,
      action: search.action,
      entityType: search.entityType,
      limit: AUDIT_PAGE_SIZE,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    }),
  );
  useDocumentTitle(t('title'));

  const columns: Column<AuditEventView>[] = [
    { key: 'id', header: 'ID', className: 'text-right font-mono', cell: (e) => e.id },
    {
      key: 'time',
      header: t('colTime'),
      rowHeader: true,
      className: 'whitespace-nowrap font-normal',
      cell: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time>,
    },
    { key: 'actor', header: t('colActor'), cell: (e) => e.actorName ?? t('system') },
    {
      key: 'action',
      header: t('colAction'),
      cell: (e) => (
        <>
          <span className="block">{auditActionLabel(e.action, locale)}</span>
          <code className="text-dns-14N-130 text-solid-gray-800">{e.action}</code>
        </>
      ),
    },
    {
      key: 'entity',
      header: t('colEntity'),
      cell: (e) => (
        <span className="flex flex-col">
          <span className="font-mono">{e.entityType}</span>
          {e.entityId ? (
            <span className="font-mono text-dns-14N-130 break-all text-solid-gray-700">{e.entityId}</span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'payload',
      header: t('colPayload'),
      cell: (e) => (
        <span className="font-mono text-dns-14N-130 break-all">{summarisePayload(e.payload)}</span>
      ),
    },
    {
      key: 'sealed',
      header: t('colSealed'),
      cell: (e) =>
        e.sealed ? (
          <Badge tone="success">
            <span aria-hidden="true">✓</span> {t('sealed')}
          </Badge>
        ) : (
          <Badge>{t('unsealed')}</Badge>
        ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      <VerifyPanel />
      <AuditFilters
        key={`${search.from}|${search.to}|${search.action}|${search.entityType}`}
        search={search}
      />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && result.data.items.length === 0 ? <EmptyState title={t('none')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <Table
          caption={t('caption', { total: formatCount(result.data.total, locale) })}
          columns={columns}
          rows={result.data.items}
          rowKey={(e) => String(e.id)}
        />
      ) : null}
      {result.data ? <Pagination page={page} total={result.data.total} pageSize={AUDIT_PAGE_SIZE} /> : null}
    </div>
  );
}
