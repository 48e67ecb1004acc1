import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { PLACE_KIND_LABELS, PLACE_KINDS, type Place, type PlaceKind } from '@tsunagu/contracts/participation';
import { type ReactNode, useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { useLabel, useT } from '../../../lib/i18n';
import { useCodeLists, useDistrictLabel } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { placeListQuery } from '../api';
import { CodeOptions, LabelledOptions, useCodeNames, useDayNames } from '../components/ChoiceFields';
import { Facts, Section } from '../components/Facts';
import { FilterBar, FilterSelect, filterValue } from '../components/FilterBar';
import { PageFrame } from '../components/PageFrame';
import { PlaceDialog } from '../components/PlaceDialog';
import { TargetSuggestions } from '../components/TargetSuggestions';
import { resourceMessages } from '../resource-messages';

const route = getRouteApi('/_auth/staff/participation/places');

/**
 * 通いの場: salons, exercise groups, drop-in places and volunteering, filtered by kind, school district
 * and interest, each with the participants who would fit it.
 */
export function PlacesPage() {
  const t = useT(resourceMessages);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const lists = useCodeLists();
  const search = route.useSearch();
  const result = useQuery(placeListQuery(search));
  const [open, setOpen] = useState(false);
  const data = result.data;
  const filtered = Boolean(search.kind || search.district || search.interest);

  function submit(form: FormData) {
    const value = (name: string) => filterValue(form, name);
    void navigate({
      to: '/staff/participation/places',
      search: {
        kind: value('kind') as PlaceKind | undefined,
        district: value('district'),
        interest: value('interest'),
      },
    });
  }

  return (
    <PageFrame
      title={t('placesTitle')}
      lead={t('placesLead')}
      actions={
        data?.abilities.create ? <Button onClick={() => setOpen(true)}>{t('placeNewTitle')}</Button> : null
      }
    >
      <Section id="place-list" title={t('placeListHeading')} lead={t('placeListLead')}>
        <FilterBar
          t={t}
          search={search}
          filtered={filtered}
          onSearch={submit}
          onClear={() => void navigate({ to: '/staff/participation/places', search: {} })}
        >
          <FilterSelect name="kind" label={t('placeKind')} value={search.kind} width="max-w-[14rem]">
            <LabelledOptions codes={PLACE_KINDS} labels={PLACE_KIND_LABELS} />
          </FilterSelect>
          <FilterSelect name="district" label={t('schoolDistrict')} value={search.district} width="max-w-xs">
            <SchoolDistrictGroups lists={lists} groupLabel={(name) => name} />
          </FilterSelect>
          <FilterSelect
            name="interest"
            label={t('placeInterests')}
            value={search.interest}
            width="max-w-[14rem]"
          >
            <CodeOptions list="interest" />
          </FilterSelect>
        </FilterBar>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t(filtered ? 'placesEmptyFiltered' : 'placesEmpty')}>
            {filtered ? null : t('placesEmptyHint')}
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <p className="text-std-16N-170">{t('placesCount', { count: data.items.length })}</p>
            <ul className="flex min-w-0 flex-col gap-6">
              {data.items.map((p) => (
                <li key={p.id}>
                  <PlaceCard place={p} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <PlaceDialog open={open} onClose={() => setOpen(false)} />
    </PageFrame>
  );
}

function PlaceCard({ place: p }: { place: Place }) {
  const t = useT(resourceMessages);
  const label = useLabel();
  const names = useCodeNames();
  const dayNames = useDayNames();
  const district = useDistrictLabel();
  const facts: [string, ReactNode][] = [
    [t('host'), p.host || '—'],
    [
      t('address'),
      [p.address, p.schoolDistrictCode ? district(p.schoolDistrictCode) : ''].filter(Boolean).join('　') ||
        '—',
    ],
    [t('placeDays'), [dayNames(p.days), p.timeNote].filter((s) => s && s !== '—').join('　') || '—'],
    [t('placeInterests'), names('interest', p.interests)],
    [t('accessibility'), names('accessibility', p.accessibility)],
    [t('capacity'), p.capacity === null ? '—' : t('countPeople', { n: p.capacity })],
    [t('attending'), t('countPeople', { n: p.attending })],
  ];
  if (p.feeNote) facts.push([t('feeNote'), p.feeNote]);
  if (p.contact) facts.push([t('contact'), p.contact]);
  return (
    <article
      aria-labelledby={`place-${p.id}`}
      className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-420 p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={`place-${p.id}`} className="text-std-20B-150">
          {p.name}
        </h3>
        <Badge tone="info">{label(PLACE_KIND_LABELS[p.kind])}</Badge>
        {p.active ? null : <Badge>{t('placeInactive')}</Badge>}
      </div>
      <Facts items={facts} />
      {p.active ? <TargetSuggestions kind="places" id={p.id} name={p.name} /> : null}
    </article>
  );
}
