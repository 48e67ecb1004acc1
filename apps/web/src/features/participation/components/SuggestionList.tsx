import type { Suggestion } from '@tsunagu/contracts/participation';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { useT } from '../../../lib/i18n';
import { useDistrictLabel } from '../../settings/api';
import { matchingMessages } from '../match-messages';
import { ScoreBreakdown } from './ScoreBreakdown';

/**
 * Ranked suggestions, best first (the server puts conflicts last and never hides them): each with its
 * total score, the explained items, a conflict or 支援中 flag, and the action the page offers.
 */
export function SuggestionList({
  items,
  label,
  name,
  action,
}: {
  items: Suggestion[];
  /** The list's accessible name. */
  label: string;
  /** The suggestion's name as shown (a link to it, where it has a page). */
  name?: (s: Suggestion) => ReactNode;
  action?: (s: Suggestion) => ReactNode;
}) {
  const t = useT(matchingMessages);
  const district = useDistrictLabel();
  return (
    <ol aria-label={label} className="flex min-w-0 flex-col gap-4">
      {items.map((s, i) => (
        <li key={s.id}>
          <article
            aria-labelledby={`suggestion-${s.id}`}
            className={`flex min-w-0 flex-col gap-3 rounded-8 border p-4 ${
              s.conflict ? 'border-red-1000 bg-red-50' : 'border-solid-gray-420 bg-white'
            }`}
          >
            <div className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <h3 id={`suggestion-${s.id}`} className="text-std-18B-160">
                  <span className="mr-2 text-solid-gray-800">{t('rank', { n: i + 1 })}</span>
                  {name ? name(s) : s.name}
                </h3>
                <p className="text-dns-14N-130 text-solid-gray-800">
                  {s.organisation}
                  {s.schoolDistrictCode ? `（${district(s.schoolDistrictCode)}）` : ''}
                </p>
                <p className="flex flex-wrap gap-2">
                  {s.conflict ? <Badge tone="danger">{t('conflict')}</Badge> : null}
                  {s.matched ? <Badge tone="info">{t('matched')}</Badge> : null}
                </p>
              </div>
              {action ? <div className="shrink-0">{action(s)}</div> : null}
            </div>
            <ScoreBreakdown score={s.score} items={s.items} />
          </article>
        </li>
      ))}
    </ol>
  );
}
