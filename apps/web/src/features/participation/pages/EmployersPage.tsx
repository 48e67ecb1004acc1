import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { EmployerSummary } from '@tsunagu/contracts/participation';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Pagination } from '../../../components/Pagination';
import { type Column, Table } from '../../../components/Table';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { employerListQuery, PARTICIPATION_PAGE_SIZE } from '../api';
import { ProgrammeOptions } from '../components/AddResourceForm';
import { CodeOptions } from '../components/ChoiceFields';
import { EmployerDialog } from '../components/EmployerDialog';
import { Section } from '../components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../components/FilterBar';
import { PageFrame } from '../components/PageFrame';
import { resourceMessages } from '../resource-messages';

const route = getRouteApi('/_auth/staff/participation/employers');

/** 協力企業・求人: the employers of the programmes, searched by name and filtered by programme and industry. */
export function EmployersPage() {
  const t = useT(resourceMessages);
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(employerListQuery(search));
  const [open, setOpen] = useState(false);
  const data = result.data;
  const filtered = Boolean(search.q || search.programme || search.industry);

  function submit(form: FormData) {
    const value = (name: string) => filterValue(form, name);
    void navigate({
      to: '/staff/participation/employers',
      search: { q: value('q'), programme: value('programme'), industry: value('industry') },
    });
  }

  const columns: Column<EmployerSummary>[] = [
    {
      key: 'name',
      header: t('colEmployer'),
      rowHeader: true,
      className: 'min-w-48',
      cell: (e) => (
        <span className="flex flex-col">
          <Link to="/staff/participation/employers/$id" params={{ id: e.id }}>
            {e.name}
          </Link>
          {e.withdrawnOn ? <span className="text-dns-14N-130 font-normal">{t('withdrawn')}</span> : null}
        </span>
      ),
    },
    { key: 'industry', header: t('industry'), cell: (e) => codeLabel('industry', e.industryCode) },
    { key: 'programme', header: t('programme'), className: 'min-w-48', cell: (e) => e.programmeName },
    {
      key: 'district',
      header: t('schoolDistrict'),
      className: 'whitespace-nowrap',
      cell: (e) => (e.schoolDistrictCode ? district(e.schoolDistrictCode) : '—'),
    },
    {
      key: 'registered',
      header: t('registeredOn'),
      className: 'whitespace-nowrap',
      cell: (e) => <time dateTime={e.registeredOn}>{formatDay(e.registeredOn, locale)}</time>,
    },
    {
      key: 'openings',
      header: t('colOpenOpenings'),
      className: 'text-right whitespace-nowrap',
      cell: (e) => t('countItems', { n: formatCount(e.openOpenings, locale) }),
    },
    {
      key: 'placements',
      header: t('colPlacements'),
      className: 'text-right whitespace-nowrap',
      cell: (e) => t('countPeople', { n: formatCount(e.placements, locale) }),
    },
  ];

  return (
    <PageFrame
      title={t('employersTitle')}
      lead={t('employersLead')}
      actions={
        data?.abilities.create ? <Button onClick={() => setOpen(true)}>{t('employerNewTitle')}</Button> : null
      }
    >
      <Section id="employer-list" title={t('employerListHeading')} lead={t('employerListLead')}>
        <FilterBar
          t={t}
          search={search}
          filtered={filtered}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/participation/employers', search: {} })}
        >
          <div className="w-full max-w-xs">
            <TextField
              id={`${id}-q`}
              name="q"
              type="search"
              label={t('filterQ')}
              defaultValue={search.q ?? ''}
              maxLength={100}
              autoComplete="off"
            />
          </div>
          <FilterSelect name="programme" label={t('programme')} value={search.programme} width="max-w-md">
            <ProgrammeOptions />
          </FilterSelect>
          <FilterSelect name="industry" label={t('industry')} value={search.industry} width="max-w-[14rem]">
            <CodeOptions list="industry" />
          </FilterSelect>
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(filtered ? 'employersEmptyFiltered' : 'employersEmpty')}>
            {filtered ? null : t('employersEmptyHint')}
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('employersCaption', { total: formatCount(data.total, locale) })}
            columns={columns}
            rows={data.items}
            rowKey={(e) => e.id}
          />
        ) : null}
        {data ? (
          <Pagination page={search.page ?? 1} total={data.total} pageSize={PARTICIPATION_PAGE_SIZE} />
        ) : null}
      </Section>
      <EmployerDialog
        open={open}
        onClose={() => setOpen(false)}
        onCreated={(employerId) =>
          void navigate({ to: '/staff/participation/employers/$id', params: { id: employerId } })
        }
      />
    </PageFrame>
  );
}
