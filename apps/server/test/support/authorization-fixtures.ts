import { addProgrammeFixtures } from './authorization-fixtures-programmes';
import { openCoordinatedCase, planInput, today } from './cases';
import { agencyByCode } from './factories';
import { clientOf, intakeInput, readHousehold, recordIntake } from './households';
import { meetingInput } from './meetings';
import { must, type Session, type TestApp } from './test-app';

/**
 * The actors of the authorization matrix, as columns. "own" is the agency (agency A,
 * 北区中央地域包括支援センター) or the division that owns the fixture; "other" is another one.
 */
export const ACTORS = [
  'signedOut',
  'admin',
  'planner',
  'coordinator',
  'advisor',
  'manager',
  'staffOwn',
  'staffOther',
  'reporter',
  'desk',
  'progOwn',
  'progOther',
  'auditor',
] as const;
export type Actor = (typeof ACTORS)[number];

/** The demo account behind each actor; progOwn is resolved per endpoint from the owning division. */
const EMAILS: Record<Exclude<Actor, 'signedOut' | 'progOwn'>, string> = {
  admin: 'admin@demo.example',
  planner: 'planner@demo.example',
  coordinator: 'coordinator@demo.example',
  advisor: 'advisor@demo.example',
  manager: 'manager@demo.example', // agency_manager of agency A
  staffOwn: 'staff@demo.example', // agency_staff of agency A
  staffOther: 'staff-naka@demo.example', // agency_staff of 中区 (another agency)
  reporter: 'reporter@demo.example', // division_reporter of community-care
  desk: 'programme@demo.example', // programme_staff at the lifelong employment desk agency
  progOther: 'kominkan@demo.example', // programme_staff of kominkan-promotion, owner of no fixture
  auditor: 'auditor@demo.example',
};

/** programme_staff of each division that owns a fixture (SPEC M6: records belong to a division). */
export const PROGRAMME_STAFF_OF: Record<string, string> = {
  'community-care': 'community@demo.example',
  'civic-collaboration': 'civic@demo.example',
  'medical-policy': 'medical@demo.example',
};

/** The records every `{id}` of the document is filled with, and the marker hidden in them. */
export type Fixtures = {
  marker: string;
  sessions: Record<string, Session>;
  ids: Record<string, string>;
};

/** What a write answers: the record's id and version. */
export type Item = { id: string; version: number };

/**
 * Signs in every actor and records, through the API, one record of every kind a templated path
 * addresses, each owned by agency A or by a division and each carrying the marker in its free text.
 */
