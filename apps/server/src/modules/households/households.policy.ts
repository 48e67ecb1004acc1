import { hasRole, type UserActor } from '../../platform/auth/actor';

/**
 * Who may take 要配慮個人情報 out of the system — into an xlsx or onto paper: agency managers and
 * coordinators. Everyone with a live link may still open it on screen (each view logged).
 */
export function canExportSensitive(actor: UserActor): boolean {
  return hasRole(actor, 'agency_manager', 'coordinator');
}

/** Who records and corrects a household's records: the front-line roles of an agency. */
export function canEditHousehold(actor: UserActor): boolean {
  return actor.agencyId !== null && hasRole(actor, 'agency_staff', 'agency_manager', 'coordinator');
}

/**
 * Who reviews likely duplicates across the tenant and merges them: coordinators. Not the admin, who
 * runs accounts and settings from no agency: SPEC §4 gives a user households only through their
 * agency's live links, and the pair list shows named persons of the whole city.
 */
export function canMergePersons(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator');
}

/**
 * Who enters a new person (and so may ask whether they are already on record): front-line staff of
 * an agency recording an intake, and programme staff registering a participant.
 */
export function canEnterPerson(actor: UserActor): boolean {
  return (
    actor.agencyId !== null &&
    hasRole(actor, 'agency_staff', 'agency_manager', 'coordinator', 'programme_staff')
  );
}
