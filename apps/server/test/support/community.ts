import type { Role } from '@tsunagu/contracts';
import type {
  BoardPost,
  BoardPostInput,
  DispatchRequest,
  DispatchRequestInput,
  EventInput,
  Organisation,
  OrganisationInput,
  PhysicianInput,
  ProgrammeEvent,
} from '@tsunagu/contracts/community';
import { addDays } from '@tsunagu/japan';
import type { UserActor } from '../../src/platform/auth/actor';
import { sessionActor } from './factories';
import { created, ok } from './participation';
import type { Session, TestApp } from './test-app';

/** The demo users of community building, by who they are (SPEC M6). */
export const COMMUNITY_USERS = {
  community: { email: 'community@demo.example', division: 'community-care', roles: ['programme_staff'] },
  civic: { email: 'civic@demo.example', division: 'civic-collaboration', roles: ['programme_staff'] },
  medical: { email: 'medical@demo.example', division: 'medical-policy', roles: ['programme_staff'] },
  kominkan: { email: 'kominkan@demo.example', division: 'kominkan-promotion', roles: ['programme_staff'] },
  staff: { email: 'staff@demo.example', division: null, roles: ['agency_staff'] },
  planner: { email: 'planner@demo.example', division: 'welfare-planning', roles: ['planner'] },
  admin: { email: 'admin@demo.example', division: null, roles: ['admin'] },
  auditor: { email: 'auditor@demo.example', division: null, roles: ['auditor'] },
} as const satisfies Record<string, { email: string; division: string | null; roles: readonly Role[] }>;
export type CommunityUser = keyof typeof COMMUNITY_USERS;

/** Signs in once per community demo user and reuses the session. */
export function communitySessions(t: TestApp): (who: CommunityUser) => Promise<Session> {
  const cache = new Map<CommunityUser, Promise<Session>>();
  return (who) => {
    if (!cache.has(who)) cache.set(who, t.loginAs(COMMUNITY_USERS[who].email));
    return cache.get(who)!;
  };
}

/** The actor of a signed-in community user, to query the tables directly under row-level security. */
export function communityActor(t: TestApp, who: CommunityUser, s: Session): UserActor {
  const u = COMMUNITY_USERS[who];
  return sessionActor(t, s, u.roles, u.division);
}

/** A 公民館 主催講座 (theme required); override what the test is about. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    programmeCode: 'kominkan-courses',
    kindCode: 'course',
    title: '地域の歴史を学ぶ講座',
    heldOn: '2019-05-10',
    venue: '京山公民館',
    schoolDistrictCode: null,
    welfareDistrictCode: null,
    themeCode: 'community',
    professions: [],
    sessions: 1,
    counts: { participants: 10 },
    organisationIds: [],
    followsEventId: null,
    note: '',
    ...overrides,
  };
}

/** The fields of an event an update takes (drops the programme and what the server adds). */
export function eventFields(e: ProgrammeEvent) {
  return {
    kindCode: e.kindCode,
    title: e.title,
    heldOn: e.heldOn,
    venue: e.venue,
    schoolDistrictCode: e.schoolDistrictCode,
    welfareDistrictCode: e.welfareDistrictCode,
    themeCode: e.themeCode,
    professions: e.professions,
    sessions: e.sessions,
    counts: e.counts,
    organisationIds: e.organisations.map((o) => o.id),
    followsEventId: e.follows?.id ?? null,
    note: e.note,
  };
}

/** Records an event as the session and returns it (fails unless 201). */
export const recordEvent = (t: TestApp, s: Session, overrides: Partial<EventInput> = {}) =>
  created<ProgrammeEvent>(t, s, '/api/community/events', eventInput(overrides));

/** A request from a registered group active since 2020 (eligible); override what the test is about. */
export function dispatchInput(overrides: Partial<DispatchRequestInput> = {}): DispatchRequestInput {
  return {
    groupName: '竜之口まちづくりの会',
    groupRegistration: 'esd_project',
    groupRegistrationRef: 'ESD-0123',
    groupActiveSince: '2020-04-01',
    contact: '連絡先 090-1111-2222 代表 山田',
    schoolDistrictCode: null,
    fieldCode: 'ict',
    request: '町内会の連絡をオンラインにしたい。',
    receivedOn: '2024-05-01',
    ...overrides,
  };
}

