import { hasRole, type UserActor } from '../../platform/auth/actor';

/**
 * Who may do what with coordinated cases. Row-level security decides which cases a user sees at all
 * (coordinators: all; team agencies: theirs); these functions decide the actions on a visible case.
 */

/** The city coordinator (相談支援包括化推進員): triage, team, plans, meetings, closure. */
export function isCoordinator(actor: UserActor): boolean {
  return hasRole(actor, 'coordinator');
}

/** Front-line staff of an agency may ask the coordinator directly about a household they see. */
export function canRequestCase(actor: UserActor): boolean {
  return actor.agencyId !== null && hasRole(actor, 'agency_staff', 'agency_manager', 'coordinator');
}

/** Team agencies' staff (and advisors on the team) keep the support record and draft plans. */
export function canWorkOnCase(actor: UserActor): boolean {
  return (
    isCoordinator(actor) ||
    (actor.agencyId !== null && hasRole(actor, 'agency_staff', 'agency_manager', 'advisor'))
  );
}

/** Review (確認) and publication of case library stories: a coordinator or an admin, not the author. */
export function canPublishStory(actor: UserActor, authorId: string): boolean {
  return hasRole(actor, 'coordinator', 'admin') && actor.userId !== authorId;
}

/** What the case page may offer the actor, given the case's stage and what it already has. */
export function caseAbilities(
  actor: UserActor,
  c: { stage: string; kind: string | null; outcome: string | null },
  has: { review: boolean; story: boolean },
) {
  const coordinator = isCoordinator(actor);
  const active = c.stage !== 'closed' && c.kind === 'coordinated';
  const work = canWorkOnCase(actor) && active;
  return {
    triage: coordinator && c.stage === 'triage',
    manageTeam: coordinator && active,
    record: work,
    contact: coordinator && active,
    draftPlan: work,
    approvePlan: coordinator && active,
    monitor: coordinator && active,
    close: coordinator && active,
    review: coordinator && c.stage === 'closed' && c.outcome === 'unresolved' && !has.review,
    makeStory: coordinator && c.stage === 'closed' && c.kind === 'coordinated' && !has.story,
  };
}

/** Whether the actor may mark an action item done: its owner agency or a coordinator, while open. */
export function canCompleteTask(
  actor: UserActor,
  task: { ownerAgencyId: string; doneAt: Date | null },
): boolean {
  return task.doneAt === null && (isCoordinator(actor) || task.ownerAgencyId === actor.agencyId);
}
