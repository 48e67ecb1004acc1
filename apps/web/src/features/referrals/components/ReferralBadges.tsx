import {
  REFERRAL_STATE_LABELS,
  type ReferralState,
  type ReferralSummary,
} from '@tsunagu/contracts/referrals';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { useLabel, useT } from '../../../lib/i18n';
import { referralMessages } from '../messages';

/**
 * Colours of the states: waiting (blue), someone owns it (green), closed (grey), handed on (purple),
 * with the coordinator (yellow). The word on the badge carries the meaning.
 */
const STATE_TONES: Record<ReferralState, BadgeTone> = {
  sent: 'info',
  received: 'info',
  accepted: 'success',
  in_progress: 'success',
  completed: 'neutral',
  handed_on: 'accent',
  escalated: 'warning',
};

/** A referral's state as a badge. */
export function StateBadge({ state }: { state: ReferralState }) {
  const label = useLabel();
  return <Badge tone={STATE_TONES[state]}>{label(REFERRAL_STATE_LABELS[state])}</Badge>;
}

/** The state, and 期限超過 / 緊急 beside it when they apply. */
export function ReferralBadges({
  referral,
}: {
  referral: Pick<ReferralSummary, 'state' | 'overdue' | 'basis'>;
}) {
  const t = useT(referralMessages);
  return (
    <span className="inline-flex flex-wrap gap-1">
      <StateBadge state={referral.state} />
      {referral.overdue ? (
        <Badge tone="danger">
          <span aria-hidden="true">⚠</span>
          {t('overdue')}
        </Badge>
      ) : null}
      {referral.basis === 'emergency' ? <Badge tone="danger">{t('emergency')}</Badge> : null}
    </span>
  );
}
