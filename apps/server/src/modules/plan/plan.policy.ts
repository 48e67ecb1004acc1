import { hasRole, type UserActor } from '../../platform/auth/actor';

/** The planner (保健福祉企画総務課) owns the plan: approves entries, sets indicators, runs the survey. */
export const isPlanner = (actor: UserActor) => hasRole(actor, 'planner');

/** A division reporter writes for their own division only (also enforced by row-level security). */
export function reportsFor(actor: UserActor, divisionCodes: readonly string[]): boolean {
  return (
    hasRole(actor, 'division_reporter') &&
    actor.divisionCode !== null &&
    divisionCodes.includes(actor.divisionCode)
  );
}

/** Who may write an entry's text, submit it and comment on it. */
export const writesEntry = (actor: UserActor, divisionCodes: readonly string[]) =>
  isPlanner(actor) || reportsFor(actor, divisionCodes);
