import type { ScoreItem } from '@tsunagu/contracts/participation';
import { useLabel, useT } from '../../../lib/i18n';
import { SCORE_ITEM_LABELS } from '../labels';
import { matchingMessages } from '../match-messages';

/** A bar for the eye only: the written figure beside it says the same for everyone. */
export function ScoreBar({
  points,
  max,
  tone = 'bg-blue-900',
}: {
  points: number;
  max: number;
  tone?: string;
}) {
  const width = max > 0 ? Math.max(0, Math.min(100, (points / max) * 100)) : 0;
  return (
    <div
      aria-hidden="true"
      className="h-3 w-full overflow-hidden rounded-4 bg-solid-gray-50 ring-1 ring-solid-gray-536"
    >
      <div className={`h-3 ${tone}`} style={{ width: `${width}%`, minWidth: width > 0 ? '2px' : 0 }} />
    </div>
  );
}

/**
 * The total score out of 100 as a bar with its figure, and each item that makes it up (業務・制約・時間・
 * 距離・希望, or 関心・距離・曜日・配慮) with its points out of its maximum and why, in words.
 */
export function ScoreBreakdown({ score, items }: { score: number; items: ScoreItem[] }) {
  const t = useT(matchingMessages);
  const label = useLabel();
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <p className="text-std-16B-170">{t('scoreTotal', { score })}</p>
        <div className="w-full max-w-xs">
          <ScoreBar points={score} max={100} />
        </div>
      </div>
      <ul aria-label={t('scoreItems')} className="flex min-w-0 flex-col gap-2">
        {items.map((item) => {
          const short = item.points < item.max;
          return (
            <li
              key={item.key}
              className="grid min-w-0 gap-x-4 gap-y-1 sm:grid-cols-[6rem_8rem_1fr] sm:items-center"
            >
              <span className="text-dns-14B-130">
                {label(SCORE_ITEM_LABELS[item.key])}
                <span className="ml-2 font-normal">
                  {t('points', { points: item.points, max: item.max })}
                </span>
              </span>
              <ScoreBar
                points={item.points}
                max={item.max}
                tone={item.points === 0 ? 'bg-red-900' : short ? 'bg-orange-1000' : 'bg-green-900'}
              />
              <span className="text-dns-14N-130 text-solid-gray-800">{item.detail}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
