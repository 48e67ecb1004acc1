import { hasRole, type UserActor } from '../../platform/auth/actor';

/** Front-line roles of an agency send referrals and act on the ones their agency receives. */
export function canHandleReferrals(actor: UserActor): boolean {
  return actor.agencyId !== null && hasRole(actor, 'agency_staff', 'agency_manager', 'coordinator');
}

/** The coordinator's queue (escalations) and the city-wide overdue list. */
export function canSeeCoordinatorQueue(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator');
}

/** Referral figures of every agency; other agency users see their own agency's row and the city total. */
export function canSeeAllReferralMetrics(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator', 'planner', 'admin');
}
