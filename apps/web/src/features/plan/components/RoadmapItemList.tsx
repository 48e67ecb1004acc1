import { ROADMAP_STATUS_LABELS, type RoadmapItem, type RoadmapStatus } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Badge, type BadgeTone, Tag } from '../../../components/Badge';
import { type Locale, useI18n, useLabel, useT } from '../../../lib/i18n';
import { planMessages } from '../messages';

const STATUS_TONES: Record<RoadmapStatus, BadgeTone> = {
  approved: 'success',
  submitted: 'info',
  in_progress: 'warning',
  none: 'neutral',
};

/** 令和3年度～令和5年度, or 令和3年度～適宜実施 when the item has no end 年度. */
export function periodLabel(item: RoadmapItem, locale: Locale): string {
  const from = fiscalYearLabel(item.fromFiscalYear, { locale });
  const to =
    item.toFiscalYear === null ? (item.periodNote ?? '') : fiscalYearLabel(item.toFiscalYear, { locale });
  return `${from}${locale === 'ja' ? '～' : '–'}${to}`;
}

/** The status of a roadmap item in the 年度, in words with a coloured border. */
export function RoadmapStatusBadge({ status }: { status: RoadmapStatus }) {
  const label = useLabel();
  return <Badge tone={STATUS_TONES[status]}>{label(ROADMAP_STATUS_LABELS[status])}</Badge>;
}

/** The roadmap items (工程表記載事項) of one policy: title, period, divisions and the 年度's status. */
export function RoadmapItemList({ items, policyNo }: { items: RoadmapItem[]; policyNo: number }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  return (
    <ol className="flex flex-col divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-std-16B-170">
              <span className="mr-2 text-solid-gray-800">
                {t('itemNo', { policy: policyNo, no: item.no })}
              </span>
              {item.title}
              {item.restated ? (
                <span className="ml-2">
                  <Tag>{t('restated')}</Tag>
                </span>
              ) : null}
            </p>
            <p className="text-dns-14N-130 text-solid-gray-800">
              <span className="mr-4">{t('period', { period: periodLabel(item, locale) })}</span>
              <span>{t('divisions', { names: item.divisions.map((d) => d.name).join('、') })}</span>
            </p>
          </div>
          <div className="shrink-0">
            <RoadmapStatusBadge status={item.status} />
          </div>
        </li>
      ))}
    </ol>
  );
}
