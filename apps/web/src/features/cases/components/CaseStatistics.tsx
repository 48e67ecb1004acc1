import { useQuery } from '@tanstack/react-query';
import type { CaseStatisticsRow, CaseStatistics as Statistics } from '@tsunagu/contracts/cases';
import { fiscalYearLabel } from '@tsunagu/japan';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { Bar, BarChart, Row, Swatch } from '../../referrals/components/MetricsCharts';
import { caseStatisticsQuery } from '../api';
import { caseMessages } from '../messages';

/** Bar colours with 3:1 contrast on white (WCAG 1.4.11); the legend and the written values say the rest. */
const COORDINATED = 'bg-blue-900';
const ADVICE_ONLY = 'bg-orange-1000';

type StatRow = Omit<CaseStatisticsRow, 'fiscalYear'> & { fiscalYear: number | null };

/**
 * 総合相談支援体制 事業実績: one row per 年度 (in 和暦) and the totals, and a bar chart of coordinated
 * against advice-only cases per 年度 above the table that holds the same numbers.
 */
export function CaseStatistics() {
  const t = useT(caseMessages);
  const errorText = useErrorText();
  const result = useQuery(caseStatisticsQuery);
  const data = result.data;
  return (
    <section aria-labelledby="case-stats-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex min-w-0 flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id="case-stats-heading" className="text-std-24B-150">
          {t('statsHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('statsLead')}</p>
      </div>
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {data && data.rows.length === 0 ? <EmptyState title={t('statsEmpty')} /> : null}
      {data && data.rows.length > 0 ? (
        <>
          <KindChart rows={data.rows} />
          <StatisticsTable data={data} />
        </>
      ) : null}
    </section>
  );
}

/** Coordinated against advice-only cases per 年度 (also on the public progress page). */
export function KindChart({ rows }: { rows: CaseStatisticsRow[] }) {
  const t = useT(caseMessages);
  const { locale } = useI18n();
  const max = Math.max(0, ...rows.flatMap((r) => [r.coordinated, r.adviceOnly]));
  const count = (n: number) => t('count', { n: formatCount(n, locale) });
  return (
    <BarChart
      title={t('chartTitle')}
      summary={t('chartSummary', { count: rows.length })}
      legend={
        <p className="flex flex-wrap gap-4">
          <span className="sr-only">{t('legend')}</span>
          <Swatch colour={COORDINATED} label={t('colCoordinated')} />
          <Swatch colour={ADVICE_ONLY} label={t('colAdviceOnly')} />
        </p>
      }
    >
      {rows.map((r) => (
        <Row key={r.fiscalYear} name={fiscalYearLabel(r.fiscalYear, { locale })}>
          <Bar value={r.coordinated} max={max} colour={COORDINATED} text={count(r.coordinated)} />
          <Bar value={r.adviceOnly} max={max} colour={ADVICE_ONLY} text={count(r.adviceOnly)} />
        </Row>
      ))}
    </BarChart>
  );
}

function StatisticsTable({ data }: { data: Statistics }) {
  const t = useT(caseMessages);
  const { locale } = useI18n();
  const numeric = 'text-right whitespace-nowrap';
  const figure = (key: 'count' | 'times') => (n: number) => t(key, { n: formatCount(n, locale) });
  const column = (
    key: keyof Omit<CaseStatisticsRow, 'fiscalYear'>,
    header: string,
    unit: 'count' | 'times',
  ): Column<StatRow> => ({
    key,
    // Long Japanese headings wrap inside a fixed width, so the eight columns fit a laptop screen.
    header: <span className="inline-block w-24 whitespace-normal">{header}</span>,
    className: numeric,
    cell: (r) => figure(unit)(r[key]),
  });
  const columns: Column<StatRow>[] = [
    {
      key: 'year',
      header: t('colYear'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (r) => (r.fiscalYear === null ? t('totalRow') : fiscalYearLabel(r.fiscalYear, { locale })),
    },
    column('coordinated', t('colCoordinated'), 'count'),
    column('adviceOnly', t('colAdviceOnly'), 'count'),
    column('total', t('colTotal'), 'count'),
    column('conferences', t('colConferences'), 'times'),
    column('contacts', t('colContacts'), 'times'),
    column('advisorMeetings', t('colAdvisorMeetings'), 'times'),
    column('unresolvedReviews', t('colReviews'), 'count'),
  ];
  const rows: StatRow[] = [...data.rows, { ...data.totals, fiscalYear: null }];
  return (
    <Table
      caption={t('statsCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.fiscalYear ?? 'total')}
      rowClassName={(r) =>
        r.fiscalYear === null ? 'border-t-2 border-t-solid-gray-900 bg-solid-gray-50 font-bold' : ''
      }
    />
  );
}
