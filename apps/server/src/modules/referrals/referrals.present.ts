import type {
  EscalationReason,
  ReferralBasis,
  ReferralOutcome,
  ReferralState,
  ReferralSummary,
} from '@tsunagu/contracts/referrals';
import { isOverdue } from './referral-deadlines';
import type { ListedReferral } from './referrals.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A referral as the lists show it; the name only when the person's household is visible. */
export function presentSummary(row: ListedReferral, today: string): ReferralSummary {
  const r = row.referral;
  return {
    id: r.id,
    chainId: r.chainId,
    hop: r.hop,
    householdId: r.householdId,
    personId: r.personId,
    personName:
      row.familyName === null ? null : [row.familyName, row.givenName].filter((s) => s?.trim()).join(' '),
    fromAgency: { id: r.fromAgencyId, name: row.fromAgencyName },
    toAgency: { id: r.toAgencyId, name: row.toAgencyName },
    state: r.state as ReferralState,
    basis: r.basis as ReferralBasis,
    sentAt: r.sentAt.toISOString(),
    acceptDueOn: r.acceptDueOn,
    escalateDueOn: r.escalateDueOn,
    acceptedAt: iso(r.acceptedAt),
    closedAt: iso(r.closedAt),
    overdue: isOverdue(r, today),
    escalationReason: r.escalationReason as EscalationReason | null,
    outcome: r.outcome as ReferralOutcome | null,
    version: r.version,
  };
}
