import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Agency } from '@tsunagu/contracts/agencies';
import { canUse } from '../../../app/access';
import { Badge } from '../../../components/Badge';
import { LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Pagination } from '../../../components/Pagination';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { useMe } from '../../auth/api';
import { agencyListQuery } from '../../directory/api';
import { useCodeLabel, useCodeLists } from '../../settings/api';
import { AgencyFilters } from '../components/AgencyFilters';
import { ExportLinks } from '../components/ExportLinks';
import { agencyMessages } from '../messages';
import { AGENCY_TABLE_PAGE_SIZE } from '../search';

const route = getRouteApi('/_auth/staff/agencies');

/** 相談機関の管理: every entry (published or not), with edit / propose actions per the record's abilities. */
export function AgencyListPage() {
  const t = useT(agencyMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const codeLabel = useCodeLabel();
  const me = useMe();
  const lists = useCodeLists();
  const search = route.useSearch();
  const page = search.page ?? 1;
  useDocumentTitle(t('listTitle'));

  const result = useQuery(
    agencyListQuery(
      {
        q: search.q,
        category: search.category,
        field: search.field,
        limit: AGENCY_TABLE_PAGE_SIZE,
        offset: (page - 1) * AGENCY_TABLE_PAGE_SIZE,
      },
      true,
    ),
  );

  const columns: Column<Agency>[] = [
    {
      key: 'name',
      header: t('colName'),
      rowHeader: true,
      cell: (a) => (
        <div className="flex flex-col gap-0.5 font-normal">
          <Link to="/agencies/$id" params={{ id: a.id }} className="font-bold">
            {a.name}
          </Link>
          <span className="text-dns-14N-130 text-solid-gray-700">{a.nameKana}</span>
          {me?.user.agencyId === a.id ? (
            <span>
              <Badge tone="accent">{t('yourAgency')}</Badge>
            </span>
          ) : null}
        </div>
      ),
    },
    { key: 'category', header: t('colCategory'), cell: (a) => codeLabel('agency_category', a.categoryCode) },
    {
      key: 'public',
      header: t('colPublic'),
      cell: (a) =>
        a.isPublic ? (
          <Badge tone="success">{t('public')}</Badge>
        ) : (
          <Badge tone="neutral">{t('private')}</Badge>
        ),
    },
    {
      key: 'updated',
      header: t('colUpdated'),
      className: 'whitespace-nowrap',
      cell: (a) => <time dateTime={a.updatedAt}>{formatDate(a.updatedAt, locale)}</time>,
    },
    {
      key: 'actions',
      header: t('colActions'),
      cell: (a) =>
        a.abilities?.edit || a.abilities?.propose ? (
          <LinkButton to="/staff/agencies/$id/edit" params={{ id: a.id }} variant="secondary" size="sm">
            {a.abilities.edit ? t('edit') : t('propose')}
            <span className="sr-only">: {a.name}</span>
          </LinkButton>
        ) : null,
    },
  ];

  const actions = (
    <>
      {canUse(me, 'import') ? (
        <LinkButton to="/staff/import" variant="secondary">
          {t('import')}
        </LinkButton>
      ) : null}
      {canUse(me, 'newAgency') ? <LinkButton to="/staff/agencies/new">{t('create')}</LinkButton> : null}
    </>
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('listTitle')} lead={t('listLead')} actions={actions} />
      <AgencyFilters
        key={`${search.q}|${search.category}|${search.field}|${lists ? 1 : 0}`}
        search={search}
      />
      <ExportLinks />
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && result.data.items.length === 0 ? <EmptyState title={t('noAgencies')} /> : null}
      {result.data && result.data.items.length > 0 ? (
        <Table
          caption={t('tableCaption', { total: result.data.total })}
          columns={columns}
          rows={result.data.items}
          rowKey={(a) => a.id}
        />
      ) : null}
      {result.data ? (
        <Pagination page={page} total={result.data.total} pageSize={AGENCY_TABLE_PAGE_SIZE} />
      ) : null}
    </div>
  );
}
