/**
 * One writer's chain of real work, as the front line and the coordinator do it: a household is
 * recorded at a consultation (相談受付, with the 本人's consent to share with two agencies), referred
 * to 中区, accepted there or handed on to 寄り添い and accepted, then requested as a case, triaged as
 * coordinated, given a team member, and a support plan saved and approved. Every step is one
 * transaction touching several tables; each acknowledged step is reported with what it must have
 * written, so the database can be checked for it afterwards.
 */
import { randomInt } from 'node:crypto';
import type { HttpSession } from '../http/session';

/** The signed-in users a chain acts as. */
export type ChainSessions = {
  /** 地域包括支援センター 北区中央: records, refers, requests the case. */
  staff: HttpSession;
  /** 地域包括支援センター 中区: receives the referral. */
  naka: HttpSession;
  /** 寄り添いサポートセンター: receives the handed-on referral. */
  yorisoi: HttpSession;
  coordinator: HttpSession;
};

/** The demo agencies the chain names by id. */
export type ChainAgencies = { naka: string; yorisoi: string; desk: string };

/** A write the server acknowledged (2xx with the new record's id), and what it must have written. */
export type Ack =
  | { kind: 'intake'; intakeId: string; householdId: string; members: number; problems: number }
  | { kind: 'referral'; id: string; householdId: string; toAgencyId: string }
  | { kind: 'accept'; id: string }
  | { kind: 'hand_on'; id: string; nextId: string }
  | { kind: 'case'; id: string; householdId: string }
  | { kind: 'triage'; caseId: string }
  | { kind: 'team'; caseId: string; agencyId: string }
  | { kind: 'plan'; planId: string; caseId: string; version: number }
  | { kind: 'approve'; planId: string; caseId: string; actions: number; monitorings: number };

/** Sends one API call; answers the parsed body on the expected status, throws otherwise. */
export type Call = (
  session: HttpSession,
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  expect: number,
) => Promise<unknown>;

