import { type DispatchRequest, FOLLOW_UP_WAY_LABELS } from '@tsunagu/contracts/community';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { Facts, Section } from '../../participation/components/Facts';
import { dispatchMessages } from '../support-dispatch-messages';
import { useDaysLeft } from './DispatchDueList';

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether another follow-up may be recorded now: held, some left, and the window still open. */
export function canAddFollowUp(r: DispatchRequest): boolean {
  return (
    r.status === 'held' && r.followUpsLeft > 0 && r.followUpUntil !== null && todayIso() <= r.followUpUntil
  );
}

/**
 * フォローアップ: the last day of the window (フォローアップ期限) with the days left, how many remain, the
 * follow-ups held (numbered 1, 2), and フォローアップを記録 while one may still be added.
 */
export function DispatchFollowUps({
  request: r,
  rules,
  canWrite,
  onAdd,
}: {
  request: DispatchRequest;
  rules: { maxFollowUps: number; followUpMonths: number };
  canWrite: boolean;
  onAdd: () => void;
}) {
  const t = useT(dispatchMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const daysLeft = useDaysLeft();
  const until = r.followUpUntil;
  const left = until ? daysBetween(todayIso(), until) : 0;
  const passed = until !== null && left < 0;
  return (
    <Section
      id="dispatch-follow-ups"
      title={t('followUpHeading')}
      lead={t('followUpLead', { months: rules.followUpMonths, max: rules.maxFollowUps })}
      actions={
        canWrite && canAddFollowUp(r) ? (
          <Button variant="secondary" size="sm" onClick={onAdd}>
            {t('followUpAdd')}
          </Button>
        ) : null
      }
    >
      {until ? (
        <Facts
          items={[
            [
              t('followUpUntil'),
              <span key="until" className="flex flex-wrap items-center gap-2">
                <time dateTime={until}>{formatDay(until, locale)}</time>
                {r.status === 'held' ? (
                  <Badge tone={passed ? 'danger' : left <= 14 ? 'warning' : 'info'}>
                    {daysLeft(Math.max(left, 0), passed)}
                  </Badge>
                ) : null}
              </span>,
            ],
            [t('colFollowUps'), t('followUpsLeft', { n: r.followUpsLeft })],
          ]}
        />
      ) : null}
      {r.followUps.length === 0 ? (
        <p className="text-std-16N-170">{t('followUpsNone')}</p>
      ) : (
        <ol aria-label={t('followUpHeading')} className="flex flex-col gap-3">
          {r.followUps.map((f) => (
            <li key={f.id} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 p-4">
              <p className="flex flex-wrap items-center gap-3 text-std-16B-170">
                <span>{t('followUpNumber', { n: f.number })}</span>
                <time dateTime={f.heldOn}>{formatDay(f.heldOn, locale)}</time>
                <Badge>{label(FOLLOW_UP_WAY_LABELS[f.way])}</Badge>
              </p>
              {f.note ? <p className="text-std-16N-170 whitespace-pre-line">{f.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {r.status === 'held' && r.followUpsLeft === 0 ? (
        <p className="text-std-16N-170">{t('followUpNoneLeft', { max: rules.maxFollowUps })}</p>
      ) : null}
      {r.status === 'held' && passed ? (
        <p className="text-std-16B-170 text-error-2">{t('followUpWindowClosed')}</p>
      ) : null}
    </Section>
  );
}
