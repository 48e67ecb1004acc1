import { hasRole, type UserActor } from '../../platform/auth/actor';

/** Any front-line role belonging to an agency records intakes for that agency. */
export function canRecordIntake(actor: UserActor): boolean {
  return actor.agencyId !== null && hasRole(actor, 'agency_staff', 'agency_manager', 'coordinator');
}
