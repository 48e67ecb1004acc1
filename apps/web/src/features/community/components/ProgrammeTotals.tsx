import { useQuery } from '@tanstack/react-query';
import type { CommunityProgramme, EventKind, ProgrammeTotals as Totals } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { Section } from '../../participation/components/Facts';
import { Bar, BarChart, Row } from '../../referrals/components/MetricsCharts';
import { activeItems, useCodeLists } from '../../settings/api';
import { programmeTotalsQuery } from '../api';
import { nameOf } from '../labels';
import { programmeMessages } from '../programme-messages';

const THEME_BAR = 'bg-blue-900';

/** 年度別の集計: per kind, a table of events, sessions and counts by 年度; per theme, a table and a chart. */
export function ProgrammeTotals({ programme }: { programme: CommunityProgramme }) {
  const t = useT(programmeMessages);
  const errorText = useErrorText();
  const result = useQuery(programmeTotalsQuery(programme.code));
  const data = result.data;
  return (
    <Section id="programme-totals" title={t('totalsHeading')} lead={t('totalsLead')}>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data && data.years.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-800">{t('totalsNone')}</p>
      ) : null}
      {data && data.years.length > 0 ? (
        <>
          {programme.kinds.map((kind) => (
            <KindTotals key={kind.code} kind={kind} totals={data} />
          ))}
          {programme.usesThemes ? <ThemeTotals totals={data} /> : null}
        </>
      ) : null}
    </Section>
  );
}

/** One kind's events, sessions and count fields by 年度. */
function KindTotals({ kind, totals }: { kind: EventKind; totals: Totals }) {
  const t = useT(programmeMessages);
  const { locale } = useI18n();
  const n = (v: number) => formatCount(v, locale);
  type YearRow = { fiscalYear: number; events: number; sessions: number; counts: Record<string, number> };
  const rows: YearRow[] = totals.years.map(
    (fy) =>
      totals.byKind.find((r) => r.fiscalYear === fy && r.kindCode === kind.code) ?? {
        fiscalYear: fy,
        events: 0,
        sessions: 0,
        counts: {},
      },
  );
  const columns: Column<YearRow>[] = [
    {
      key: 'year',
      header: t('colYear'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (r) => fiscalYearLabel(r.fiscalYear, { locale }),
    },
    {
      key: 'events',
      header: t('colEvents'),
      className: 'text-right whitespace-nowrap',
      cell: (r) => t('countItems', { n: n(r.events) }),
    },
    {
      key: 'sessions',
      header: t('colSessions'),
      className: 'text-right whitespace-nowrap',
      cell: (r) => t('countTimes', { n: n(r.sessions) }),
    },
    ...kind.fields.map(
      (f): Column<YearRow> => ({
        key: `field-${f.code}`,
        header: nameOf(f, locale),
        className: 'text-right whitespace-nowrap',
        cell: (r) => n(r.counts[f.code] ?? 0),
      }),
    ),
  ];
  return (
    <Table
      caption={t('totalsKindCaption', { kind: nameOf(kind, locale) })}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.fiscalYear)}
    />
  );
}

/** Events per theme: the themes down, one column per 年度; then the last 年度 as bars. */
function ThemeTotals({ totals }: { totals: Totals }) {
  const t = useT(programmeMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const lists = useCodeLists();
  const known = activeItems(lists, 'community_theme').map((i) => ({ code: i.code, name: label(i) }));
  const extra = [...new Set(totals.byTheme.map((r) => r.themeCode))]
    .filter((code) => !known.some((k) => k.code === code))
    .map((code) => ({ code, name: code }));
  const themes = [...known, ...extra];
  const events = (theme: string, fy: number) =>
    totals.byTheme.find((r) => r.themeCode === theme && r.fiscalYear === fy)?.events ?? 0;
  const last = totals.years[totals.years.length - 1] ?? 0;
  const lastLabel = fiscalYearLabel(last, { locale });
  const max = Math.max(0, ...themes.map((th) => events(th.code, last)));
  const count = (v: number) => t('countItems', { n: formatCount(v, locale) });
  const columns: Column<(typeof themes)[number]>[] = [
    {
      key: 'theme',
      header: t('colTheme'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (th) => th.name,
    },
    ...totals.years.map(
      (fy): Column<(typeof themes)[number]> => ({
        key: String(fy),
        header: fiscalYearLabel(fy, { locale }),
        className: 'text-right whitespace-nowrap',
        cell: (th) => count(events(th.code, fy)),
      }),
    ),
  ];
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <Table caption={t('totalsThemeCaption')} columns={columns} rows={themes} rowKey={(th) => th.code} />
      <BarChart
        title={t('totalsThemeChart', { year: lastLabel })}
        summary={themes
          .map((th) =>
            t('totalsThemePoint', { theme: th.name, n: formatCount(events(th.code, last), locale) }),
          )
          .join(locale === 'ja' ? '、' : '; ')}
      >
        {themes.map((th) => (
          <Row key={th.code} name={th.name}>
            <Bar
              value={events(th.code, last)}
              max={max}
              colour={THEME_BAR}
              text={count(events(th.code, last))}
            />
          </Row>
        ))}
      </BarChart>
    </div>
  );
}
