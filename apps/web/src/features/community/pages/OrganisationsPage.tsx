import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
} from '@tsunagu/contracts/community';
import { useId, useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { LabelledOptions } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../../participation/components/FilterBar';
import { useDistrictLabel } from '../../settings/api';
import { CommunityFrame } from '../components/CommunityFrame';
import { OrganisationDialog } from '../components/OrganisationDialog';
import { organisationListQuery } from '../support-api';
import { registryMessages } from '../support-messages';

const route = getRouteApi('/_auth/staff/community/organisations');

/** 法人・企業: the organisations taking part, with the day each first took part and its events. */
export function OrganisationsPage() {
  const t = useT(registryMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const district = useDistrictLabel();
  const id = useId();
  const search = route.useSearch();
  const result = useQuery(organisationListQuery(search));
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [open, setOpen] = useState(false);
  const data = result.data;
  const filtered = Boolean(search.kind || search.q);
  const start = (organisation: Organisation | null) => {
    setEditing(organisation);
    setOpen(true);
  };

  function submit(form: FormData) {
    void navigate({
      to: '/staff/community/organisations',
      search: { kind: filterValue(form, 'kind') as OrganisationKind | undefined, q: filterValue(form, 'q') },
    });
  }

  const columns: Column<Organisation>[] = [
    {
      key: 'name',
      header: t('organisationName'),
      rowHeader: true,
      className: 'min-w-56',
      cell: (o) => (
        <span className="flex flex-col items-start gap-1">
          <span>{o.name}</span>
          {o.active ? null : <Badge>{t('inactive')}</Badge>}
        </span>
      ),
    },
    { key: 'kind', header: t('organisationKind'), cell: (o) => label(ORGANISATION_KIND_LABELS[o.kind]) },
    {
      key: 'district',
      header: t('schoolDistrict'),
      className: 'whitespace-nowrap',
      cell: (o) => (o.schoolDistrictCode ? district(o.schoolDistrictCode) : '—'),
    },
    { key: 'contact', header: t('contact'), className: 'min-w-40', cell: (o) => o.contact || '—' },
    {
      key: 'first',
      header: t('firstParticipation'),
      className: 'whitespace-nowrap',
      cell: (o) =>
        o.firstParticipationOn ? (
          <time dateTime={o.firstParticipationOn}>{formatDay(o.firstParticipationOn, locale)}</time>
        ) : (
          t('notYet')
        ),
    },
    {
      key: 'events',
      header: t('colEvents'),
      className: 'text-right whitespace-nowrap',
      cell: (o) => t('countEvents', { n: o.events }),
    },
  ];
  if (data?.abilities.edit) {
    columns.push({
      key: 'actions',
      header: t('colActions'),
      cell: (o) => (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('editOf', { name: o.name })}
          onClick={() => start(o)}
        >
          {t('edit')}
        </Button>
      ),
    });
  }

  return (
    <CommunityFrame
      title={t('organisationsTitle')}
      lead={t('organisationsLead')}
      actions={
        data?.abilities.edit ? <Button onClick={() => start(null)}>{t('organisationNew')}</Button> : null
      }
    >
      <Section id="organisation-list" title={t('organisationListHeading')}>
        <FilterBar
          t={t}
          search={search}
          filtered={filtered}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/community/organisations', search: {} })}
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
          <FilterSelect name="kind" label={t('organisationKind')} value={search.kind} width="max-w-[16rem]">
            <LabelledOptions codes={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} />
          </FilterSelect>
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(filtered ? 'organisationsEmptyFiltered' : 'organisationsEmpty')} />
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('organisationsCaption', { count: data.items.length })}
            columns={columns}
            rows={data.items}
            rowKey={(o) => o.id}
          />
        ) : null}
      </Section>
      <OrganisationDialog open={open} onClose={() => setOpen(false)} organisation={editing} />
    </CommunityFrame>
  );
}
