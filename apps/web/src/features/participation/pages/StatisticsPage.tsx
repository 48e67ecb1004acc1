import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ParticipationStatistics, ParticipationStatisticsRow } from '@tsunagu/contracts/participation';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { type ReactNode, useId } from 'react';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Select } from '../../../components/Select';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { percentText, SurveyBar } from '../../plan/components/SurveyBar';
import { Bar, BarChart, Row, Swatch } from '../../referrals/components/MetricsCharts';
import { statisticsQuery } from '../api';
import { ProgrammeOptions } from '../components/AddResourceForm';
import { Section } from '../components/Facts';
import { FILTER_FRAME } from '../components/FilterBar';
import { PageFrame } from '../components/PageFrame';
import { statisticsMessages } from '../statistics-messages';

const route = getRouteApi('/_auth/staff/participation/statistics');

/** The first 年度 offered (令和元年度). */
const FIRST_YEAR = 2019;
/** Bar colours with 3:1 contrast on white (WCAG 1.4.11); the legend and the written values say the rest. */
const REGISTERED = 'bg-blue-900';
const PLACED = 'bg-green-900';

/**
 * 事業実績: for a programme and a 年度 range (the last three by default) the FIGURES §3 table with a
 * chart of registrations and placements, the fairs of the range with their 就職率 (§4), and the persons
 * supported per programme in the last 年度 (§5).
 */
export function StatisticsPage() {
  const t = useT(statisticsMessages);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const search = route.useSearch();
  const current = fiscalYearOf(new Date());
  const to = search.to ?? current;
  const from = Math.min(search.from ?? to - 2, to);
  const result = useQuery(statisticsQuery({ programme: search.programme, from, to }));
  const data = result.data;
  const years = Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const go = (next: { programme?: string | undefined; from?: number; to?: number }) =>
    void navigate({
      to: '/staff/participation/statistics',
      search: { programme: search.programme, from, to, ...next },
    });

  return (
    <PageFrame title={t('statisticsTitle')} lead={t('statisticsLead')}>
      <div className={FILTER_FRAME}>
        <div className="w-full max-w-xl">
          <Select
            id={`${id}-programme`}
            label={t('programme')}
            value={data?.programme.code ?? search.programme ?? ''}
            onChange={(event) => go({ programme: event.target.value || undefined })}
          >
            <ProgrammeOptions />
          </Select>
        </div>
        <YearSelect
          id={`${id}-from`}
          label={t('fromYear')}
          value={from}
          years={years}
          onChange={(next) => go({ from: next, to: Math.max(next, to) })}
        />
        <YearSelect
          id={`${id}-to`}
          label={t('toYear')}
          value={to}
          years={years}
          onChange={(next) => go({ to: next, from: Math.min(from, next) })}
        />
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data ? (
        <div aria-busy={result.isPlaceholderData || undefined} className="flex min-w-0 flex-col gap-10">
          <Section
            id="programme-figures"
            title={t('figuresHeading', { programme: data.programme.name })}
            lead={t('figuresLead')}
          >
            <FiguresChart rows={data.rows} />
            <FiguresTable rows={data.rows} programme={data.programme.name} />
          </Section>
          <FairsSection data={data} />
          <SupportedSection data={data} />
        </div>
      ) : null}
    </PageFrame>
  );
}