/** Receives a request as the session and returns it (fails unless 201). */
export const receiveDispatch = (t: TestApp, s: Session, overrides: Partial<DispatchRequestInput> = {}) =>
  created<DispatchRequest>(t, s, '/api/community/dispatches', dispatchInput(overrides));

/** The id of the advisor with the name (by default one of the demo's 11), as the session sees it. */
export async function advisorId(t: TestApp, s: Session, name = '竜之口学区電子町内会'): Promise<string> {
  const { items } = await ok<{ items: { id: string; name: string }[] }>(
    t,
    s,
    'GET',
    '/api/community/advisors',
  );
  const found = items.find((a) => a.name === name);
  if (!found) throw new Error(`no advisor ${name}`);
  return found.id;
}

/** A request received, scheduled and held on `sessionOn` (received 10 days before unless given). */
export async function heldDispatch(
  t: TestApp,
  s: Session,
  sessionOn: string,
  overrides: Partial<DispatchRequestInput> = {},
): Promise<DispatchRequest> {
  const receivedOn = overrides.receivedOn ?? addDays(sessionOn, -10);
  const received = await receiveDispatch(t, s, { receivedOn, ...overrides });
  const url = `/api/community/dispatches/${received.id}`;
  const scheduled = await ok<DispatchRequest>(t, s, 'POST', `${url}/schedule`, {
    advisorId: await advisorId(t, s),
    sessionOn,
    version: received.version,
  });
  return ok<DispatchRequest>(t, s, 'POST', `${url}/session`, {
    sessionOn,
    sessionHours: 2,
    sessionFormat: 'workshop',
    sessionParticipants: 12,
    sessionNote: 'グループLINEの使い方を実習。',
    version: scheduled.version,
  });
}

/** A physician of the 医療的ケア児 registry; override what the test is about. */
export function physicianInput(overrides: Partial<PhysicianInput> = {}): PhysicianInput {
  return {
    physicianName: '岡山 一郎',
    clinicName: 'おかやま小児クリニック',
    address: '岡山市北区テスト町1-1',
    schoolDistrictCode: null,
    phone: '086-000-1111',
    careTypes: ['tracheostomy'],
    ages: '0〜18歳',
    homeVisits: false,
    trainedOn: null,
    registeredOn: '2024-04-01',
    withdrawnOn: null,
    note: '',
    ...overrides,
  };
}

/** A participating organisation (社会福祉法人 unless given). */
export function organisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: '社会福祉法人テスト福祉会',
    kind: 'social_welfare_corporation',
    schoolDistrictCode: null,
    contact: '086-000-3333',
    note: '',
    active: true,
    ...overrides,
  };
}

/** Registers an organisation as the session and returns it (fails unless 201). */
export const createOrganisation = (t: TestApp, s: Session, overrides: Partial<OrganisationInput> = {}) =>
  created<Organisation>(t, s, '/api/community/organisations', organisationInput(overrides));

/** A community's need on the matching board; an offer needs `kind: 'offer'` and an organisation. */
export function postInput(overrides: Partial<BoardPostInput> = {}): BoardPostInput {
  return {
    kind: 'need',
    title: 'サロンの送迎を手伝ってほしい',
    body: '月2回、高齢者サロンへの送迎。',
    fieldCode: 'transport',
    schoolDistrictCode: null,
    organisationId: null,
    postedBy: '御津支え合い推進会議',
    postedOn: '2024-07-01',
    ...overrides,
  };
}

/** Posts on the board as the session and returns the post (fails unless 201). */
export const createPost = (t: TestApp, s: Session, overrides: Partial<BoardPostInput> = {}) =>
  created<BoardPost>(t, s, '/api/community/board/posts', postInput(overrides));
