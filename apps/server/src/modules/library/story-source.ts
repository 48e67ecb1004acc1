import {
  CASE_OUTCOME_LABELS,
  type CaseOutcome,
  GOAL_EVALUATION_LABELS,
  type GoalEvaluation,
  TEAM_ROLE_LABELS,
  type TeamRole,
} from '@tsunagu/contracts/cases';
import { RELATIONSHIP_LABELS, SEX_LABELS } from '@tsunagu/contracts/households';
import { MEETING_KIND_LABELS, type MeetingKind } from '@tsunagu/contracts/meetings';
import { and, eq, inArray } from 'drizzle-orm';
import { agencies, codeListItems, households } from '../../db/schema';
import type { UserActor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { oneByOne } from '../../platform/db/scope';
import { readCaseDetail } from '../cases/case-detail';
import { listIntakes, listMembers, listProblems } from '../households/households.repository';
import type { StorySource } from './anonymise';

async function codeLabels(tx: Tx, tenantId: string, list: string, codes: string[]) {
  if (!codes.length) return new Map<string, { label: string; parent: string | null }>();
  const rows = await tx
    .select({ code: codeListItems.code, label: codeListItems.labelJa, parent: codeListItems.parentCode })
    .from(codeListItems)
    .where(
      and(
        eq(codeListItems.tenantId, tenantId),
        eq(codeListItems.list, list),
        inArray(codeListItems.code, codes),
      ),
    );
  return new Map(rows.map((r) => [r.code, { label: r.label, parent: r.parent }]));
}

/**
 * Reads what a story is made from, under row-level security as the coordinator: the case page's
 * data, the household's members with their names (to remove them), its district and problems.
 */
export async function readStorySource(tx: Tx, actor: UserActor, caseId: string) {
  const detail = await readCaseDetail(tx, actor, caseId);
  const [household] = await tx
    .select()
    .from(households)
    .where(eq(households.id, detail.householdId))
    .limit(1);
  const members = await listMembers(tx, detail.householdId);
  const intakes = await listIntakes(tx, detail.householdId);
  const problems = await listProblems(
    tx,
    intakes.map((i) => i.intake.id),
  );
  const problemCodes = [...new Set(problems.map((p) => p.categoryCode))];
  const teamAgencyIds = [...new Set(detail.team.map((t) => t.agency.id))];
  const teamAgencies = teamAgencyIds.length
    ? await tx
        .select({ id: agencies.id, category: agencies.categoryCode })
        .from(agencies)
        .where(inArray(agencies.id, teamAgencyIds))
    : [];
  const agencyKinds = [...new Set(teamAgencies.map((a) => a.category))];
  const [problemLabels, kindLabels, schools] = await oneByOne(
    () => codeLabels(tx, actor.tenantId, 'problem_category', problemCodes),
    () => codeLabels(tx, actor.tenantId, 'agency_category', agencyKinds),
    () =>
      codeLabels(
        tx,
        actor.tenantId,
        'school_district',
        household?.schoolDistrictCode ? [household.schoolDistrictCode] : [],
      ),
  );
  const welfareCode = household?.schoolDistrictCode
    ? schools.get(household.schoolDistrictCode)?.parent
    : null;
  const welfare = welfareCode
    ? (await codeLabels(tx, actor.tenantId, 'welfare_district', [welfareCode])).get(welfareCode)
    : undefined;
  const categoryOf = new Map(teamAgencies.map((a) => [a.id, a.category]));
  const plan = detail.plans.find((p) => p.state === 'approved') ?? detail.plans[0];
  const meetingCounts = new Map<string, number>();
  for (const m of detail.meetings) meetingCounts.set(m.kind, (meetingCounts.get(m.kind) ?? 0) + 1);
  const source: StorySource = {
    receivedOn: detail.receivedOn,
    welfareDistrict: welfare?.label ?? null,
    householdAddress: household?.address ?? null,
    members: members.map((m) => ({
      familyName: m.person.familyName,
      givenName: m.person.givenName,
      familyNameKana: m.person.familyNameKana,
      givenNameKana: m.person.givenNameKana,
      relationship:
        RELATIONSHIP_LABELS[m.member.relationship as keyof typeof RELATIONSHIP_LABELS]?.ja ?? 'その他',
      sexLabel: SEX_LABELS[m.person.sex as keyof typeof SEX_LABELS]?.ja ?? null,
      birthDate: m.person.birthDate,
      address: m.person.address,
      phones: m.person.phones,
    })),
    problemLabels: problemCodes.map((c) => problemLabels.get(c)?.label ?? c),
    summary: detail.summary,
    advice: detail.advice,
    personWords: plan?.personWords ?? null,
    goals: (plan?.goals ?? []).map((g) => ({
      text: g.text,
      evaluation: g.evaluation ? GOAL_EVALUATION_LABELS[g.evaluation as GoalEvaluation].ja : null,
    })),
    team: detail.team.map((t) => ({
      agencyKind: kindLabels.get(categoryOf.get(t.agency.id) ?? '')?.label ?? '関係機関',
      role: TEAM_ROLE_LABELS[t.role as TeamRole].ja,
    })),
    meetings: [...meetingCounts].map(([kind, count]) => ({
      kind: MEETING_KIND_LABELS[kind as MeetingKind]?.ja ?? kind,
      count,
    })),
    contacts: detail.contacts.length,
    outcome: detail.outcome ? CASE_OUTCOME_LABELS[detail.outcome as CaseOutcome].ja : null,
    closureNote: detail.closureNote,
    reviews: detail.reviews.map((r) => ({ findings: r.findings, lessons: r.lessons })),
  };
  return { detail, source, problemCodes, agencyKinds };
}
