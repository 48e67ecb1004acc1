import type { CouncilCounts, CouncilList } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { type Column, Table } from '../../../components/Table';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useCodeNames } from '../../participation/components/ChoiceFields';
import { Section } from '../../participation/components/Facts';
import { BarChart, Row, Swatch } from '../../referrals/components/MetricsCharts';
import { councilMessages } from '../council-messages';

/** Colours of the stacked bars, dark enough against white for graphics (WCAG 1.4.11). */
export const COUNCIL_ACTIVE = 'bg-green-900';
export const COUNCIL_ESTABLISHED = 'bg-blue-900';

type OverviewRow = CouncilCounts & { code: string; name: string };

/**
 * 福祉区別の状況: per welfare district a horizontal bar as long as its number of districts, split into
 * the councils set up and active, set up only, and not set up; then the same figures as a table with
 * the city's total.
 */
export function CouncilOverview({ data }: { data: CouncilList }) {
  const t = useT(councilMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const year = fiscalYearLabel(data.fiscalYear, { locale });
  const rows: OverviewRow[] = data.overview.map((o) => ({
    ...o,
    code: o.welfareDistrictCode,
    name: names('welfare_district', [o.welfareDistrictCode]),
  }));
  const total: OverviewRow = { ...data.totals, code: 'total', name: t('cityTotal') };
  const n = (v: number) => formatCount(v, locale);
  const max = Math.max(1, ...rows.map((r) => r.districts));
  const summary = rows
    .map((r) =>
      t('overviewPoint', {
        name: r.name,
        districts: n(r.districts),
        established: n(r.established),
        active: n(r.active),
      }),
    )
    .join(locale === 'ja' ? '、' : '; ');
  const columns: Column<OverviewRow>[] = [
    { key: 'name', header: t('colWelfareDistrict'), rowHeader: true, cell: (r) => r.name },
    ...(['districts', 'established', 'active'] as const).map(
      (key): Column<OverviewRow> => ({
        key,
        header: t(
          key === 'districts' ? 'colDistricts' : key === 'established' ? 'colEstablished' : 'colActive',
        ),
        className: 'text-right whitespace-nowrap',
        cell: (r) => t('districts', { n: n(r[key]) }),
      }),
    ),
  ];
  return (
    <Section id="council-overview" title={t('overviewHeading')} lead={t('overviewLead', { year })}>
      <BarChart
        title={t('overviewChart', { year })}
        summary={summary}
        legend={
          <p className="flex flex-wrap gap-4">
            <span className="sr-only">{t('legend')}</span>
            <Swatch colour={COUNCIL_ACTIVE} label={t('legendActive')} />
            <Swatch colour={COUNCIL_ESTABLISHED} label={t('legendEstablished')} />
            <Swatch colour="border border-solid-gray-536 bg-white" label={t('legendNone')} />
          </p>
        }
      >
        {rows.map((r) => (
          <Row key={r.code} name={r.name}>
            <StackedBar
              counts={r}
              max={max}
              text={t('overviewBar', {
                established: n(r.established),
                active: n(r.active),
                districts: n(r.districts),
              })}
            />
          </Row>
        ))}
      </BarChart>
      <Table
        caption={t('overviewCaption', { year })}
        columns={columns}
        rows={[...rows, total]}
        rowKey={(r) => r.code}
        rowClassName={(r) => (r.code === 'total' ? 'bg-solid-gray-50 font-bold' : '')}
      />
    </Section>
  );
}

/** One welfare district's districts as a bar: active, set up only, then the rest (not set up). */
function StackedBar({ counts, max, text }: { counts: CouncilCounts; max: number; text: string }) {
  const share = (v: number) => `${counts.districts > 0 ? (v / counts.districts) * 100 : 0}%`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <div className="min-w-40 flex-1">
        <div
          className="flex h-5 overflow-hidden rounded-4 border border-solid-gray-536 bg-white"
          style={{ width: `${(counts.districts / max) * 100}%` }}
        >
          <div className={`h-full ${COUNCIL_ACTIVE}`} style={{ width: share(counts.active) }} />
          <div
            className={`h-full ${COUNCIL_ESTABLISHED} border-l-2 border-white`}
            style={{ width: share(counts.established - counts.active) }}
          />
        </div>
      </div>
      <span className="shrink-0 text-dns-14N-130">{text}</span>
    </div>
  );
}