/** A 年度 select (令和5年度 …) of the range. */
function YearSelect({
  id,
  label,
  value,
  years,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  years: number[];
  onChange: (fiscalYear: number) => void;
}) {
  const { locale } = useI18n();
  return (
    <div className="w-full max-w-[12rem]">
      <Select id={id} label={label} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((fy) => (
          <option key={fy} value={fy}>
            {fiscalYearLabel(fy, { locale })}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** 利用者登録数 and 就労者 per 年度 as bars, the numbers written beside them. */
function FiguresChart({ rows }: { rows: ParticipationStatisticsRow[] }) {
  const t = useT(statisticsMessages);
  const { locale } = useI18n();
  const max = Math.max(0, ...rows.flatMap((r) => [r.registrations, r.placements]));
  const people = (n: number) => t('people', { n: formatCount(n, locale) });
  const summary = rows
    .map((r) =>
      t('chartPoint', {
        year: fiscalYearLabel(r.fiscalYear, { locale }),
        registrations: people(r.registrations),
        placements: people(r.placements),
      }),
    )
    .join(locale === 'ja' ? '、' : '; ');
  return (
    <BarChart
      title={t('chartTitle')}
      summary={summary}
      legend={
        <p className="flex flex-wrap gap-4">
          <span className="sr-only">{t('legend')}</span>
          <Swatch colour={REGISTERED} label={t('rowRegistrations')} />
          <Swatch colour={PLACED} label={t('rowPlacements')} />
        </p>
      }
    >
      {rows.map((r) => (
        <Row key={r.fiscalYear} name={fiscalYearLabel(r.fiscalYear, { locale })}>
          <Bar value={r.registrations} max={max} colour={REGISTERED} text={people(r.registrations)} />
          <Bar value={r.placements} max={max} colour={PLACED} text={people(r.placements)} />
        </Row>
      ))}
    </BarChart>
  );
}

type FigureRow = { key: string; label: string; cell: (r: ParticipationStatisticsRow) => ReactNode };

/** FIGURES §3: the measures down, one column per 年度 (令和4年度 …). */
function FiguresTable({ rows, programme }: { rows: ParticipationStatisticsRow[]; programme: string }) {
  const t = useT(statisticsMessages);
  const { locale } = useI18n();
  const people = (n: number) => t('people', { n: formatCount(n, locale) });
  const measures: FigureRow[] = [
    { key: 'registrations', label: t('rowRegistrations'), cell: (r) => people(r.registrations) },
    { key: 'placements', label: t('rowPlacements'), cell: (r) => people(r.placements) },
    {
      key: 'retention',
      label: t('rowRetention'),
      cell: (r) =>
        r.retentionRate === null ? (
          '—'
        ) : (
          <span className="flex flex-col items-end">
            <span>{percentText(r.retentionRate)}</span>
            <span className="text-dns-14N-130 text-solid-gray-800">
              {t('retentionBase', { retained: r.retained, base: r.retentionBase })}
            </span>
          </span>
        ),
    },
    {
      key: 'employers',
      label: t('rowEmployers'),
      cell: (r) => t('companies', { n: formatCount(r.employersCumulative, locale) }),
    },
  ];
  const columns: Column<FigureRow>[] = [
    {
      key: 'measure',
      header: t('colMeasure'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) => m.label,
    },
    ...rows.map(
      (r): Column<FigureRow> => ({
        key: String(r.fiscalYear),
        header: fiscalYearLabel(r.fiscalYear, { locale }),
        className: 'text-right whitespace-nowrap',
        cell: (m) => m.cell(r),
      }),
    ),
  ];
  return (
    <Table
      caption={t('figuresCaption', { programme })}
      columns={columns}
      rows={measures}
      rowKey={(m) => m.key}
    />
  );
}

/** FIGURES §4: the fairs of the range with participants, hires and 就職率. */
function FairsSection({ data }: { data: ParticipationStatistics }) {
  const t = useT(statisticsMessages);
  const { locale } = useI18n();
  const people = (n: number | null) => (n === null ? '—' : t('people', { n: formatCount(n, locale) }));
  type FairRow = ParticipationStatistics['fairs'][number];
  const columns: Column<FairRow>[] = [
    { key: 'name', header: t('colFair'), rowHeader: true, className: 'min-w-56', cell: (f) => f.name },
    {
      key: 'heldOn',
      header: t('colHeldOn'),
      className: 'whitespace-nowrap',
      cell: (f) => <time dateTime={f.heldOn}>{formatDay(f.heldOn, locale)}</time>,
    },
    {
      key: 'participants',
      header: t('colParticipants'),
      className: 'text-right whitespace-nowrap',
      cell: (f) => people(f.participants),
    },
    {
      key: 'hires',
      header: t('colHires'),
      className: 'text-right whitespace-nowrap',
      cell: (f) => people(f.hires),
    },
    {
      key: 'rate',
      header: t('colHireRate'),
      cell: (f) => <SurveyBar percent={f.hireRate} text={percentText(f.hireRate)} colour="bg-green-900" />,
    },
  ];
  return (
    <Section id="fair-figures" title={t('fairsHeading')} lead={t('fairsLead')}>
      {data.fairs.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-800">{t('fairsNone')}</p>
      ) : (
        <Table caption={t('fairsCaption')} columns={columns} rows={data.fairs} rowKey={(f) => f.id} />
      )}
    </Section>
  );
}

/** FIGURES §5: persons supported in the last 年度 of the range, per programme with its 担当課. */
function SupportedSection({ data }: { data: ParticipationStatistics }) {
  const t = useT(statisticsMessages);
  const { locale } = useI18n();
  const year = fiscalYearLabel(data.supportedFiscalYear, { locale });
  type SupportedRow = ParticipationStatistics['supported'][number];
  const columns: Column<SupportedRow>[] = [
    { key: 'name', header: t('colProgramme'), rowHeader: true, className: 'min-w-64', cell: (s) => s.name },
    { key: 'division', header: t('colDivision'), cell: (s) => s.divisionName },
    {
      key: 'count',
      header: t('colSupported'),
      className: 'text-right whitespace-nowrap',
      cell: (s) => t('people', { n: formatCount(s.count, locale) }),
    },
  ];
  return (
    <Section id="supported" title={t('supportedHeading', { year })} lead={t('supportedLead')}>
      <Table
        caption={t('supportedCaption', { year })}
        columns={columns}
        rows={data.supported}
        rowKey={(s) => s.code}
      />
    </Section>
  );
}
