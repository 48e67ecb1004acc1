import { ACCUMULATION_LABELS, type Indicator, type IndicatorValue } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Button } from '../../../components/Button';
import { type Column, Table } from '../../../components/Table';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { indicatorMessages } from '../messages';
import { IndicatorValueMarks } from './IndicatorCard';
import { figureWithUnit, formatFigure, indicatorNumber, yearEndLabel, yearValue } from './IndicatorFormat';

/** Which dialog to open for which indicator. */
export type IndicatorAction = { kind: 'record' | 'settings'; indicator: Indicator };

/** A figure, where it came from, and the computed one beside a recorded figure that differs. */
function ValueCell({ value, unit }: { value: IndicatorValue | undefined; unit: string }) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  if (!value || value.value === null) return <span>{t('noValue')}</span>;
  const differs = value.recorded !== null && value.computed !== null && value.recorded !== value.computed;
  return (
    <div className="flex flex-col">
      <span className="text-dns-16B-130 whitespace-nowrap">{formatFigure(value.value, unit, locale)}</span>
      {value.origin === 'recorded' ? (
        <span className="text-dns-14N-130 text-solid-gray-800">{t('recordedMark')}</span>
      ) : null}
      <IndicatorValueMarks value={value} />
      {differs && value.computed !== null ? (
        <span className="text-dns-14N-130 whitespace-nowrap text-solid-gray-800">
          {t('computedValue', { value: formatFigure(value.computed, unit, locale) })}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Every 成果指標 in one table: number, policy, name and unit, owner division, how it adds up, one
 * column per 年度, the target and how it is computed; the buttons follow each row's abilities.
 */
export function IndicatorTable({
  items,
  years,
  onAction,
}: {
  items: Indicator[];
  years: number[];
  onAction: (action: IndicatorAction) => void;
}) {
  const t = useT(indicatorMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const columns: Column<Indicator>[] = [
    { key: 'no', header: t('colNo'), className: 'whitespace-nowrap', cell: (i) => indicatorNumber(i, items) },
    {
      key: 'policy',
      header: t('colPolicy'),
      className: 'whitespace-nowrap',
      cell: (i) => t('policyNo', { no: i.policyNo }),
    },
    {
      key: 'name',
      header: t('colName'),
      rowHeader: true,
      className: 'min-w-56',
      cell: (i) => (
        <>
          {i.name}
          <span className="font-normal">{t('unitSuffix', { unit: i.unit })}</span>
        </>
      ),
    },
    {
      key: 'actions',
      header: t('colActions'),
      cell: (i) => (
        <div className="flex flex-col gap-2">
          {i.abilities.record ? (
            <Button size="sm" variant="secondary" onClick={() => onAction({ kind: 'record', indicator: i })}>
              {t('recordButton')}
              <span className="sr-only">{t('forIndicator', { name: i.name })}</span>
            </Button>
          ) : null}
          {i.abilities.edit ? (
            <Button size="sm" variant="tertiary" onClick={() => onAction({ kind: 'settings', indicator: i })}>
              {t('settingsButton')}
              <span className="sr-only">{t('forIndicator', { name: i.name })}</span>
            </Button>
          ) : null}
        </div>
      ),
    },
    { key: 'division', header: t('colDivision'), className: 'min-w-32', cell: (i) => i.division.name },
    {
      key: 'accumulation',
      header: t('colAccumulation'),
      className: 'whitespace-nowrap',
      cell: (i) => (
        <div className="flex flex-col">
          <span>{label(ACCUMULATION_LABELS[i.accumulation])}</span>
          {i.accumulation === 'cumulative' && i.cumulativeFromFiscalYear !== null ? (
            <span className="text-dns-14N-130 text-solid-gray-800">
              {t('since', { year: fiscalYearLabel(i.cumulativeFromFiscalYear, { locale }) })}
            </span>
          ) : null}
        </div>
      ),
    },
    ...years.map(
      (fy): Column<Indicator> => ({
        key: `fy-${fy}`,
        header: yearEndLabel(fy, locale),
        className: 'min-w-28 text-right',
        cell: (i) => <ValueCell value={yearValue(i, fy)} unit={i.unit} />,
      }),
    ),
    {
      key: 'target',
      header: t('colTarget'),
      className: 'whitespace-nowrap',
      cell: (i) =>
        i.target === null ? (
          t('noValue')
        ) : (
          <div className="flex flex-col">
            <span className="text-dns-16B-130">{figureWithUnit(i.target, i.unit, locale)}</span>
            {i.targetFiscalYear !== null ? (
              <span className="text-dns-14N-130">{fiscalYearLabel(i.targetFiscalYear, { locale })}</span>
            ) : null}
          </div>
        ),
    },
    {
      key: 'metric',
      header: t('colMetric'),
      className: 'min-w-48',
      cell: (i) => i.metric?.name ?? t('manual'),
    },
  ];
  return (
    <Table
      caption={t('tableCaption', { count: items.length })}
      columns={columns}
      rows={items}
      rowKey={(i) => i.id}
    />
  );
}
