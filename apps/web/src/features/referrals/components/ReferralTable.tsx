import { Link } from '@tanstack/react-router';
import { ESCALATION_REASON_LABELS, type ReferralSummary } from '@tsunagu/contracts/referrals';
import { type Column, Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { referralMessages } from '../messages';
import { AgencyRoute } from './AgencyRoute';
import { ReferralBadges } from './ReferralBadges';

/**
 * One page of referrals: 本人 (linking to the referral), 紹介元 → 紹介先, state, sent date, accept
 * deadline and, in lists that can hold them, the escalation reason. Overdue rows are tinted as well as
 * badged, so they stand out when scanning.
 */
export function ReferralTable({
  caption,
  items,
  showEscalation,
}: {
  caption: string;
  items: ReferralSummary[];
  showEscalation: boolean;
}) {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const label = useLabel();

  const columns: Column<ReferralSummary>[] = [
    {
      key: 'person',
      header: t('colPerson'),
      rowHeader: true,
      cell: (r) => (
        <Link to="/staff/referrals/$id" params={{ id: r.id }}>
          {r.personName ?? t('notVisible')}
        </Link>
      ),
    },
    {
      key: 'route',
      header: t('colRoute'),
      cell: (r) => (
        <>
          <AgencyRoute from={r.fromAgency.name} to={r.toAgency.name} />
          {r.hop > 0 ? (
            <span className="block text-dns-14N-130 text-solid-gray-700">{t('hop', { n: r.hop })}</span>
          ) : null}
        </>
      ),
    },
    { key: 'state', header: t('colState'), cell: (r) => <ReferralBadges referral={r} /> },
    {
      key: 'sent',
      header: t('colSent'),
      className: 'whitespace-nowrap',
      cell: (r) => <time dateTime={r.sentAt}>{formatDate(r.sentAt, locale)}</time>,
    },
    {
      key: 'due',
      header: t('colDue'),
      className: 'whitespace-nowrap',
      cell: (r) => (
        <time dateTime={r.acceptDueOn} className={r.overdue ? 'font-bold text-error-2' : ''}>
          {formatDay(r.acceptDueOn, locale)}
        </time>
      ),
    },
  ];
  if (showEscalation)
    columns.push({
      key: 'escalation',
      header: t('colEscalation'),
      cell: (r) => (r.escalationReason ? label(ESCALATION_REASON_LABELS[r.escalationReason]) : '—'),
    });

  return (
    <Table
      caption={caption}
      columns={columns}
      rows={items}
      rowKey={(r) => r.id}
      rowClassName={(r) => (r.overdue ? 'bg-red-50' : '')}
    />
  );
}
