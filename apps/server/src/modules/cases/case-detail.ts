import {
  CASE_RECORD_PAGE,
  type CaseDetail,
  type ContactMethod,
  type GoalEvaluation,
  type TeamRole,
} from '@tsunagu/contracts/cases';
import { RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import { toIsoDate } from '@tsunagu/japan';
import type { UserActor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { oneByOne } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { listParticipants } from '../participation/participants.repository';
import { presentSummary } from '../participation/participation.present';
import { readCasePlanWork } from './case-plan-work';
import { readCaseTrail } from './case-trail';
import { caseAbilities } from './cases.policy';
import { presentCase, presentMonitoring, presentPlan, presentRecord, presentTask } from './cases.present';
import * as repo from './cases.repository';
import type { MonitoringRow } from './plans.repository';

/** The latest evaluation of each goal of each plan, from its monitorings. */
function latestEvaluations(rows: { monitoring: MonitoringRow }[]) {
  const byPlan = new Map<string, Map<number, { result: GoalEvaluation; comment: string | null }>>();
  for (const { monitoring: m } of rows) {
    if (!m.doneOn || !m.evaluations) continue;
    const goals = byPlan.get(m.planId) ?? new Map();
    for (const e of m.evaluations)
      goals.set(e.goalIndex, { result: e.result as GoalEvaluation, comment: e.comment });
    byPlan.set(m.planId, goals);
  }
  return byPlan;
}

/** Everything the case page shows, read under row-level security; 404 when the case is not visible. */
export async function readCaseDetail(tx: Tx, actor: UserActor, id: string): Promise<CaseDetail> {
  const listed = await repo.findListed(tx, id);
  assertThat(listed, 'not_found');
  const c = listed.case;
  const today = toIsoDate(new Date());
  const [trail, records, work, participation] = await oneByOne(
    () => readCaseTrail(tx, id, c.householdId),
    () => repo.listRecords(tx, id, { limit: CASE_RECORD_PAGE, offset: 0 }),
    () => readCasePlanWork(tx, id),
    () =>
      c.personId
        ? listParticipants(tx, { ofCase: { caseId: id, personId: c.personId }, limit: 20, offset: 0 })
        : Promise.resolve([]),
  );
  const { plans: planRows, monitorings: monitoringRows, tasks, agencyNames: names } = work;
  const evaluations = latestEvaluations(monitoringRows);
  return {
    ...presentCase(listed),
    version: c.version,
    summary: c.summary,
    advice: c.advice,
    closureNote: c.closureNote,
    referralId: c.referralId,
    personId: c.personId,
    members: trail.members.map((m) => ({
      personId: m.personId,
      name: `${m.familyName} ${m.givenName}`.trim(),
      relationship:
        RELATIONSHIP_LABELS[m.relationship as keyof typeof RELATIONSHIP_LABELS]?.ja ?? m.relationship,
    })),
    team: trail.team.map((t) => ({ ...t, role: t.role as TeamRole })),
    contacts: trail.contacts.map((k) => ({ ...k, method: k.method as ContactMethod })),
    outreach: trail.outreach,
    records: records.map(presentRecord),
    recordTotal: trail.recordTotal,
    reviews: trail.reviews,
    meetings: trail.meetings,
    plans: planRows.map((p) =>
      presentPlan(p, (aid) => names.get(aid) ?? '', evaluations.get(p.plan.id) ?? new Map()),
    ),
    monitorings: monitoringRows.map((m) => presentMonitoring(m.monitoring, m.planVersion, today)),
    tasks: tasks.map((t) => presentTask(t, today, actor)),
    participation: participation.map(presentSummary),
    abilities: caseAbilities(actor, c, { review: trail.reviews.length > 0, story: trail.hasStory }),
  };
}
