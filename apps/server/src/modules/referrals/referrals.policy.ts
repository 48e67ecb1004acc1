import type { Role } from '@tsunagu/contracts';
import { hasRole, type UserActor } from '../../platform/auth/actor';

/** The front-line roles of an agency: they send referrals and act on the ones their agency receives. */
export const REFERRAL_HANDLERS = ['agency_staff', 'agency_manager', 'coordinator'] as const satisfies Role[];

export function canHandleReferrals(actor: UserActor): boolean {
  return actor.agencyId !== null && hasRole(actor, ...REFERRAL_HANDLERS);
}

/** The coordinator's queue (escalations) and the city-wide overdue list. */
export function canSeeCoordinatorQueue(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator');
}

/** Referral figures of every agency; other agency users see their own agency's row and the city total. */
export function canSeeAllReferralMetrics(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator', 'planner', 'admin');
}
