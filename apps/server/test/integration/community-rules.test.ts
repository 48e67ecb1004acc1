import type { EventInput } from '@tsunagu/contracts/community';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advisorId,
  communitySessions,
  createPost,
  dispatchInput,
  eventInput,
  organisationInput,
  physicianInput,
  postInput,
  receiveDispatch,
  recordEvent,
} from '../support/community';
import { created, issuePaths, rowCount } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The rules of community building (SPEC M6) beyond who may write: input the server refuses — 400
// naming the field and writing nothing, 404 for what does not exist, never a 5xx. The course of an
// advisor dispatch is in community-dispatch.test.ts.

let t: TestApp;
let kominkan: Session;
let community: Session;
let civic: Session;
let medical: Session;
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
