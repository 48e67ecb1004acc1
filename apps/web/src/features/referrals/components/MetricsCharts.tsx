import type { ReferralMetricsRow } from '@tsunagu/contracts/referrals';
import { type ReactNode, useId } from 'react';
import { useT } from '../../../lib/i18n';
import { percentOf } from '../metrics-format';
import { metricsMessages } from '../metrics-messages';

/** Bar colours: dark enough against white for graphics (WCAG 1.4.11); the legend and values say the rest. */
const SENT = 'bg-blue-900';
const RECEIVED = 'bg-orange-1000';
const IN_TIME = 'bg-green-900';

/**
 * A chart drawn with plain boxes: one row per agency, bars scaled to the largest value, the value
 * written beside each bar. Screen readers get the chart's name and summary (role="img"); the table
 * below has every number.
 */
export function BarChart({
  title,
  summary,
  legend,
  children,
}: {
  title: string;
  summary: string;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4"
    >
      <figcaption id={`${id}-title`} className="text-std-18B-160">
        {title}
      </figcaption>
      {legend}
      <div role="img" aria-label={summary} className="flex flex-col gap-3">
        {children}
      </div>
    </figure>
  );
}

/** One bar of a {@link BarChart}, scaled to `max`, with its value written beside it. */
export function Bar({
  value,
  max,
  colour,
  text,
}: {
  value: number;
  max: number;
  colour: string;
  text: string;
}) {
  const width = max > 0 ? (value / max) * 100 : 0;
  return (
    <div className="flex items-center gap-2">
      <div className="h-4 flex-1">
        <div
          className={`h-4 rounded-r-4 ${colour}`}
          style={{ width: `${width}%`, minWidth: value > 0 ? '2px' : 0 }}
        />
      </div>
      <span className="w-14 shrink-0 text-right text-dns-14N-130">{text}</span>
    </div>
  );
}

/** A labelled group of bars (one agency, one 年度). */
export function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="grid items-center gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,18rem)_1fr]">
      <span className="text-dns-14N-130 break-words">{name}</span>
      <div className="flex flex-col gap-1">{children}</div>
    </div>
  );
}

/** A legend entry: the bar colour and what it stands for. */
export function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2 text-dns-14N-130">
      <span aria-hidden="true" className={`inline-block size-4 rounded-4 ${colour}`} />
      {label}
    </span>
  );
}

/** 送付 and 受付 per agency, side by side, on one scale. */
export function VolumeChart({ rows, year }: { rows: ReferralMetricsRow[]; year: string }) {
  const t = useT(metricsMessages);
  const max = Math.max(0, ...rows.flatMap((r) => [r.sent, r.received]));
  return (
    <BarChart
      title={t('volumeChart', { year })}
      summary={t('volumeSummary', { count: rows.length })}
      legend={
        <p className="flex flex-wrap gap-4">
          <span className="sr-only">{t('legend')}</span>
          <Swatch colour={SENT} label={t('sentBar')} />
          <Swatch colour={RECEIVED} label={t('receivedBar')} />
        </p>
      }
    >
      {rows.map((r) => (
        <Row key={r.agencyId ?? 'total'} name={r.agencyName}>
          <Bar value={r.sent} max={max} colour={SENT} text={t('count', { n: r.sent })} />
          <Bar value={r.received} max={max} colour={RECEIVED} text={t('count', { n: r.received })} />
        </Row>
      ))}
    </BarChart>
  );
}

/**
 * 期限内の受け入れ率 of each agency that received referrals, on a 0–100% scale, and the city's
 * (the last bar) to compare with.
 */
export function InTimeChart({
  rows,
  total,
  year,
}: {
  rows: ReferralMetricsRow[];
  total: ReferralMetricsRow;
  year: string;
}) {
  const t = useT(metricsMessages);
  const received = [...rows, total].filter((r) => r.received > 0 && r.acceptedInTimeRate !== null);
  return (
    <BarChart
      title={t('inTimeChart', { year })}
      summary={t('inTimeSummary', { count: received.filter((r) => r.agencyId !== null).length })}
    >
      {received.length === 0 ? <p className="text-dns-14N-130">{t('noReceived')}</p> : null}
      {received.map((r) => {
        const p = percentOf(r.acceptedInTimeRate) ?? 0;
        return (
          <Row key={r.agencyId ?? 'total'} name={r.agencyId === null ? t('total') : r.agencyName}>
            <Bar value={p} max={100} colour={IN_TIME} text={t('percent', { n: p })} />
          </Row>
        );
      })}
    </BarChart>
  );
}
