import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ChangeRequest } from '@tsunagu/contracts/agencies';
import { useId } from 'react';
import { LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Select } from '../../../components/Select';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useAgencyFieldLabel } from '../../agencies/field-labels';
import { hasRole, useMe } from '../../auth/api';
import { type ChangeRequestStatusFilter, changeRequestsQuery, sortForReview } from '../api';
import { StatusBadge } from '../components/StatusBadge';
import { changeRequestMessages } from '../messages';

const route = getRouteApi('/_auth/staff/change-requests');

/** 変更申請の確認: the proposals, pending first, each opening a side-by-side review. */
export function ChangeRequestListPage() {
  const t = useT(changeRequestMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useMe();
  const id = useId();
  const status: ChangeRequestStatusFilter = route.useSearch().status ?? 'all';
  const result = useQuery(changeRequestsQuery(status));
  useDocumentTitle(t('listTitle'));
  const reviewer = hasRole(me, 'admin', 'planner');
  const fieldLabel = useAgencyFieldLabel();

  const columns: Column<ChangeRequest>[] = [
    { key: 'agency', header: t('colAgency'), rowHeader: true, cell: (r) => r.agencyName },
    {
      key: 'changed',
      header: t('colChanged'),
      cell: (r) => (
        <span className="text-dns-14N-130">
          {r.changedFields.length > 0 ? r.changedFields.map(fieldLabel).join('、') : '—'}
        </span>
      ),
    },
    { key: 'by', header: t('colProposedBy'), cell: (r) => r.proposedBy },
    {
      key: 'created',
      header: t('colCreated'),
      className: 'whitespace-nowrap',
      cell: (r) => <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>,
    },
    { key: 'status', header: t('colStatus'), cell: (r) => <StatusBadge status={r.status} /> },
    {
      key: 'open',
      header: <span className="sr-only">{t('open')}</span>,
      cell: (r) => (
        <LinkButton to="/staff/change-requests/$id" params={{ id: r.id }} variant="secondary" size="sm">
          {t('open')}
          <span className="sr-only">: {r.agencyName}</span>
        </LinkButton>
      ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('listTitle')} lead={reviewer ? t('listLead') : t('managerLead')} />
      <div className="max-w-xs">
        <Select
          id={`${id}-status`}
          label={t('filter')}
          value={status}
          onChange={(event) =>
            void navigate({
              to: '/staff/change-requests',
              search: { status: event.target.value as ChangeRequestStatusFilter },
            })
          }
        >
          <option value="all">{t('statusAll')}</option>
          <option value="pending">{t('pending')}</option>
          <option value="approved">{t('approved')}</option>
          <option value="rejected">{t('rejected')}</option>
        </Select>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && result.data.items.length === 0 ? <EmptyState title={t('none')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <Table
          caption={t('caption', { count: result.data.items.length })}
          columns={columns}
          rows={sortForReview(result.data.items)}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.status === 'pending' ? 'bg-yellow-50' : '')}
        />
      ) : null}
    </div>
  );
}
