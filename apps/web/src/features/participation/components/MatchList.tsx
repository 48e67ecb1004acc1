import type { FollowUp, Match, Participant } from '@tsunagu/contracts/participation';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { todayIso } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { matchMessages } from '../match-messages';
import { MatchStateBadge } from './Badges';
import { Facts } from './Facts';
import { ScoreBreakdown } from './ScoreBreakdown';

/** What the page opens a dialog for. */
export type MatchAction =
  | { kind: 'trial' | 'place' | 'decline' | 'end'; matchId: string }
  | { kind: 'followUp'; matchId: string; followUpId: string };

/**
 * マッチング: every match of the participant, newest first, with its state, the score as it stood when
 * proposed, the dates, the actions its state allows and, for a job, the follow-ups at 1, 3 and 6 months.
 */
export function MatchList({
  participant,
  onAction,
}: {
  participant: Participant;
  onAction: (action: MatchAction) => void;
}) {
  const t = useT(matchMessages);
  if (participant.matches.length === 0) return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  return (
    <ul className="flex min-w-0 flex-col gap-6">
      {participant.matches.map((m) => (
        <li key={m.id}>
          <MatchCard match={m} editable={participant.abilities.edit} onAction={onAction} />
        </li>
      ))}
    </ul>
  );
}

/** A match, whether the user may act on it, and where its actions go. */
type MatchProps = { match: Match; editable: boolean; onAction: (action: MatchAction) => void };

function MatchCard({ match, editable, onAction }: MatchProps) {
  const t = useT(matchMessages);
  const { locale } = useI18n();
  const day = (d: string) => <time dateTime={d}>{formatDay(d, locale)}</time>;
  const job = match.target.kind === 'opening';
  const facts: [string, ReactNode][] = [[t('proposedOn'), day(match.proposedOn)]];
  if (match.trialFrom && match.trialTo)
    facts.push([
      t('trial'),
      <>
        {day(match.trialFrom)}
        {t('until')}
        {day(match.trialTo)}
        {match.trialNote ? <span className="mt-1 block text-solid-gray-800">{match.trialNote}</span> : null}
      </>,
    ]);
  if (match.placedOn) facts.push([t(job ? 'placedOnJob' : 'placedOnPlace'), day(match.placedOn)]);
  if (match.endedOn)
    facts.push([
      t(match.state === 'declined' ? 'declinedOn' : 'endedOnLabel'),
      <>
        {day(match.endedOn)}
        {match.endReason ? <span className="mt-1 block text-solid-gray-800">{match.endReason}</span> : null}
      </>,
    ]);
  const button = (
    kind: 'trial' | 'place' | 'decline' | 'end',
    text: string,
    variant: 'secondary' | 'danger',
  ) => (
    <Button size="sm" variant={variant} onClick={() => onAction({ kind, matchId: match.id })}>
      {text}
    </Button>
  );
  const open = match.state === 'proposed' || match.state === 'trial';
  return (
    <article
      aria-labelledby={`match-${match.id}`}
      className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-420 p-4 sm:p-6"
    >
      <div className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <h3 id={`match-${match.id}`} tabIndex={-1} className="text-std-20B-150">
            {match.target.name}
          </h3>
          <p className="text-dns-14N-130 text-solid-gray-800">
            {t(job ? 'kindOpening' : 'kindPlace')}・{match.target.organisation}
          </p>
        </div>
        <p className="flex flex-wrap items-center gap-2">
          <MatchStateBadge state={match.state} />
          <span className="text-std-16B-170">{t('score', { score: match.score })}</span>
        </p>
      </div>
      <Facts items={facts} />
      <details className="rounded-8 border border-solid-gray-200 px-4 py-2">
        <summary className="cursor-pointer text-std-16N-170 text-blue-1000">{t('scoreDetails')}</summary>
        <div className="pt-3">
          <ScoreBreakdown score={match.score} items={match.scoreItems} />
        </div>
      </details>
      {editable && (open || match.state === 'placed') ? (
        <div className="flex flex-wrap gap-3">
          {open
            ? button('trial', t(match.state === 'trial' ? 'trialEdit' : 'trialAction'), 'secondary')
            : null}
          {open ? button('place', t(job ? 'placeActionJob' : 'placeActionPlace'), 'secondary') : null}
          {open ? button('decline', t('declineAction'), 'danger') : null}
          {match.state === 'placed' ? button('end', t('endAction'), 'danger') : null}
        </div>
      ) : null}
      {match.followUps.length > 0 ? (
        <FollowUpTimeline match={match} editable={editable} onAction={onAction} />
      ) : null}
    </article>
  );
}

/** 定着支援: the follow-ups at 1, 3 and 6 months with their due dates, done or overdue. */
function FollowUpTimeline({ match, editable, onAction }: MatchProps) {
  const t = useT(matchMessages);
  const { locale } = useI18n();
  const today = todayIso();
  return (
    <section aria-labelledby={`follow-ups-${match.id}`} className="flex min-w-0 flex-col gap-3">
      <h4 id={`follow-ups-${match.id}`} tabIndex={-1} className="text-std-18B-160">
        {t('followUpsHeading')}
      </h4>
      <ol className="flex min-w-0 flex-col border-l-4 border-solid-gray-200">
        {match.followUps.map((f) => (
          <FollowUpItem
            key={f.id}
            followUp={f}
            overdue={!f.doneOn && f.dueOn < today}
            locale={locale}
            action={
              editable && !f.doneOn ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onAction({ kind: 'followUp', matchId: match.id, followUpId: f.id })}
                >
                  {t('followUpAction')}
                  <span className="sr-only">{t('followUpActionWhat', { month: f.month })}</span>
                </Button>
              ) : null
            }
          />
        ))}
      </ol>
    </section>
  );
}

function FollowUpItem({
  followUp: f,
  overdue,
  locale,
  action,
}: {
  followUp: FollowUp;
  overdue: boolean;
  locale: 'ja' | 'en';
  action: ReactNode;
}) {
  const t = useT(matchMessages);
  const yes = (v: boolean | null) => (v ? t('yes') : t('no'));
  return (
    <li className="relative flex min-w-0 flex-col gap-2 py-3 pl-6 sm:flex-row sm:items-start sm:justify-between">
      <span
        aria-hidden="true"
        className={`absolute top-5 -left-2.5 size-4 rounded-full border-2 border-white ${
          f.doneOn ? 'bg-green-900' : overdue ? 'bg-red-900' : 'bg-solid-gray-536'
        }`}
      />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-std-16B-170">{t('monthAfter', { month: f.month })}</span>
          {f.doneOn ? (
            <Badge tone="success">{t('done')}</Badge>
          ) : overdue ? (
            <Badge tone="danger">{t('overdue')}</Badge>
          ) : (
            <Badge tone="neutral">{t('planned')}</Badge>
          )}
        </p>
        <p className="text-dns-14N-130">
          {t('dueOn')}
          <time dateTime={f.dueOn}>{formatDay(f.dueOn, locale)}</time>
          {f.doneOn ? (
            <>
              {' / '}
              {t('doneOnShort')}
              <time dateTime={f.doneOn}>{formatDay(f.doneOn, locale)}</time>
            </>
          ) : null}
        </p>
        {f.doneOn ? (
          <p className="text-dns-14N-130 text-solid-gray-800">
            {t('followUpFacts', {
              person: yes(f.personContacted),
              employer: yes(f.employerContacted),
              working: yes(f.stillWorking),
            })}
            {f.note ? <span className="block">{f.note}</span> : null}
          </p>
        ) : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </li>
  );
}