/** Family names as typed and in ふりがな (髙 is an 異体字, as real registers have them). */
const FAMILIES = [
  ['髙橋', 'タカハシ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
] as const;

const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A household of 2–3 members with 1–2 problems each; the 本人 consents to sharing with both agencies. */
function intakeBody(agencies: ChainAgencies) {
  const [familyName, familyNameKana] = FAMILIES[randomInt(FAMILIES.length)]!;
  const person = (given: string, givenKana: string, birthDate: string) => ({
    familyName,
    givenName: given,
    familyNameKana,
    givenNameKana: givenKana,
    birthDate,
    sex: 'unanswered',
    address: '岡山市北区鹿田町1-1-1',
    schoolDistrictCode: null,
    phones: [],
  });
  const members = [
    {
      person: person('花子', 'ハナコ', '1950-04-01'),
      relationship: 'self',
      livesTogether: true,
      problems: ['long-term-care', 'income-work'],
    },
    {
      person: person('一郎', 'イチロウ', '1980-06-01'),
      relationship: 'child',
      livesTogether: true,
      problems: ['hikikomori'],
    },
  ];
  if (randomInt(2) === 1) {
    members.push({
      person: person('次郎', 'ジロウ', '1984-09-01'),
      relationship: 'child',
      livesTogether: false,
      problems: ['isolation', 'income-work'],
    });
  }
  return {
    receivedOn: dateIn(0),
    channel: 'visit',
    visitor: 'self',
    summary: '介護と家計の相談。息子が就労していない。',
    urgency: 'normal',
    accommodation: null,
    members,
    mainProblem: { member: 0, code: 'long-term-care' },
    consent: {
      members: [0],
      purpose: 'support_sharing',
      scopeAgencyIds: [agencies.naka, agencies.yorisoi],
      scopeAgencyCategories: [],
      method: 'written',
      obtainedOn: dateIn(0),
      note: null,
    },
  };
}

/** The support plan form: two goals, an action each (owned by the coordinator desk), one monitoring date. */
function planBody(desk: string) {
  return {
    personWords: '母と一緒にこの家で暮らし続けたい。',
    goals: [{ text: '母の介護サービスを整える' }, { text: '息子が週1回外出できる' }],
    actions: [
      { goalIndex: 0, text: '要介護認定の申請に同行', ownerAgencyId: desk, dueOn: dateIn(30) },
      { goalIndex: 1, text: '居場所の見学を調整', ownerAgencyId: desk, dueOn: dateIn(60) },
    ],
    participationSupport: true,
    outreach: true,
    monitoringDates: [dateIn(90)],
    nextReviewOn: dateIn(180),
  };
}

type Id = { id: string };
type Versioned = { version: number };

/**
 * The chain's first two steps: a household recorded at an intake by `staff`, and its 本人 referred
 * to 中区. Returns the ids the rest of the chain works on.
 */
export async function referNewHousehold(
  call: Call,
  s: ChainSessions,
  agencies: ChainAgencies,
  ack: (a: Ack) => void,
) {
  const intake = intakeBody(agencies);
  const { intakeId, householdId } = (await call(s.staff, 'POST', '/api/intakes', intake, 201)) as {
    intakeId: string;
    householdId: string;
  };
  const problems = intake.members.reduce((n, m) => n + m.problems.length, 0);
  ack({ kind: 'intake', intakeId, householdId, members: intake.members.length, problems });

  const household = (await call(s.staff, 'GET', `/api/households/${householdId}`, undefined, 200)) as {
    members: { relationship: string; person: Id }[];
  };
  const personId = household.members.find((m) => m.relationship === 'self')!.person.id;
  const sent = (await call(
    s.staff,
    'POST',
    '/api/referrals',
    {
      householdId,
      personId,
      toAgencyIds: [agencies.naka],
      reason: '家計と就労の相談先として紹介します。',
      basis: 'consent',
    },
    201,
  )) as { items: Id[] };
  const referralId = sent.items[0]!.id;
  ack({ kind: 'referral', id: referralId, householdId, toAgencyId: agencies.naka });
  return { householdId, personId, referralId };
}

/**
 * Runs one chain from the intake to the approved plan. `ack` is called as soon as a step is
 * acknowledged; a failed step throws and the chain ends there (the writer starts a new one).
 */
export async function runChain(
  call: Call,
  s: ChainSessions,
  agencies: ChainAgencies,
  ack: (a: Ack) => void,
): Promise<void> {
  const { householdId, personId, referralId } = await referNewHousehold(call, s, agencies, ack);
  // Reading it is the receiving agency's 受付 (a write too: the 'receive' event).
  const received = (await call(s.naka, 'GET', `/api/referrals/${referralId}`, undefined, 200)) as Versioned;
  if (randomInt(2) === 0) {
    await call(s.naka, 'POST', `/api/referrals/${referralId}/accept`, { version: received.version }, 200);
    ack({ kind: 'accept', id: referralId });
  } else {
    const handed = (await call(
      s.naka,
      'POST',
      `/api/referrals/${referralId}/hand-on`,
      { version: received.version, toAgencyId: agencies.yorisoi, reason: '家計の立て直しが中心のため' },
      200,
    )) as { nextReferralId: string };
    ack({ kind: 'hand_on', id: referralId, nextId: handed.nextReferralId });
    const next = (await call(
      s.yorisoi,
      'GET',
      `/api/referrals/${handed.nextReferralId}`,
      undefined,
      200,
    )) as Versioned;
    await call(
      s.yorisoi,
      'POST',
      `/api/referrals/${handed.nextReferralId}/accept`,
      { version: next.version },
      200,
    );
    ack({ kind: 'accept', id: handed.nextReferralId });
  }

  const requested = (await call(
    s.staff,
    'POST',
    '/api/cases',
    { summary: '8050世帯の複合的な相談', householdId, personId },
    201,
  )) as Id;
  ack({ kind: 'case', id: requested.id, householdId });
  const caseId = requested.id;
  await call(s.coordinator, 'POST', '/api/cases/triage', { caseId, kind: 'coordinated' }, 200);
  ack({ kind: 'triage', caseId });
  await call(
    s.coordinator,
    'POST',
    `/api/cases/${caseId}/team`,
    { agencyId: agencies.naka, role: 'person_support' },
    200,
  );
  ack({ kind: 'team', caseId, agencyId: agencies.naka });

  const plan = planBody(agencies.desk);
  const detail = (await call(s.coordinator, 'POST', `/api/cases/${caseId}/plans`, plan, 200)) as {
    plans: (Id & { version: number })[];
  };
  const saved = detail.plans.reduce((a, b) => (b.version > a.version ? b : a));
  ack({ kind: 'plan', planId: saved.id, caseId, version: saved.version });
  await call(s.coordinator, 'POST', `/api/plans/${saved.id}/approve`, {}, 200);
  ack({
    kind: 'approve',
    planId: saved.id,
    caseId,
    actions: plan.actions.length,
    monitorings: plan.monitoringDates.length,
  });
}
