import { useQuery } from '@tanstack/react-query';
import { FAIR_KIND_LABELS, type Fair } from '@tsunagu/contracts/participation';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { percentText, SurveyBar } from '../../plan/components/SurveyBar';
import { fairListQuery } from '../api';
import { Section } from '../components/Facts';
import { FairDialog } from '../components/FairDialog';
import { PageFrame } from '../components/PageFrame';
import { resourceMessages } from '../resource-messages';

/** 就職面接会・フェア: each fair with its participants, hires and 就職率 (as a bar with the figure). */
export function FairsPage() {
  const t = useT(resourceMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const result = useQuery(fairListQuery);
  const [open, setOpen] = useState(false);
  const data = result.data;
  const count = (n: number | null, unit: 'countPeople' | 'countCompanies') =>
    n === null ? '—' : t(unit, { n: formatCount(n, locale) });
  const columns: Column<Fair>[] = [
    {
      key: 'name',
      header: t('fairName'),
      rowHeader: true,
      className: 'min-w-56',
      cell: (f) => (
        <span className="flex flex-col">
          <span>{f.name}</span>
          <span className="text-dns-14N-130 font-normal text-solid-gray-800">
            {label(FAIR_KIND_LABELS[f.kind])}
          </span>
        </span>
      ),
    },
    {
      key: 'heldOn',
      header: t('heldOn'),
      className: 'whitespace-nowrap',
      cell: (f) => <time dateTime={f.heldOn}>{formatDay(f.heldOn, locale)}</time>,
    },
    {
      key: 'venue',
      header: t('venue'),
      className: 'min-w-40',
      cell: (f) =>
        [f.venue, f.coHost ? t('coHostOf', { name: f.coHost }) : ''].filter(Boolean).join('　') || '—',
    },
    {
      key: 'employers',
      header: t('fairEmployers'),
      className: 'text-right whitespace-nowrap',
      cell: (f) => count(f.employers, 'countCompanies'),
    },
    {
      key: 'participants',
      header: t('fairParticipants'),
      className: 'text-right whitespace-nowrap',
      cell: (f) => count(f.participants, 'countPeople'),
    },
    {
      key: 'hires',
      header: t('fairHires'),
      className: 'text-right whitespace-nowrap',
      cell: (f) => count(f.hires, 'countPeople'),
    },
    {
      key: 'rate',
      header: t('hireRate'),
      cell: (f) => <SurveyBar percent={f.hireRate} text={percentText(f.hireRate)} colour="bg-green-900" />,
    },
  ];
  return (
    <PageFrame
      title={t('fairsTitle')}
      lead={t('fairsLead')}
      actions={
        data?.abilities.create ? <Button onClick={() => setOpen(true)}>{t('fairNewTitle')}</Button> : null
      }
    >
      <Section id="fair-list" title={t('fairListHeading')} lead={t('fairListLead')}>
        {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {result.isPending ? <Loading /> : null}
        {data && data.items.length === 0 ? (
          <EmptyState title={t('fairsEmpty')}>{t('fairsEmptyHint')}</EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <Table
            caption={t('fairsCaption', { count: data.items.length })}
            columns={columns}
            rows={data.items}
            rowKey={(f) => f.id}
          />
        ) : null}
      </Section>
      <FairDialog open={open} onClose={() => setOpen(false)} />
    </PageFrame>
  );
}
