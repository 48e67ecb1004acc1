import { type Actor, hasRole } from '../../platform/auth/actor';

/** Planners and admins edit the directory. */
export function canEditDirectory(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'planner');
}

/** An agency manager proposes changes to their own agency's entry. */
export function canProposeFor(actor: Actor, agencyId: string): boolean {
  return hasRole(actor, 'agency_manager') && actor.agencyId === agencyId;
}

/** What the actor may do with one agency entry; sent with the record so the UI hides the rest. */
export function agencyAbilities(actor: Actor, agencyId: string) {
  return { edit: canEditDirectory(actor), propose: canProposeFor(actor, agencyId) };
}
