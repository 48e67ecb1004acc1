import type { CouncilList } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { type Column, Table } from '../../../components/Table';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { Section } from '../../participation/components/Facts';
import { Bar, BarChart, Row, Swatch } from '../../referrals/components/MetricsCharts';
import { councilMessages } from '../council-messages';
import { COUNCIL_ACTIVE, COUNCIL_ESTABLISHED } from './CouncilOverview';

type YearRow = CouncilList['years'][number];

/** 年度別の推移: the councils set up and active in each recorded 年度, as bars and as a table. */
export function CouncilYears({ years }: { years: YearRow[] }) {
  const t = useT(councilMessages);
  const { locale } = useI18n();
  const n = (v: number) => t('districts', { n: formatCount(v, locale) });
  const label = (fy: number) => fiscalYearLabel(fy, { locale });
  const max = Math.max(1, ...years.map((y) => y.districts));
  const columns: Column<YearRow>[] = [
    {
      key: 'year',
      header: t('colYear'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (y) => label(y.fiscalYear),
    },
    {
      key: 'established',
      header: t('colEstablished'),
      className: 'text-right',
      cell: (y) => n(y.established),
    },
    { key: 'active', header: t('colActive'), className: 'text-right', cell: (y) => n(y.active) },
    { key: 'districts', header: t('colDistricts'), className: 'text-right', cell: (y) => n(y.districts) },
  ];
  return (
    <Section id="council-years" title={t('yearsHeading')} lead={t('yearsLead')}>
      {years.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-800">{t('yearsNone')}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <BarChart
            title={t('yearsChart')}
            summary={years
              .map((y) =>
                t('yearsPoint', {
                  year: label(y.fiscalYear),
                  established: formatCount(y.established, locale),
                  active: formatCount(y.active, locale),
                }),
              )
              .join(locale === 'ja' ? '、' : '; ')}
            legend={
              <p className="flex flex-wrap gap-4">
                <span className="sr-only">{t('legend')}</span>
                <Swatch colour={COUNCIL_ESTABLISHED} label={t('colEstablished')} />
                <Swatch colour={COUNCIL_ACTIVE} label={t('colActive')} />
              </p>
            }
          >
            {years.map((y) => (
              <Row key={y.fiscalYear} name={label(y.fiscalYear)}>
                <Bar value={y.established} max={max} colour={COUNCIL_ESTABLISHED} text={n(y.established)} />
                <Bar value={y.active} max={max} colour={COUNCIL_ACTIVE} text={n(y.active)} />
              </Row>
            ))}
          </BarChart>
          <Table
            caption={t('yearsCaption')}
            columns={columns}
            rows={years}
            rowKey={(y) => String(y.fiscalYear)}
          />
        </div>
      )}
    </Section>
  );
}
