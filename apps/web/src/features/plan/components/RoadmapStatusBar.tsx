import { ROADMAP_STATUS_LABELS, type RoadmapItem, type RoadmapStatus } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { formatCount } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { Swatch } from '../../referrals/components/MetricsCharts';
import { planMessages } from '../messages';

/** The statuses in the bar's order, each with a colour of 3:1 contrast on white (WCAG 1.4.11). */
export const ROADMAP_STATUS_ORDER: readonly RoadmapStatus[] = [
  'approved',
  'submitted',
  'in_progress',
  'none',
];
export const ROADMAP_STATUS_COLOURS: Record<RoadmapStatus, string> = {
  approved: 'bg-green-900',
  submitted: 'bg-blue-900',
  in_progress: 'bg-orange-1000',
  none: 'bg-solid-gray-536',
};

/**
 * The roadmap items of a policy by their status in the 年度 as one stacked horizontal bar, with a
 * legend that writes every count out (the bar is role="img" with the same sentence).
 */
export function RoadmapStatusBar({ items, fiscalYear }: { items: RoadmapItem[]; fiscalYear: number }) {
  const t = useT(planMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const counts = ROADMAP_STATUS_ORDER.map((status) => ({
    status,
    count: items.filter((i) => i.status === status).length,
  }));
  const total = items.length;
  const words = counts.map((c) =>
    t('statusCount', { status: label(ROADMAP_STATUS_LABELS[c.status]), n: formatCount(c.count, locale) }),
  );
  const summary = t('statusSummary', {
    year: fiscalYearLabel(fiscalYear, { locale }),
    total: formatCount(total, locale),
    counts: words.join(locale === 'ja' ? '、' : ', '),
  });
  return (
    <div className="flex flex-col gap-2">
      <div
        role="img"
        aria-label={summary}
        data-testid="roadmap-status-bar"
        className="flex h-6 w-full overflow-hidden rounded-4 border border-solid-gray-536 bg-white"
      >
        {counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <div
              key={c.status}
              className={`h-full ${ROADMAP_STATUS_COLOURS[c.status]} not-last:border-r-2 not-last:border-white`}
              style={{ width: `${(c.count / Math.max(1, total)) * 100}%` }}
            />
          ))}
      </div>
      <ul aria-label={t('statusLegend')} className="flex flex-wrap gap-x-5 gap-y-1">
        {counts.map((c, i) => (
          <li key={c.status}>
            <Swatch colour={ROADMAP_STATUS_COLOURS[c.status]} label={words[i] ?? ''} />
          </li>
        ))}
      </ul>
    </div>
  );
}
