import { Link } from '@tanstack/react-router';
import {
  ESCALATION_REASON_LABELS,
  OWNERLESS_STATES,
  REFERRAL_BASIS_LABELS,
  REFERRAL_OUTCOME_LABELS,
  type ReferralDetail,
} from '@tsunagu/contracts/referrals';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { referralMessages } from '../messages';
import { ReferralBadges } from './ReferralBadges';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold">{term}</dt>
      <dd className="min-w-0 break-words whitespace-pre-wrap">{children}</dd>
    </>
  );
}

/**
 * 紹介の内容: who, from and to whom, on what basis and why, the deadlines while nobody owns it, and how
 * it ended. The person links to their household only when the viewer's agency may see it.
 */
export function ReferralFacts({ referral: r }: { referral: ReferralDetail }) {
  const t = useT(referralMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const ownerless = OWNERLESS_STATES.includes(r.state);
  const time = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const next = r.nextReferralId ? r.chain.find((c) => c.id === r.nextReferralId) : undefined;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-dns-16N-130 sm:grid-cols-[12rem_1fr]">
      <Item term={t('person')}>
        {r.personName ? (
          <Link to="/staff/households/$id" params={{ id: r.householdId }}>
            {t('householdLink', { name: r.personName })}
          </Link>
        ) : (
          t('notVisible')
        )}
      </Item>
      <Item term={t('state')}>
        <ReferralBadges referral={r} />
      </Item>
      <Item term={t('from')}>{r.fromAgency.name}</Item>
      <Item term={t('to')}>{r.toAgency.name}</Item>
      <Item term={t('basis')}>
        {r.basis === 'emergency' ? (
          <Badge tone="danger">{label(REFERRAL_BASIS_LABELS.emergency)}</Badge>
        ) : (
          label(REFERRAL_BASIS_LABELS.consent)
        )}
      </Item>
      {r.emergencyReason ? <Item term={t('emergencyReason')}>{r.emergencyReason}</Item> : null}
      <Item term={t('reason')}>{r.reason}</Item>
      <Item term={t('sentAt')}>{time(r.sentAt)}</Item>
      <Item term={t('acceptDue')}>
        <time dateTime={r.acceptDueOn} className={r.overdue ? 'font-bold text-error-2' : ''}>
          {formatDay(r.acceptDueOn, locale)}
        </time>
      </Item>
      {ownerless ? (
        <Item term={t('escalateDue')}>
          <time dateTime={r.escalateDueOn}>{formatDay(r.escalateDueOn, locale)}</time>
        </Item>
      ) : null}
      {r.acceptedAt ? <Item term={t('acceptedAt')}>{time(r.acceptedAt)}</Item> : null}
      {r.closedAt ? <Item term={t('closedAt')}>{time(r.closedAt)}</Item> : null}
      {r.outcome ? <Item term={t('outcome')}>{label(REFERRAL_OUTCOME_LABELS[r.outcome])}</Item> : null}
      {r.outcomeNote ? <Item term={t('outcomeNote')}>{r.outcomeNote}</Item> : null}
      {r.escalationReason ? (
        <Item term={t('escalation')}>{label(ESCALATION_REASON_LABELS[r.escalationReason])}</Item>
      ) : null}
      {r.escalationNote ? <Item term={t('escalationNote')}>{r.escalationNote}</Item> : null}
      {r.nextReferralId ? (
        <Item term={t('next')}>
          <Link to="/staff/referrals/$id" params={{ id: r.nextReferralId }}>
            {t('nextLink', { to: next?.toAgency.name ?? '' })}
          </Link>
        </Item>
      ) : null}
    </dl>
  );
}
