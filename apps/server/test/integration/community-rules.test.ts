import type {
  AdvisorList,
  DispatchDueList,
  DispatchList,
  DispatchRequest,
  EventInput,
} from '@tsunagu/contracts/community';
import { addDays, addMonths, toIsoDate } from '@tsunagu/japan';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advisorId,
  communitySessions,
  createPost,
  dispatchInput,
  eventInput,
  heldDispatch,
  organisationInput,
  physicianInput,
  postInput,
  receiveDispatch,
  recordEvent,
} from '../support/community';
import { created, issuePaths, ok, rowCount } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The rules of community building (SPEC M6) beyond who may write: the course of an advisor dispatch
// (eligibility, the session, at most two follow-ups within two months of it, the due list), and input
// the server refuses — 400 naming the field and writing nothing, 404 for what does not exist, never a 5xx.

let t: TestApp;
let kominkan: Session;
let community: Session;
let civic: Session;
let medical: Session;
const today = toIsoDate(new Date());
const UNKNOWN = '7b0c1f8e-2a4d-4c61-9a0e-3f2b5d6c7e81';
const TABLES = [
  'programme_events',
  'event_organisations',
  'support_councils',
  'community_organisations',
  'advisors',
  'dispatch_requests',
  'dispatch_follow_ups',
  'medical_care_physicians',
  'board_posts',
  'board_matches',
];
/** Row counts of every table community building writes, to show that a refused request wrote nothing. */
const counts = () => Promise.all(TABLES.map((n) => rowCount(t, n)));

beforeAll(async () => {
  t = await createTestApp();
  const as = communitySessions(t);
  kominkan = await as('kominkan');
  community = await as('community');
  civic = await as('civic');
  medical = await as('medical');
});
afterAll(() => t.close());

