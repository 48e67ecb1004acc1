import type { CaseDetail, PlanInput, Task, TeamRole } from '@tsunagu/contracts/cases';
import type { ConsentCreate } from '@tsunagu/contracts/consents';
import { toIsoDate } from '@tsunagu/japan';
import { clientOf, readHousehold, recordIntake, soloIntake } from './households';
import type { Session, TestApp } from './test-app';

/** Today in Asia/Tokyo (the server's today), as 'YYYY-MM-DD'. */
export const today = () => toIsoDate(new Date());

/** The calendar date `days` after (or before, if negative) the ISO date `from`. */
export function shiftDate(from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A one-person household recorded by `session`'s agency, for a person whose family name the test
 * searches by (give each case of a file its own name). Returns the household and the 本人.
 */
export async function caseHousehold(
  t: TestApp,
  session: Session,
  name: { familyName: string; familyNameKana: string },
) {
  const { householdId } = await recordIntake(t, session, soloIntake({ ...name, givenNameKana: 'ハナコ' }));
  return { householdId, personId: clientOf(await readHousehold(t, session, householdId)) };
}

/** A request to the coordinator (POST /api/cases) by `session`; throws unless 201. */
export async function requestCase(
  t: TestApp,
  session: Session,
  h: { householdId: string; personId: string },
  extra: { summary?: string; receivedOn?: string } = {},
) {
  const res = await t.call(session, 'POST', '/api/cases', {
    summary: '8050世帯の複合的な相談',
    ...h,
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`case request failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; number: number };
}

/** Triages a waiting request (or escalation) as the coordinator; throws unless 200. */
export async function triage(
  t: TestApp,
  coordinator: Session,
  item: { caseId: string } | { referralId: string },
  kind: 'coordinated' | 'advice_only' = 'coordinated',
): Promise<CaseDetail> {
  const advice = kind === 'advice_only' ? { advice: '家計改善支援の窓口を案内しました。' } : {};
  const res = await t.call(coordinator, 'POST', '/api/cases/triage', { ...item, kind, ...advice });
  if (res.statusCode !== 200) throw new Error(`triage failed: ${res.statusCode} ${res.body}`);
  return res.json() as CaseDetail;
}

/**
 * A coordinated case in assessment: `requester`'s agency records the household and asks the
 * coordinator, who triages it as coordinated (the coordinator desk joins the team for 全体調整).
 */
export async function openCoordinatedCase(
  t: TestApp,
  requester: Session,
  coordinator: Session,
  name: { familyName: string; familyNameKana: string },
) {
  const h = await caseHousehold(t, requester, name);
  const { id } = await requestCase(t, requester, h);
  const detail = await triage(t, coordinator, { caseId: id });
  return { ...h, caseId: id, number: detail.number, detail };
}

/** The case page as `session` sees it; throws unless 200. */
export async function readCase(t: TestApp, session: Session, id: string): Promise<CaseDetail> {
  const res = await t.call(session, 'GET', `/api/cases/${id}`);
  if (res.statusCode !== 200) throw new Error(`case read failed: ${res.statusCode} ${res.body}`);
  return res.json() as CaseDetail;
}

/** Adds an agency to the case's team (as the coordinator) and returns the new membership's id. */
export async function addToTeam(
  t: TestApp,
  coordinator: Session,
  caseId: string,
  agencyId: string,
  role: TeamRole = 'person_support',
): Promise<string> {
  const res = await t.call(coordinator, 'POST', `/api/cases/${caseId}/team`, { agencyId, role });
  if (res.statusCode !== 200) throw new Error(`team add failed: ${res.statusCode} ${res.body}`);
  const member = (res.json() as CaseDetail).team.find((m) => m.agency.id === agencyId && m.role === role);
  return member!.id;
}

/** A support plan version as the plan form sends it; override what the test is about. */
export function planInput(ownerAgencyId: string, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    personWords: '母と一緒にこの家で暮らし続けたい。',
    goals: [{ text: '母の介護サービスを整える' }, { text: '息子が週1回外出できる' }],
    actions: [
      { goalIndex: 0, text: '要介護認定の申請に同行', ownerAgencyId, dueOn: shiftDate(today(), 30) },
      { goalIndex: 1, text: '居場所の見学を調整', ownerAgencyId, dueOn: shiftDate(today(), 60) },
    ],
    participationSupport: true,
    outreach: true,
    monitoringDates: [shiftDate(today(), 90)],
    nextReviewOn: shiftDate(today(), 180),
    ...overrides,
  };
}

/** Records a consent for the person through the consents API (the recording agency must see them). */
export async function recordConsent(
  t: TestApp,
  session: Session,
  personId: string,
  consent: Partial<ConsentCreate> & Pick<ConsentCreate, 'purpose'>,
) {
  const res = await t.call(session, 'POST', `/api/persons/${personId}/consents`, {
    scopeAgencyIds: [],
    scopeAgencyCategories: [],
    method: 'written',
    obtainedOn: today(),
    note: null,
    ...consent,
  });
  if (res.statusCode !== 201) throw new Error(`consent failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Saves a plan version (owner of every action: `ownerAgencyId`) and returns the case page; throws unless 200. */
export async function draftPlan(
  t: TestApp,
  session: Session,
  caseId: string,
  ownerAgencyId: string,
  overrides: Partial<PlanInput> = {},
): Promise<CaseDetail> {
  const res = await t.call(
    session,
    'POST',
    `/api/cases/${caseId}/plans`,
    planInput(ownerAgencyId, overrides),
  );
  if (res.statusCode !== 200) throw new Error(`plan save failed: ${res.statusCode} ${res.body}`);
  return res.json() as CaseDetail;
}

/** Approves a plan version as the coordinator and returns the case page; throws unless 200. */
export async function approvePlan(t: TestApp, coordinator: Session, planId: string): Promise<CaseDetail> {
  const res = await t.call(coordinator, 'POST', `/api/plans/${planId}/approve`, {});
  if (res.statusCode !== 200) throw new Error(`approve failed: ${res.statusCode} ${res.body}`);
  return res.json() as CaseDetail;
}

/** The task list of the session's agency (open items, or all); throws unless 200. */
export async function agencyTasks(
  t: TestApp,
  session: Session,
  show: 'open' | 'all' = 'open',
): Promise<Task[]> {
  const res = await t.call(session, 'GET', `/api/tasks?show=${show}`);
  if (res.statusCode !== 200) throw new Error(`tasks failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { items: Task[] }).items;
}
