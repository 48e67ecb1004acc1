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
import { listMembers } from '../households/households.repository';
import { listParticipants } from '../participation/participants.repository';
import { presentSummary } from '../participation/participation.present';
import { caseAbilities } from './cases.policy';
import { presentCase, presentMonitoring, presentPlan, presentRecord, presentTask } from './cases.present';
import * as repo from './cases.repository';
import * as plans from './plans.repository';
import { listCaseTasks } from './tasks.repository';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The latest evaluation of each goal of each plan, from its monitorings. */
function latestEvaluations(rows: Awaited<ReturnType<typeof plans.listCaseMonitorings>>) {
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
  const [
    members,
    team,
    contacts,
    outreach,
    records,
    recordTotal,
    reviews,
    meetings,
    planRows,
    monitoringRows,
    tasks,
    hasStory,
    participation,
  ] = await oneByOne(
    () => listMembers(tx, c.householdId),
    () => repo.listTeam(tx, id),
    () => repo.listContacts(tx, id),
    () => repo.listOutreach(tx, id),
    () => repo.listRecords(tx, id, { limit: CASE_RECORD_PAGE, offset: 0 }),
    () => repo.countRecords(tx, id),
    () => repo.listReviews(tx, id),
    () => repo.listCaseMeetings(tx, id),
    () => plans.listPlans(tx, id),
    () => plans.listCaseMonitorings(tx, id),
    () => listCaseTasks(tx, id),
    () => repo.hasStory(tx, id),
    () =>
      c.personId
        ? listParticipants(tx, { ofCase: { caseId: id, personId: c.personId }, limit: 20, offset: 0 })
        : Promise.resolve([]),
  );
  const names = await repo.agencyNames(
    tx,
    planRows.flatMap((p) => p.plan.actions.map((a) => a.ownerAgencyId)),
  );
  const evaluations = latestEvaluations(monitoringRows);
  return {
    ...presentCase(listed),
    version: c.version,
    summary: c.summary,
    advice: c.advice,
    closureNote: c.closureNote,
    referralId: c.referralId,
    personId: c.personId,
    members: members.map((m) => ({
      personId: m.person.id,
      name: `${m.person.familyName} ${m.person.givenName}`.trim(),
      relationship:
        RELATIONSHIP_LABELS[m.member.relationship as keyof typeof RELATIONSHIP_LABELS]?.ja ??
        m.member.relationship,
    })),
    team: team.map((t) => ({
      id: t.member.id,
      agency: { id: t.member.agencyId, name: t.agencyName },
      role: t.member.role as TeamRole,
      contactName: t.member.contactName,
      addedAt: t.member.addedAt.toISOString(),
      endedAt: iso(t.member.endedAt),
    })),
    contacts: contacts.map((k) => ({
      id: k.contact.id,
      contactedOn: k.contact.contactedOn,
      agency: { id: k.contact.agencyId, name: k.agencyName },
      method: k.contact.method as ContactMethod,
      content: k.contact.content,
      recordedBy: k.recordedBy,
    })),
    outreach: outreach.map((o) => ({
      id: o.visit.id,
      visitedOn: o.visit.visitedOn,
      beforeConsent: o.visit.beforeConsent,
      place: o.visit.place,
      summary: o.visit.summary,
      recordedBy: o.recordedBy,
    })),
    records: records.map(presentRecord),
    recordTotal,
    reviews: reviews.map((r) => ({
      id: r.review.id,
      reviewedOn: r.review.reviewedOn,
      findings: r.review.findings,
      lessons: r.review.lessons,
      reviewer: r.reviewer,
    })),
    meetings: meetings.map(({ meeting: m }) => ({
      id: m.id,
      kind: m.kind,
      heldOn: m.heldOn,
      state: m.state,
      purpose: m.purpose,
    })),
    plans: planRows.map((p) =>
      presentPlan(p, (aid) => names.get(aid)?.name ?? '', evaluations.get(p.plan.id) ?? new Map()),
    ),
    monitorings: monitoringRows.map((m) => presentMonitoring(m.monitoring, m.planVersion, today)),
    tasks: tasks.map((t) => presentTask(t, today, actor)),
    participation: participation.map(presentSummary),
    abilities: caseAbilities(actor, c, { review: reviews.length > 0, story: hasStory }),
  };
}