export async function buildFixtures(t: TestApp): Promise<Fixtures> {
  const marker = `機密マーカー${Math.random().toString(36).slice(2, 10)}`;
  const sessions: Record<string, Session> = {};
  for (const email of [...Object.values(EMAILS), ...Object.values(PROGRAMME_STAFF_OF)])
    sessions[email] = await t.loginAs(email);
  const as = (a: Exclude<Actor, 'signedOut' | 'progOwn'>) => sessions[EMAILS[a]]!;
  const [staff, coordinator, manager, desk, planner, reporter] = [
    as('staffOwn'),
    as('coordinator'),
    as('manager'),
    as('desk'),
    as('planner'),
    as('reporter'),
  ];
  const community = sessions[PROGRAMME_STAFF_OF['community-care']!]!;
  const civic = sessions[PROGRAMME_STAFF_OF['civic-collaboration']!]!;
  const medical = sessions[PROGRAMME_STAFF_OF['medical-policy']!]!;
  const ids: Record<string, string> = {};
  const agencyA = staff.agencyId!;
  ids.agency = agencyA;
  ids.yorisoi = (await agencyByCode(t, staff, 'yorisoi-support')).id;
  ids.katsuyaku = desk.agencyId!;

  // The household: an intake by agency A whose 本人 consented to sharing with 寄り添い.
  const consent = {
    members: [0],
    purpose: 'support_sharing' as const,
    scopeAgencyIds: [ids.yorisoi],
    scopeAgencyCategories: [],
    method: 'written' as const,
    obtainedOn: '2025-05-07',
    note: marker,
  };
  const intake = intakeInput({ summary: `${marker} 介護と家計の相談`, accommodation: marker, consent });
  ids.household = (await recordIntake(t, staff, intake)).householdId;
  const household = await readHousehold(t, staff, ids.household);
  ids.person = clientOf(household);
  ids.member = household.members.find((m) => m.relationship !== 'self')!.person.id;
  ids.consent = (
    (await must<{ items: Item[] }>(t, staff, 'GET', `/api/persons/${ids.person}/consents`)).items[0] as Item
  ).id;
  await must(t, manager, 'POST', `/api/persons/${ids.person}/sensitive`, {
    category: 'diagnosis',
    content: `${marker} 通院中`,
  });
  // A second intake of the same person, so that a merge has a duplicate to merge into.
  const twin = await recordIntake(t, staff, intakeInput({ summary: marker }));
  ids.twin = clientOf(await readHousehold(t, staff, twin.householdId));

  // A referral from agency A to 寄り添い.
  const sent = await must<{ items: Item[] }>(t, staff, 'POST', '/api/referrals', {
    householdId: ids.household,
    personId: ids.person,
    toAgencyIds: [ids.yorisoi],
    reason: `${marker} 家計の相談先として`,
    basis: 'consent',
  });
  ids.referral = sent.items[0]!.id;

  // A coordinated case with agency A on the team, a plan approved (monitoring, task) and a draft.
  const kase = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '機密',
    familyNameKana: 'キミツ',
  });
  ids.case = kase.caseId;
  ids.caseHousehold = kase.householdId;
  ids.casePerson = kase.personId;
  const team = await must<{ team: { id: string; agency: { id: string } }[] }>(
    t,
    coordinator,
    'POST',
    `/api/cases/${ids.case}/team`,
    { agencyId: agencyA, role: 'person_support' },
  );
  ids.teamMember = team.team.find((m) => m.agency.id === agencyA)!.id;
  await must(t, staff, 'POST', `/api/cases/${ids.case}/records`, {
    occurredOn: today(),
    body: `${marker} 自宅訪問`,
  });
  const planned = await must<{ plans: Item[] }>(
    t,
    staff,
    'POST',
    `/api/cases/${ids.case}/plans`,
    planInput(agencyA, { personWords: marker }),
  );
  const approved = await must<{ monitorings: Item[] }>(
    t,
    coordinator,
    'POST',
    `/api/plans/${planned.plans[0]!.id}/approve`,
    {},
  );
  ids.monitoring = approved.monitorings.find((m) => m.id)!.id;
  const drafted = await must<{ plans: (Item & { state: string })[] }>(
    t,
    staff,
    'POST',
    `/api/cases/${ids.case}/plans`,
    planInput(agencyA, { personWords: `${marker} 改訂` }),
  );
  ids.plan = drafted.plans.find((p) => p.state === 'draft')!.id;
  const tasks = await must<{ items: Item[] }>(t, staff, 'GET', '/api/tasks?show=open');
  ids.task = tasks.items[0]!.id;

  // A 複合課題ケース検討会 on the case with agency A attending.
  const meeting = await must<Item>(
    t,
    coordinator,
    'POST',
    '/api/meetings',
    meetingInput('case_conference', [ids.case], [agencyA], { purpose: marker }),
  );
  ids.meeting = meeting.id;
  const attending = await must<{ attendees: Item[] }>(t, coordinator, 'GET', `/api/meetings/${meeting.id}`);
  ids.attendee = attending.attendees[0]!.id;

  // A closed case with a 事例集 draft (the coordinator's).
  const closed = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '秘匿',
    familyNameKana: 'ヒトク',
  });
  const closedCase = await must<Item>(t, coordinator, 'GET', `/api/cases/${closed.caseId}`);
  await must(t, coordinator, 'POST', `/api/cases/${closed.caseId}/close`, {
    version: closedCase.version,
    outcome: 'resolved',
    closedOn: today(),
    note: marker,
  });
  ids.closedCase = closed.caseId;
  ids.story = (await must<Item>(t, coordinator, 'POST', `/api/cases/${closed.caseId}/story`, {})).id;

  // A notification of agency A's staff: 寄り添い accepting the referral tells the sender.
  const yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  sessions.yorisoi = yorisoi;
  const referral = await must<Item>(t, yorisoi, 'GET', `/api/referrals/${ids.referral}`);
  await must(t, yorisoi, 'POST', `/api/referrals/${ids.referral}/accept`, { version: referral.version });
  ids.notification = (await must<{ items: Item[] }>(t, staff, 'GET', '/api/notifications')).items[0]!.id;

  // A second session of agency A's staff, for the admin to revoke.
  const spare = await t.loginAs(EMAILS.staffOwn);
  const adminSessions = await must<{ items: { id: string; userId: string }[] }>(
    t,
    as('admin'),
    'GET',
    '/api/admin/sessions',
  );
  ids.session = adminSessions.items.find((s) => s.userId === spare.userId && s.id)!.id;

  // Directory: a change request of agency A's manager; a code list item.
  const agency = await must<Record<string, unknown> & Item>(t, manager, 'GET', `/api/agencies/${agencyA}`);
  const { id: _i, version: _v, updatedAt: _u, abilities: _a, ...proposed } = agency;
  ids.changeRequest = (
    await must<Item>(t, manager, 'POST', `/api/agencies/${agencyA}/change-requests`, {
      proposed: { ...proposed, hours: marker },
      baseVersion: agency.version,
      note: marker,
    })
  ).id;
  const lists = await must<Record<string, (Item & { code: string })[]>>(t, staff, 'GET', '/api/code-lists');
  ids.codeItem = lists.school_district![0]!.id;

  // Plan: an indicator, a metric, a draft entry of community-care and a survey.
  const indicators = await must<{ items: (Item & { division: { code: string } })[] }>(
    t,
    planner,
    'GET',
    '/api/plan/indicators',
  );
  ids.indicator = indicators.items.find((i) => i.division.code === 'community-care')!.id;
  ids.metric = (await must<{ items: { key: string }[] }>(t, planner, 'GET', '/api/plan/metrics'))
    .items[0]!.key;
  const plan = await must<{ policies: { no: number; items: { id: string; no: number }[] }[] }>(
    t,
    planner,
    'GET',
    '/api/plan?fiscalYear=2023',
  );
  ids.planItem = plan.policies.find((p) => p.no === 4)!.items.find((i) => i.no === 1)!.id;
  const entry = await must<Item>(t, reporter, 'POST', '/api/plan/entries', {
    itemId: ids.planItem,
    fiscalYear: 2023,
    divisionCode: 'community-care',
  });
  ids.entry = entry.id;
  await must(t, reporter, 'PUT', `/api/plan/entries/${entry.id}`, {
    version: entry.version,
    achievements: marker,
    nextSteps: marker,
  });
  ids.survey = (
    await must<Item>(t, planner, 'POST', '/api/plan/surveys', { fiscalYear: 2025, closesOn: '2099-03-31' })
  ).id;

  await addProgrammeFixtures(t, { staff, desk, community, civic, medical }, ids, marker);
  ids.schoolDistrict = lists.school_district![0]!.code;
  return { marker, sessions, ids };
}

/** The session of an actor for an endpoint whose records belong to `division`; null when signed out. */
export function sessionFor(f: Fixtures, actor: Actor, division: string): Session | null {
  if (actor === 'signedOut') return null;
  const email = actor === 'progOwn' ? PROGRAMME_STAFF_OF[division] : EMAILS[actor];
  if (!email) throw new Error(`no programme staff of ${division}`);
  return f.sessions[email]!;
}
