import type { IndicatorValue } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useId } from 'react';
import { useI18n, useT } from '../../../lib/i18n';
import { indicatorMessages } from '../messages';
import {
  figureWithUnit,
  formatFigure,
  type IndicatorData,
  lagsBehind,
  yearEndLabel,
  yearValue,
} from './IndicatorFormat';
import { IndicatorTrendChart } from './IndicatorTrendChart';

/** The small marks under a figure: computed from the records, or a figure of an earlier 年度. */
export function IndicatorValueMarks({ value }: { value: IndicatorValue }) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  return (
    <>
      {value.origin === 'computed' ? (
        <span className="block text-dns-14N-130 text-solid-gray-800">{t('computedMark')}</span>
      ) : null}
      {lagsBehind(value) ? (
        <span className="block text-dns-14N-130 text-solid-gray-800">
          {t('dataYear', { year: fiscalYearLabel(value.dataFiscalYear, { locale }) })}
        </span>
      ) : null}
    </>
  );
}

/**
 * One 成果指標 as a card: its name and unit, the owner division, the trend chart across the 年度
 * columns (with the target line) and a table with the same figures for reading and screen readers.
 */
export function IndicatorCard({
  indicator,
  years,
  number,
  headingLevel = 4,
}: {
  indicator: IndicatorData;
  years: number[];
  number: string;
  headingLevel?: 3 | 4;
}) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  const id = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { unit, target, targetFiscalYear } = indicator;
  return (
    <article
      aria-labelledby={`${id}-name`}
      className="flex min-w-0 flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <Heading id={`${id}-name`} className="text-std-17B-170">
          <span className="mr-2 text-solid-gray-800">{t('noPrefix', { no: number })}</span>
          {indicator.name}
          <span className="font-normal">{t('unitSuffix', { unit })}</span>
        </Heading>
        <p className="text-dns-14N-130 text-solid-gray-800">
          {t('owner', { division: indicator.division.name })}
        </p>
      </div>
      <IndicatorTrendChart indicator={indicator} years={years} />
      <table className="w-full border-collapse text-left text-dns-14N-130">
        <caption className="sr-only">{t('cardCaption', { name: indicator.name })}</caption>
        <thead>
          <tr>
            {years.map((fy) => (
              <th key={fy} scope="col" className="border-b border-solid-gray-420 px-2 py-1 text-dns-14B-130">
                {yearEndLabel(fy, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {years.map((fy) => {
              const v = yearValue(indicator, fy);
              return (
                <td key={fy} className="px-2 py-1 align-top">
                  <span className="text-dns-16B-130">
                    {v && v.value !== null ? formatFigure(v.value, unit, locale) : t('noValue')}
                  </span>
                  {v && v.value !== null ? <IndicatorValueMarks value={v} /> : null}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
      <p className="text-dns-14N-130">
        {target !== null
          ? t('targetText', {
              value: figureWithUnit(target, unit, locale),
              year: targetFiscalYear === null ? '' : fiscalYearLabel(targetFiscalYear, { locale }),
            })
          : t('noTarget')}
      </p>
    </article>
  );
}
