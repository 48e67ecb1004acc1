import type { MonitoringInput, PlanInput } from '@tsunagu/contracts/cases';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, invalidField, stateConflict } from '../../platform/errors';
import { canWorkOnCase, isCoordinator } from './cases.policy';
import { personName, presentMonitoring } from './cases.present';
import * as repo from './cases.repository';
import * as plans from './plans.repository';
import { cancelPlanTasks, insertTasks } from './tasks.repository';

/**
 * Saves a new version of the case's support plan as a draft (coordinator or team). Earlier versions
 * stay as they were: a plan is never edited, only followed by a newer version.
 */
export async function savePlan(db: Db, actor: UserActor, caseId: string, input: PlanInput) {
  assertThat(canWorkOnCase(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const listed = await repo.findListed(tx, caseId);
    assertThat(listed, 'not_found');
    const c = listed.case;
    if (c.kind !== 'coordinated' || c.stage === 'closed' || c.stage === 'triage')
      throw stateConflict(
        'このケースでは支援計画を作れません（終結済み・振り分け前）。',
        'No plan can be made for this case now.',
      );
    const names = await repo.agencyNames(
      tx,
      input.actions.map((a) => a.ownerAgencyId),
    );
    input.actions.forEach((a, i) => {
      if (!names.has(a.ownerAgencyId))
        throw invalidField(`actions.${i}.ownerAgencyId`, '機関が見つかりません / no such agency');
    });
    const plan = await plans.insertPlan(tx, {
      tenantId: actor.tenantId,
      caseId,
      version: await plans.nextPlanVersion(tx, caseId),
      state: 'draft',
      personWords: input.personWords,
      goals: input.goals,
      actions: input.actions,
      participationSupport: input.participationSupport,
      outreach: input.outreach,
      monitoringDates: [...input.monitoringDates].sort(),
      nextReviewOn: input.nextReviewOn,
      createdBy: actor.userId,
    });
    // The insert moves an assessment case to planning (trigger support_plan_stage, migration 0022):
    // a team member drafting may not update the case itself.
    await recordAudit(tx, actor, {
      action: 'plan.saved',
      entityType: 'support_plan',
      entityId: plan.id,
      payload: { caseId, version: plan.version },
    });
    return { id: plan.id };
  });
}

/**
 * The coordinator approves a draft: it becomes the current plan, its monitoring dates are scheduled
 * (those of the previous plan still open are cancelled) and its actions go to the owner agencies'
 * task lists. The case moves to monitoring.
 */
export async function approvePlan(db: Db, actor: UserActor, planId: string) {
  assertThat(isCoordinator(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const plan = await plans.findPlan(tx, planId);
    assertThat(plan, 'not_found');
    const listed = await repo.findListed(tx, plan.caseId);
    assertThat(listed, 'not_found');
    if (listed.case.stage === 'closed')
      throw stateConflict('終結したケースの計画は承認できません。', 'The case is closed.');
    if ((await plans.approvedVersion(tx, plan.caseId)) > plan.version)
      throw stateConflict(
        'より新しい版がすでに承認されています。この版を使うには、内容を新しい版として保存してください。',
        'A newer version is already approved. Save this one as a new version to use it.',
      );
    const approved = await plans.approvePlan(tx, plan, actor.userId);
    if (!approved) throw stateConflict('この版はすでに承認済みか旧版です。', 'This version is not a draft.');
    await plans.cancelOpenMonitorings(tx, plan.caseId);
    await cancelPlanTasks(tx, plan.caseId);
    await plans.insertMonitorings(
      tx,
      plan.monitoringDates.map((dueOn) => ({ tenantId: actor.tenantId, caseId: plan.caseId, planId, dueOn })),
    );
    await insertTasks(
      tx,
      plan.actions.map((a) => ({
        tenantId: actor.tenantId,
        caseId: plan.caseId,
        planId,
        ownerAgencyId: a.ownerAgencyId,
        title: a.text,
        dueOn: a.dueOn,
        createdBy: actor.userId,
      })),
    );
    await repo.updateCase(tx, plan.caseId, null, { stage: 'monitoring' });
    await recordAudit(tx, actor, {
      action: 'plan.approved',
      entityType: 'support_plan',
      entityId: planId,
      payload: { caseId: plan.caseId, version: plan.version },
    });
    return { caseId: plan.caseId };
  });
}

/**
 * Records a monitoring (the coordinator): every goal of the plan evaluated once. 再検討 (review)
 * reopens planning: the case goes back to planning until a new version is approved.
 */
export async function recordMonitoring(
  db: Db,
  actor: UserActor,
  monitoringId: string,
  input: MonitoringInput,
) {
  assertThat(isCoordinator(actor), 'forbidden');
  if (input.doneOn > toIsoDate(new Date()))
    throw invalidField('doneOn', '未来の日付は記録できません / the date is in the future');
  return runAs(db, actor, async (tx) => {
    const found = await plans.findMonitoring(tx, monitoringId);
    assertThat(found, 'not_found');
    const goals = found.plan.goals.length;
    const indexes = input.evaluations.map((e) => e.goalIndex);
    if (indexes.length !== goals || new Set(indexes).size !== goals || indexes.some((i) => i >= goals))
      throw invalidField(
        'evaluations',
        `目標${goals}つそれぞれを一度ずつ評価してください / evaluate each of the ${goals} goals once`,
      );
    const done = await plans.completeMonitoring(tx, monitoringId, {
      doneOn: input.doneOn,
      evaluations: input.evaluations,
      decision: input.decision,
      note: input.note,
      recordedBy: actor.userId,
    });
    if (!done)
      throw stateConflict(
        'このモニタリングはすでに記録済みか取り消されています。',
        'This monitoring is already done or cancelled.',
      );
    if (input.decision === 'review')
      await repo.updateCase(tx, found.plan.caseId, null, { stage: 'planning' });
    await recordAudit(tx, actor, {
      action: 'monitoring.recorded',
      entityType: 'support_plan',
      entityId: found.plan.id,
      payload: { caseId: found.plan.caseId, decision: input.decision },
    });
    return { caseId: found.plan.caseId };
  });
}

/** Monitorings due by `until` (default: two weeks ahead) of the cases the actor sees; overdue first. */
export async function dueMonitorings(db: Db, actor: UserActor, until?: string) {
  const today = toIsoDate(new Date());
  const limit = until ?? toIsoDate(new Date(Date.now() + 14 * 86_400_000));
  return runAs(db, actor, async (tx) => {
    const rows = await plans.listDueMonitorings(tx, limit);
    await recordAudit(tx, actor, {
      action: 'case.listed',
      entityType: 'case',
      entityId: null,
      payload: { list: 'monitoring_due', searched: false, results: rows.length },
    });
    return {
      items: rows.map((r) => ({
        ...presentMonitoring(r.monitoring, r.planVersion, today),
        caseNumber: r.caseNumber,
        personName: personName(r),
      })),
    };
  });
}
