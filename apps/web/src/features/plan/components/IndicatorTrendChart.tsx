import { fiscalYearLabel } from '@tsunagu/japan';
import { useI18n, useT } from '../../../lib/i18n';
import { indicatorMessages } from '../messages';
import { figureWithUnit, formatFigure, type IndicatorData, yearEndLabel, yearValue } from './IndicatorFormat';

const WIDTH = 360;
const HEIGHT = 190;
const TOP = 34;
const BOTTOM = 30;
const SIDE = 8;

/**
 * An indicator's figures across the 年度 columns as an inline SVG bar chart: each bar carries its figure,
 * a dashed line marks the target (目標) when one is set. Screen readers get one sentence with every
 * number (role="img"); the card around it shows the same numbers as text.
 */
export function IndicatorTrendChart({ indicator, years }: { indicator: IndicatorData; years: number[] }) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  const { unit, target } = indicator;
  const figures = years.map((fy) => ({ fy, value: yearValue(indicator, fy)?.value ?? null }));
  const max = Math.max(1e-9, target ?? 0, ...figures.map((f) => f.value ?? 0));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + plotHeight - (Math.max(0, n) / max) * plotHeight;
  const band = (WIDTH - SIDE * 2) / Math.max(1, years.length);
  const barWidth = Math.min(56, band * 0.5);
  const short = years.length > 4;
  const targetYear = indicator.targetFiscalYear ?? years[years.length - 1];

  const parts = figures.map((f) =>
    t('chartPoint', {
      year: yearEndLabel(f.fy, locale),
      value: f.value === null ? t('noValue') : figureWithUnit(f.value, unit, locale),
    }),
  );
  const summary = [
    t('chartSummary', { name: indicator.name, points: parts.join(locale === 'ja' ? '、' : ', ') }),
    target !== null && targetYear !== undefined
      ? t('chartTarget', {
          value: figureWithUnit(target, unit, locale),
          year: fiscalYearLabel(targetYear, { locale }),
        })
      : '',
  ].join('');

  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-[28rem] overflow-visible"
      data-target={target ?? undefined}
    >
      <line
        x1={SIDE}
        x2={WIDTH - SIDE}
        y1={TOP + plotHeight}
        y2={TOP + plotHeight}
        className="stroke-solid-gray-536"
        strokeWidth={1}
      />
      {figures.map((f, i) => {
        const cx = SIDE + band * i + band / 2;
        const top = f.value === null ? TOP + plotHeight : y(f.value);
        return (
          <g key={f.fy}>
            {f.value !== null ? (
              <rect
                x={cx - barWidth / 2}
                y={top}
                width={barWidth}
                height={Math.max(f.value > 0 ? 1.5 : 0, TOP + plotHeight - top)}
                className="fill-blue-900"
                rx={2}
              />
            ) : null}
            <text
              x={cx}
              y={top - 6}
              textAnchor="middle"
              className="fill-solid-gray-900 text-[13px] font-bold"
            >
              {f.value === null ? '—' : formatFigure(f.value, unit, locale)}
            </text>
            <text x={cx} y={HEIGHT - 10} textAnchor="middle" className="fill-solid-gray-800 text-[12px]">
              {fiscalYearLabel(f.fy, { locale, style: short ? 'short' : 'long' })}
            </text>
          </g>
        );
      })}
      {target !== null ? (
        <g data-testid="target-line">
          <line
            x1={SIDE}
            x2={WIDTH - SIDE}
            y1={y(target)}
            y2={y(target)}
            className="stroke-orange-1000"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <text
            x={WIDTH - SIDE}
            y={y(target) - 5}
            textAnchor="end"
            className="fill-orange-1100 text-[12px] font-bold"
          >
            {t('targetMark', { value: formatFigure(target, unit, locale) })}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
