import type {
  CaseKind,
  CaseOutcome,
  CaseSource,
  CaseStage,
  CaseSummary,
  GoalEvaluation,
  Monitoring,
  MonitoringDecision,
  Plan,
  PlanState,
  SupportRecord,
  Task,
} from '@tsunagu/contracts/cases';
import type { UserActor } from '../../platform/auth/actor';
import { canCompleteTask } from './cases.policy';
import type { ListedCase, RecordRow } from './cases.repository';
import type { PlanRow } from './plans.repository';
import type { TaskRow } from './tasks.repository';

/** 氏名 as shown: family and given name with a space, or null when the person is not visible. */
export function personName(r: { familyName: string | null; givenName: string | null }): string | null {
  return r.familyName === null ? null : `${r.familyName} ${r.givenName ?? ''}`.trim();
}

export function presentCase(r: ListedCase): CaseSummary {
  const c = r.case;
  return {
    id: c.id,
    number: c.number,
    householdId: c.householdId,
    personName: personName(r),
    source: c.source as CaseSource,
    kind: c.kind as CaseKind | null,
    stage: c.stage as CaseStage,
    receivedOn: c.receivedOn,
    closedOn: c.closedOn,
    outcome: c.outcome as CaseOutcome | null,
    requestAgency:
      c.requestAgencyId && r.requestAgencyName ? { id: c.requestAgencyId, name: r.requestAgencyName } : null,
    nextMonitoringOn: r.nextMonitoringOn,
    reviewPending: Boolean(r.reviewPending),
  };
}

export function presentTask(r: TaskRow, today: string, actor: UserActor): Task {
  const t = r.task;
  return {
    id: t.id,
    caseId: t.caseId,
    caseNumber: r.caseNumber,
    meetingId: t.meetingId,
    planId: t.planId,
    ownerAgency: { id: t.ownerAgencyId, name: r.agencyName },
    title: t.title,
    dueOn: t.dueOn,
    doneAt: t.doneAt?.toISOString() ?? null,
    overdue: t.doneAt === null && t.dueOn < today,
    canComplete: canCompleteTask(actor, t),
    caseVisible: Boolean(r.caseVisible),
  };
}

type Evaluations = Map<number, { result: GoalEvaluation; comment: string | null }>;

export function presentPlan(
  r: { plan: PlanRow; createdBy: string; approvedBy: string | null },
  agencyName: (id: string) => string,
  evaluations: Evaluations,
): Plan {
  const p = r.plan;
  return {
    id: p.id,
    caseId: p.caseId,
    version: p.version,
    state: p.state as PlanState,
    personWords: p.personWords,
    goals: p.goals.map((g, i) => ({
      text: g.text,
      evaluation: evaluations.get(i)?.result ?? null,
      evaluationComment: evaluations.get(i)?.comment ?? null,
    })),
    actions: p.actions.map((a) => ({
      goalIndex: a.goalIndex,
      text: a.text,
      ownerAgency: { id: a.ownerAgencyId, name: agencyName(a.ownerAgencyId) },
      dueOn: a.dueOn,
    })),
    participationSupport: p.participationSupport,
    outreach: p.outreach,
    monitoringDates: p.monitoringDates,
    nextReviewOn: p.nextReviewOn,
    createdAt: p.createdAt.toISOString(),
    createdBy: r.createdBy,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    approvedBy: r.approvedBy,
  };
}

export function presentMonitoring(
  m: {
    id: string;
    caseId: string;
    planId: string;
    dueOn: string;
    doneOn: string | null;
    decision: string | null;
    note: string | null;
  },
  planVersion: number,
  today: string,
): Monitoring {
  return {
    id: m.id,
    caseId: m.caseId,
    planId: m.planId,
    planVersion,
    dueOn: m.dueOn,
    doneOn: m.doneOn,
    overdue: m.doneOn === null && m.dueOn < today,
    decision: m.decision as MonitoringDecision | null,
    note: m.note,
  };
}

/** An entry of the 支援経過記録 with the days and ids that link it to its correction. */
export function presentRecord(r: RecordRow): SupportRecord {
  return {
    id: r.record.id,
    occurredOn: r.record.occurredOn,
    body: r.record.body,
    correctsId: r.record.correctsId,
    correctsOn: r.correctsOn,
    correctedById: r.correctedById,
    author: r.author,
    agency: r.agencyName,
    recordedAt: r.record.recordedAt.toISOString(),
  };
}