describe(`the course of an advisor dispatch (${dbKind()})`, () => {
  const url = (r: { id: string }, step = '') => `/api/community/dispatches/${r.id}${step}`;
  const followUp = (r: { id: string }, heldOn: string) =>
    t.call(civic, 'POST', url(r, '/follow-ups'), { heldOn, way: 'question', note: '追加の質問に回答。' });

  it('receives an eligible request, and keeps an ineligible one as 対象外 with its reasons', async () => {
    const eligible = await receiveDispatch(t, civic);
    expect([eligible.status, eligible.fiscalYear, eligible.eligibility.eligible]).toEqual([
      'received',
      2024,
      true,
    ]);
    const ineligible = await receiveDispatch(t, civic, {
      groupRegistration: 'none',
      groupActiveSince: '2024-01-10',
    });
    expect(ineligible.status).toBe('ineligible');
    expect(ineligible.eligibility.checks.map((c) => [c.code, c.ok])).toEqual([
      ['registered', false],
      ['active_one_year', false],
    ]);
    expect(ineligible.eligibility.checks[1]!.messageJa).toContain('2025-01-10');
    const list = await ok<DispatchList>(t, civic, 'GET', '/api/community/dispatches?status=ineligible');
    expect(list.items.map((i) => i.id)).toEqual([ineligible.id]);
    expect(list.rules).toEqual({ maxFollowUps: 2, followUpMonths: 2, minActiveYears: 1 });
  });

  it('previews the eligibility: active a year to the day is enough, a day less is not', async () => {
    const preview = (groupActiveSince: string) =>
      ok<DispatchRequest['eligibility']>(t, civic, 'POST', '/api/community/dispatches/eligibility', {
        groupRegistration: 'hiroba',
        groupActiveSince,
        receivedOn: '2024-05-01',
      });
    expect((await preview('2023-05-01')).eligible).toBe(true);
    const short = await preview('2023-05-02');
    expect(short.checks.map((c) => c.ok)).toEqual([true, false]);
  });

  it('lists the 11 advisors of the demo, and adds and edits one', async () => {
    const list = await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors');
    expect([list.items.length, list.abilities.edit]).toEqual([11, true]);
    expect(list.items.map((a) => a.name)).toContain('社会福祉法人報恩積善会');
    const added = await created<AdvisorList['items'][number]>(t, civic, '/api/community/advisors', {
      name: 'NPO法人テスト防災ネット',
      fieldCode: 'revitalisation',
      sinceFiscalYear: 2024,
    });
    expect([added.active, added.dispatches]).toEqual([true, 0]);
    const edited = await ok<typeof added>(t, civic, 'PUT', `/api/community/advisors/${added.id}`, {
      ...added,
      active: false,
    });
    expect([edited.active, edited.version]).toEqual([false, added.version + 1]);
    expect((await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors')).items.length).toBe(12);
  });

  it('schedules and holds the session, then takes two follow-ups within two months; the 2nd closes', async () => {
    const received = await receiveDispatch(t, civic, { receivedOn: '2024-05-01' });
    const advisor = await advisorId(t, civic);
    const scheduled = await ok<DispatchRequest>(t, civic, 'POST', url(received, '/schedule'), {
      advisorId: advisor,
      sessionOn: '2024-05-20',
      version: received.version,
    });
    expect([scheduled.status, scheduled.advisorId, scheduled.advisorName]).toEqual([
      'scheduled',
      advisor,
      '竜之口学区電子町内会',
    ]);
    const held = await ok<DispatchRequest>(t, civic, 'POST', url(received, '/session'), {
      sessionOn: '2024-05-20',
      sessionHours: 2,
      sessionFormat: 'lecture',
      sessionParticipants: 15,
      version: scheduled.version,
    });
    expect([held.status, held.followUpUntil, held.followUpsLeft]).toEqual(['held', '2024-07-20', 2]);
    for (const outside of ['2024-05-19', '2024-07-21'])
      expect(issuePaths(await followUp(held, outside)), outside).toEqual(['body.heldOn']);
    const one = await followUp(held, '2024-06-01');
    expect([one.statusCode, one.json().status, one.json().followUpsLeft]).toEqual([201, 'held', 1]);
    const two = (await followUp(held, '2024-07-20')).json() as DispatchRequest;
    expect([two.status, two.followUpsLeft, two.followUps.map((f) => f.number)]).toEqual([
      'closed',
      0,
      [1, 2],
    ]);
    const third = await followUp(held, '2024-07-01');
    expect([third.statusCode, third.json().error.code]).toEqual([409, 'conflict']);
    const advisors = await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors');
    expect(advisors.items.find((a) => a.id === advisor)!.dispatches).toBe(1);
  });

  it('closes a held request and withdraws a received one, each once', async () => {
    const held = await heldDispatch(t, civic, '2024-06-01');
    const closed = await ok<DispatchRequest>(t, civic, 'POST', url(held, '/close'), {
      version: held.version,
    });
    expect(closed.status).toBe('closed');
    expect((await t.call(civic, 'POST', url(held, '/close'), { version: closed.version })).statusCode).toBe(
      409,
    );
    const received = await receiveDispatch(t, civic);
    const withdraw = (version: number) => t.call(civic, 'POST', url(received, '/withdraw'), { version });
    const withdrawn = (await withdraw(received.version)).json() as DispatchRequest;
    expect(withdrawn.status).toBe('withdrawn');
    expect((await withdraw(withdrawn.version)).statusCode).toBe(409);
    expect(
      (await t.call(civic, 'POST', url(held, '/withdraw'), { version: closed.version })).statusCode,
    ).toBe(409);
  });

  it('lists the follow-ups due: the window still open, or passed without the request being closed', async () => {
    const old = await heldDispatch(t, civic, addDays(today, -200), { groupName: '昔の会' });
    const recent = await heldDispatch(t, civic, addDays(today, -7), { groupName: '最近の会' });
    expect((await followUp(recent, addDays(today, -1))).statusCode).toBe(201);
    const due = await ok<DispatchDueList>(t, civic, 'GET', '/api/community/dispatches/due');
    const until = addMonths(addDays(today, -7), 2);
    const days = Math.round((Date.parse(until) - Date.parse(today)) / 86_400_000);
    expect(due.items.map((d) => [d.id, d.followUpsDone, d.followUpsLeft, d.daysLeft, d.expired])).toEqual([
      [old.id, 0, 2, expect.any(Number), true],
      [recent.id, 1, 1, days, false],
    ]);
    expect(due.items[0]!.daysLeft).toBeLessThan(0);
    expect([due.open, due.expired]).toEqual([1, 1]);
  });
});

describe(`input the server refuses (${dbKind()})`, () => {
  type Call = () => Promise<LightMyRequestResponse>;
  const api = (s: Session, method: 'GET' | 'POST' | 'PUT', path: string, body?: object) => () =>
    t.call(s, method, `/api/community/${path}`, body);
  /** Each call answers 400 naming exactly the field, and nothing is written. */
  async function refuses(cases: [Call, string][]) {
    const before = await counts();
    for (const [call, path] of cases) expect(issuePaths(await call()), path).toEqual([path]);
    expect(await counts()).toEqual(before);
  }
  const event = (s: Session, o: Partial<EventInput>) => api(s, 'POST', 'events', eventInput(o));
  const supporter = { programmeCode: 'supporter-course', themeCode: null, counts: {} };

  it('an event: each bad field named', async () => {
    const meeting = { programmeCode: 'community-meetings', kindCode: 'city', themeCode: null };
    const training = { programmeCode: 'home-care-training', kindCode: 'visiting-care', themeCode: null };
    await refuses([
      [event(kominkan, { programmeCode: 'nope' }), 'body.programmeCode'],
      [event(kominkan, { kindCode: 'workshop' }), 'body.kindCode'],
      [event(kominkan, { counts: { graduates: 3 } }), 'body.counts.graduates'],
      [event(kominkan, { themeCode: null }), 'body.themeCode'],
      [event(kominkan, { themeCode: 'space' }), 'body.themeCode'],
      [event(community, { ...supporter, themeCode: 'community' }), 'body.themeCode'],
      [event(kominkan, { professions: ['doctor'] }), 'body.professions'],
      [event(medical, { ...training, professions: ['astronaut'] }), 'body.professions'],
      [event(kominkan, { sessions: 0 }), 'body.sessions'],
      [event(kominkan, { counts: { participants: -1 } }), 'body.counts.participants'],
      [event(kominkan, { heldOn: '2024-02-30' }), 'body.heldOn'],
      [event(kominkan, { title: '  ' }), 'body.title'],
      [event(kominkan, { schoolDistrictCode: 'atlantis' }), 'body.schoolDistrictCode'],
      [
        event(kominkan, { schoolDistrictCode: 'uchisange', welfareDistrictCode: 'naka' }),
        'body.welfareDistrictCode',
      ],
      [event(community, { ...meeting, organisationIds: [UNKNOWN] }), 'body.organisationIds'],
    ]);
  });

  it('a survey that follows no earlier course of its own programme', async () => {
    const course = await recordEvent(t, community, { ...supporter, heldOn: '2019-06-01' });
    const later = await recordEvent(t, community, { ...supporter, heldOn: '2020-01-10' });
    const ofKominkan = await recordEvent(t, kominkan, { heldOn: '2019-05-01' });
    const survey = { ...supporter, kindCode: 'activity-survey', heldOn: '2019-12-01' };
    const first = await recordEvent(t, community, { ...survey, followsEventId: course.id });
    const follows = (o: Partial<EventInput>) => event(community, { ...survey, ...o });
    await refuses([
      [follows({ followsEventId: ofKominkan.id }), 'body.followsEventId'], // another programme
      [follows({ followsEventId: first.id }), 'body.followsEventId'], // another kind
      [follows({ followsEventId: later.id }), 'body.followsEventId'], // a later course
      [follows({ followsEventId: UNKNOWN }), 'body.followsEventId'],
      [follows({ kindCode: 'course', followsEventId: course.id }), 'body.followsEventId'], // follows nothing
    ]);
  });

  it('a council, a dispatch, an advisor, a physician, an organisation, a post', async () => {
    const base = { established: true, active: true, activities: [], version: null };
    const council = (o: object, path = 'councils/uchisange/2021') =>
      api(community, 'PUT', path, { ...base, ...o });
    const dispatch = (o: object) => api(civic, 'POST', 'dispatches', { ...dispatchInput(), ...o });
    const physician = (o: object) => api(medical, 'POST', 'physicians', { ...physicianInput(), ...o });
    const post = (o: object) => api(community, 'POST', 'board/posts', { ...postInput(), ...o });
    const organisation = (o: object) =>
      api(community, 'POST', 'organisations', { ...organisationInput(), ...o });
    await refuses([
      [council({ established: false }), 'body.active'],
      [council({ established: false, active: false, activities: ['watching'] }), 'body.activities'],
      [council({ activities: ['flying'] }), 'body.activities'],
      [council({ meetings: -1 }), 'body.meetings'],
      [council({ establishedOn: '2019-13-01' }), 'body.establishedOn'],
      [council({}, 'councils/uchisange/20x1'), 'params.fiscalYear'],
      [api(community, 'POST', 'councils/carry-forward', { fiscalYear: 1800 }), 'body.fiscalYear'],
      [dispatch({ fieldCode: 'cooking' }), 'body.fieldCode'],
      [dispatch({ request: '   ' }), 'body.request'],
      [dispatch({ receivedOn: '2024-02-30' }), 'body.receivedOn'],
      [dispatch({ groupRegistration: 'city' }), 'body.groupRegistration'],
      [dispatch({ schoolDistrictCode: 'atlantis' }), 'body.schoolDistrictCode'],
      [
        api(civic, 'POST', 'dispatches/eligibility', { groupRegistration: 'none', receivedOn: '2024-05-01' }),
        'body.groupActiveSince',
      ],
      [api(civic, 'POST', 'advisors', { name: 'x', fieldCode: 'cooking' }), 'body.fieldCode'],
      [api(civic, 'POST', 'advisors', { name: '', fieldCode: 'ict' }), 'body.name'],
      [physician({ careTypes: [] }), 'body.careTypes'],
      [physician({ careTypes: ['magic'] }), 'body.careTypes'],
      [physician({ withdrawnOn: '2024-03-31' }), 'body.withdrawnOn'],
      [physician({ schoolDistrictCode: 'atlantis' }), 'body.schoolDistrictCode'],
      [organisation({ kind: 'guild' }), 'body.kind'],
      [organisation({ name: '' }), 'body.name'],
      [post({ kind: 'offer' }), 'body.organisationId'],
      [post({ postedBy: '' }), 'body.postedBy'],
      [post({ fieldCode: 'cooking' }), 'body.fieldCode'],
      [post({ organisationId: UNKNOWN }), 'body.organisationId'],
    ]);
  });

  it('a step of a dispatch or a match given the wrong thing: 400 on the field, 409 on the state', async () => {
    const received = await receiveDispatch(t, civic, { receivedOn: '2024-05-01' });
    const step = (name: string, body: object) =>
      api(civic, 'POST', `dispatches/${received.id}/${name}`, body);
    const { version } = received;
    const advisor = await advisorId(t, civic);
    const session = {
      sessionOn: '2024-05-20',
      sessionHours: 2,
      sessionFormat: 'lecture',
      sessionParticipants: 5,
      version,
    };
    const need = await createPost(t, community);
    const another = await createPost(t, community, { title: '別のニーズ' });
    const org = await created<{ id: string }>(
      t,
      community,
      '/api/community/organisations',
      organisationInput(),
    );
    await refuses([
      [step('schedule', { advisorId: UNKNOWN, sessionOn: '2024-05-20', version }), 'body.advisorId'],
      [step('schedule', { advisorId: advisor, sessionOn: '2024-04-30', version }), 'body.sessionOn'],
      [step('session', { ...session, sessionHours: 0 }), 'body.sessionHours'],
      [step('session', { ...session, sessionFormat: 'party' }), 'body.sessionFormat'],
      [
        api(community, 'POST', 'board/matches', {
          needPostId: need.id,
          offerPostId: another.id,
          agreedOn: '2024-08-01',
        }),
        'body.offerPostId',
      ],
      [
        api(community, 'PUT', `board/posts/${need.id}`, {
          ...postInput({ kind: 'offer', organisationId: org.id }),
          version: need.version,
        }),
        'body.kind',
      ],
    ]);
    expect((await step('session', session)()).statusCode).toBe(409); // not scheduled yet
    expect((await step('follow-ups', { heldOn: '2024-05-21', way: 'question' })()).statusCode).toBe(409);
  });

  it('what does not exist: 404; a malformed id or query: 400', async () => {
    const missing: Call[] = [
      api(kominkan, 'GET', `events/${UNKNOWN}`),
      api(kominkan, 'PUT', `events/${UNKNOWN}`, { ...eventInput(), programmeCode: undefined, version: 1 }),
      api(kominkan, 'GET', 'programmes/nope/events'),
      api(kominkan, 'GET', 'programmes/nope/totals'),
      api(community, 'PUT', 'councils/atlantis/2021', { established: false, active: false, version: null }),
      api(civic, 'GET', `dispatches/${UNKNOWN}`),
      api(civic, 'POST', `dispatches/${UNKNOWN}/close`, { version: 1 }),
      api(civic, 'PUT', `advisors/${UNKNOWN}`, { name: 'x', fieldCode: 'ict', version: 1 }),
      api(medical, 'PUT', `physicians/${UNKNOWN}`, { ...physicianInput(), version: 1 }),
      api(community, 'PUT', `organisations/${UNKNOWN}`, { ...organisationInput(), version: 1 }),
      api(community, 'PUT', `board/posts/${UNKNOWN}`, { ...postInput(), version: 1 }),
      api(community, 'POST', `board/posts/${UNKNOWN}/close`, { version: 1 }),
    ];
    for (const call of missing) {
      const res = await call();
      expect(res.statusCode, res.body).toBe(404);
    }
    await refuses([
      [api(kominkan, 'GET', 'events/not-a-uuid'), 'params.id'],
      [api(kominkan, 'GET', 'programmes/kominkan-courses/events?fiscalYear=abc'), 'querystring.fiscalYear'],
      [api(civic, 'GET', 'dispatches?status=lost'), 'querystring.status'],
      [api(medical, 'GET', 'physicians?homeVisits=maybe'), 'querystring.homeVisits'],
      [api(kominkan, 'GET', 'figures?from=abc'), 'querystring.from'],
    ]);
    const backwards = await api(kominkan, 'GET', 'programmes/kominkan-courses/totals?from=2021&to=2019')();
    expect(backwards.statusCode).toBe(400);
  });

  it('never answers 5xx to a body of the wrong shape', async () => {
    const admin = await communitySessions(t)('admin');
    const writes: ['POST' | 'PUT', string][] = [
      ['POST', 'events'],
      ['PUT', `events/${UNKNOWN}`],
      ['PUT', 'councils/uchisange/2021'],
      ['POST', 'councils/carry-forward'],
      ['POST', 'organisations'],
      ['POST', 'advisors'],
      ['POST', 'dispatches'],
      ['POST', 'dispatches/eligibility'],
      ['POST', `dispatches/${UNKNOWN}/follow-ups`],
      ['POST', 'physicians'],
      ['POST', 'board/posts'],
      ['POST', 'board/matches'],
    ];
    const shapes = [
      {},
      [],
      { counts: 'many', version: 'one' },
      { programmeCode: 42, kind: {}, careTypes: 'x' },
    ];
    for (const [method, path] of writes)
      for (const body of shapes) {
        const res = await api(admin, method, path, body as object)();
        expect(res.statusCode, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      }
  });
});
