import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { EmployerSummary } from '@tsunagu/contracts/participation';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Pagination } from '../../../components/Pagination';
import { Select } from '../../../components/Select';
import { type Column, Table } from '../../../components/Table';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { activeItems, useCodeLabel, useCodeLists, useDistrictLabel } from '../../settings/api';
import { employerListQuery, PARTICIPATION_PAGE_SIZE, programmesQuery } from '../api';
import { EmployerDialog } from '../components/EmployerDialog';
import { Section } from '../components/Facts';
import { PageFrame } from '../components/PageFrame';
import { resourceMessages } from '../resource-messages';

const route = getRouteApi('/_auth/staff/participation/employers');

/** 協力企業・求人: the employers of the programmes, searched by name and filtered by programme and industry. */
export function EmployersPage() {
  const t = useT(resourceMessages);
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const lists = useCodeLists();
  const programmes = useQuery(programmesQuery).data?.items ?? [];
  const result = useQuery(employerListQuery(search));
  const [open, setOpen] = useState(false);
  const data = result.data;
  const filtered = Boolean(search.q || search.programme || search.industry);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
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
        <search aria-label={t('filterLabel')}>
          <form
            key={JSON.stringify(search)}
            onSubmit={submit}
            className="flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4"
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
            <div className="w-full max-w-md">
              <Select
                id={`${id}-programme`}
                name="programme"
                label={t('programme')}
                defaultValue={search.programme ?? ''}
              >
                <option value="">{t('all')}</option>
                {programmes.map((p) => (
                  <option key={p.code} value={p.code}>
                    {locale === 'ja' ? p.nameJa : p.nameEn}
                  </option>
                ))}
              </Select>
            </div>
            <div className="w-full max-w-[14rem]">
              <Select
                id={`${id}-industry`}
                name="industry"
                label={t('industry')}
                defaultValue={search.industry ?? ''}
              >
                <option value="">{t('all')}</option>
                {activeItems(lists, 'industry').map((i) => (
                  <option key={i.code} value={i.code}>
                    {label(i)}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex gap-3">
              <Button type="submit">{t('filterSubmit')}</Button>
              {filtered ? (
                <Button
                  variant="tertiary"
                  onClick={() => void navigate({ to: '/staff/participation/employers', search: {} })}
                >
                  {t('filterClear')}
                </Button>
              ) : null}
            </div>
          </form>
        </search>
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
