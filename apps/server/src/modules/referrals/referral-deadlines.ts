import { OWNERLESS_STATES, type ReferralState } from '@tsunagu/contracts/referrals';
import type { TenantSettings } from '@tsunagu/contracts/settings';
import { addBusinessDays, toIsoDate } from '@tsunagu/japan';

/**
 * The deadlines of a referral sent at `sentAt`, as dates in Japan: accept within N business days
 * (weekends, national holidays and — unless the tenant says otherwise — 12/29–1/3 skipped), and
 * escalate by itself after M. The day it was sent does not count.
 */
export function referralDeadlines(sentAt: Date, settings: TenantSettings) {
  const sentOn = toIsoDate(sentAt);
  const options = { yearEndClosure: settings.yearEndClosure };
  return {
    acceptDueOn: addBusinessDays(sentOn, settings.referralAcceptBusinessDays, options),
    escalateDueOn: addBusinessDays(sentOn, settings.referralAutoEscalateBusinessDays, options),
  };
}

/** Nobody owns it yet and its accept deadline (a whole business day) has passed. */
export function isOverdue(r: { state: string; acceptDueOn: string }, today: string): boolean {
  return OWNERLESS_STATES.includes(r.state as ReferralState) && today > r.acceptDueOn;
}
