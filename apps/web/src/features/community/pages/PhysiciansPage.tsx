import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { Physician } from '@tsunagu/contracts/community';
import { useId, useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { CodeOptions, useCodeNames } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../../participation/components/FilterBar';
import { activeItems, useCodeLists, useDistrictLabel } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { CommunityFrame } from '../components/CommunityFrame';
import { PhysicianDialog } from '../components/PhysicianDialog';
import { physicianListQuery } from '../support-api';
import { registryMessages } from '../support-messages';

const route = getRouteApi('/_auth/staff/community/physicians');

/** 医療的ケア児かかりつけ医: the registered physicians, searched by kind of care, district and home visits. */
export function PhysiciansPage() {
  const t = useT(registryMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const names = useCodeNames();
  const district = useDistrictLabel();
  const lists = useCodeLists();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(physicianListQuery(search));
  const [editing, setEditing] = useState<Physician | null>(null);
  const [open, setOpen] = useState(false);
  const data = result.data;
  const filtered = Boolean(search.careType || search.district || search.homeVisits || search.withdrawn);
  const start = (physician: Physician | null) => {
    setEditing(physician);
    setOpen(true);
  };

  function submit(form: FormData) {
    const value = (name: string) => filterValue(form, name);
    void navigate({
      to: '/staff/community/physicians',
      search: {
        careType: value('careType'),
        district: value('district'),
        homeVisits: value('homeVisits') as 'true' | 'false' | undefined,
        withdrawn: value('withdrawn') ? true : undefined,
      },
    });
  }

  const columns: Column<Physician>[] = [
    {
      key: 'physician',
      header: t('colPhysician'),
      rowHeader: true,
      className: 'min-w-56',
      cell: (p) => (
        <span className="flex flex-col items-start gap-1">
          <span>{p.physicianName}</span>
          <span className="text-dns-14N-130 font-normal">{p.clinicName}</span>
          {p.withdrawnOn ? <Badge>{t('withdrawnBadge')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'care',
      header: t('careTypes'),
      className: 'min-w-48',
      cell: (p) => names('medical_care', p.careTypes),
    },
    {
      key: 'district',
      header: t('schoolDistrict'),
      className: 'whitespace-nowrap',
      cell: (p) => (p.schoolDistrictCode ? district(p.schoolDistrictCode) : '—'),
    },
    { key: 'visits', header: t('homeVisits'), cell: (p) => t(p.homeVisits ? 'yes' : 'no') },
    { key: 'ages', header: t('ages'), cell: (p) => p.ages || '—' },
    {
      key: 'trained',
      header: t('trainedOn'),
      className: 'whitespace-nowrap',
      cell: (p) => (p.trainedOn ? <time dateTime={p.trainedOn}>{formatDay(p.trainedOn, locale)}</time> : '—'),
    },
    {
      key: 'registered',
      header: t('registeredOn'),
      className: 'whitespace-nowrap',
      cell: (p) => <time dateTime={p.registeredOn}>{formatDay(p.registeredOn, locale)}</time>,
    },
  ];
  if (data?.abilities.edit) {
    columns.push({
      key: 'actions',
      header: t('colActions'),
      cell: (p) => (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('editOf', { name: p.physicianName })}
          onClick={() => start(p)}
        >
          {t('edit')}
        </Button>
      ),
    });
  }

  return (
    <CommunityFrame
      title={t('physiciansTitle')}
      lead={t('physiciansLead')}
      actions={data?.abilities.edit ? <Button onClick={() => start(null)}>{t('physicianNew')}</Button> : null}
    >
      <Section id="physician-list" title={t('physicianListHeading')}>
        <FilterBar
          t={t}
          search={search}
          filtered={filtered}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/community/physicians', search: {} })}
        >
          <FilterSelect name="careType" label={t('careType')} value={search.careType} width="max-w-[16rem]">
            <CodeOptions list="medical_care" />
          </FilterSelect>
          <FilterSelect name="district" label={t('district')} value={search.district} width="max-w-xs">
            <optgroup label={t('welfareGroup')}>
              {activeItems(lists, 'welfare_district').map((w) => (
                <option key={w.code} value={w.code}>
                  {label(w)}
                </option>
              ))}
            </optgroup>
            <SchoolDistrictGroups lists={lists} groupLabel={(name) => t('schoolGroup', { name })} />
          </FilterSelect>
          <FilterSelect
            name="homeVisits"
            label={t('homeVisits')}
            value={search.homeVisits}
            width="max-w-[10rem]"
          >
            <option value="true">{t('yes')}</option>
            <option value="false">{t('no')}</option>
          </FilterSelect>
          <Checkbox
            id={`${id}-withdrawn`}
            name="withdrawn"
            value="1"
            label={t('includeWithdrawn')}
            defaultChecked={search.withdrawn ?? false}
            className="pb-3"
          />
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(filtered ? 'physiciansEmptyFiltered' : 'physiciansEmpty')} />
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('physiciansCaption', { count: data.items.length })}
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
          />
        ) : null}
      </Section>
      <PhysicianDialog open={open} onClose={() => setOpen(false)} physician={editing} />
    </CommunityFrame>
  );
}
