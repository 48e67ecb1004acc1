import type { ReferralEvent } from '@tsunagu/contracts/referrals';
import { type Column, Table } from '../../../components/Table';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { referralMessages } from '../messages';
import { StateBadge } from './ReferralBadges';

/** History words are past events ("受け入れ"), not the buttons' verbs ("受け入れる"). */
const EVENT_KEYS = {
  send: 'evSend',
  receive: 'evReceive',
  accept: 'evAccept',
  start: 'evStart',
  complete: 'evComplete',
  hand_on: 'evHandOn',
  escalate: 'evEscalate',
  auto_escalate: 'evAutoEscalate',
} as const satisfies Record<ReferralEvent['action'], string>;

/**
 * 対応の記録: every change of this referral, oldest first — when, what, who at which agency, the state
 * it led to and the note. What the system did on its own (the automatic escalation) has no person.
 */
export function ReferralHistory({ events }: { events: ReferralEvent[] }) {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const columns: Column<ReferralEvent>[] = [
    {
      key: 'time',
      header: t('colTime'),
      rowHeader: true,
      className: 'whitespace-nowrap font-normal',
      cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>,
    },
    { key: 'action', header: t('colAction'), cell: (e) => t(EVENT_KEYS[e.action]) },
    {
      key: 'actor',
      header: t('colActor'),
      className: 'whitespace-nowrap',
      cell: (e) => e.actorName ?? t('system'),
    },
    { key: 'agency', header: t('colAgency'), cell: (e) => e.agencyName ?? '—' },
    { key: 'state', header: t('colChange'), cell: (e) => <StateBadge state={e.toState} /> },
    {
      key: 'note',
      header: t('colNote'),
      cell: (e) => <span className="break-words whitespace-pre-wrap">{e.note ?? '—'}</span>,
    },
  ];
  return (
    <Table
      caption={t('historyCaption', { count: events.length })}
      captionHidden
      columns={columns}
      rows={events}
      rowKey={(e) => `${e.at}-${e.action}-${e.toState}`}
    />
  );
}
