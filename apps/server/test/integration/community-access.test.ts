import type {
  CommunityProgramme,
  DispatchDueList,
  DispatchList,
  DispatchRequest,
  ProgrammeEvent,
} from '@tsunagu/contracts/community';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '../../src/platform/db/scope';
import {
  type CommunityUser,
  communityActor,
  communitySessions,
  dispatchInput,
  eventInput,
  organisationInput,
  physicianInput,
  postInput,
  receiveDispatch,
  recordEvent,
} from '../support/community';
import { auditEvents } from '../support/factories';
import { ok, rowCount } from '../support/participation';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Who reads and writes community building (SPEC M6; migration 0032). Every signed-in user reads the
// programmes, events, councils, registries and figures; admins and planners write everything, and
// programme staff the records of their own division. A dispatch request names a group's contact: only
// its division, planners and auditors read it. Row-level security holds the same line underneath.

let t: TestApp;
let as: (who: CommunityUser) => Promise<Session>;
let course: ProgrammeEvent; // a 公民館 course, recorded by kominkan@
let supporter: ProgrammeEvent; // a supporter course, recorded by community@
let request: DispatchRequest; // received by civic@
const CONTACT = '代表 吉備花子 090-9999-0000';
const GROUP = '吉備の里みまもり会';
const TABLES = [
  'programme_events',
  'support_councils',
  'community_organisations',
  'advisors',
  'dispatch_requests',
  'dispatch_follow_ups',
  'medical_care_physicians',
  'board_posts',
  'board_matches',
  'audit_events',
];
const counts = () => Promise.all(TABLES.map((n) => rowCount(t, n)));
const COUNCIL = { established: true, active: false, activities: [], version: null };

beforeAll(async () => {
  t = await createTestApp();
  as = communitySessions(t);
  course = await recordEvent(t, await as('kominkan'));
  supporter = await recordEvent(t, await as('community'), {
    programmeCode: 'supporter-course',
    themeCode: null,
    counts: { participants: 30, graduates: 28 },
  });
  request = await receiveDispatch(t, await as('civic'), { groupName: GROUP, contact: CONTACT });
});
afterAll(() => t.close());

describe(`without a session (${dbKind()})`, () => {
  it('answers 401 to every community route', async () => {
    const id = request.id;
    const routes: ['GET' | 'POST' | 'PUT', string][] = [
      ['GET', 'programmes'],
      ['GET', 'programmes/kominkan-courses/events'],
      ['GET', 'programmes/kominkan-courses/events.xlsx'],
      ['GET', 'programmes/kominkan-courses/totals'],
      ['POST', 'events'],
      ['GET', `events/${course.id}`],
      ['PUT', `events/${course.id}`],
      ['GET', 'councils'],
      ['PUT', 'councils/uchisange/2024'],
      ['POST', 'councils/carry-forward'],
      ['GET', 'figures'],
      ['GET', 'organisations'],
      ['POST', 'organisations'],
      ['PUT', `organisations/${id}`],
      ['GET', 'advisors'],
      ['POST', 'advisors'],
      ['PUT', `advisors/${id}`],
      ['GET', 'dispatches'],
      ['POST', 'dispatches'],
      ['POST', 'dispatches/eligibility'],
      ['GET', 'dispatches/due'],
      ['GET', `dispatches/${id}`],
      ...(['schedule', 'session', 'follow-ups', 'close', 'withdraw'] as const).map(
        (step) => ['POST', `dispatches/${id}/${step}`] as ['POST', string],
      ),
      ['GET', 'physicians'],
      ['POST', 'physicians'],
      ['PUT', `physicians/${id}`],
      ['GET', 'board'],
      ['POST', 'board/posts'],
      ['PUT', `board/posts/${id}`],
      ['POST', `board/posts/${id}/close`],
      ['POST', 'board/matches'],
    ];
    for (const [method, path] of routes) {
      const res = await t.call(null, method, `/api/community/${path}`, method === 'GET' ? undefined : {});
      expect([res.statusCode, res.json().error.code], `${method} ${path}`).toEqual([401, 'unauthenticated']);
    }
  });
});

describe(`who records which programme (${dbKind()})`, () => {
  it('each division writes its own programmes; planners and admins all; agency staff and auditors none', async () => {
    const writable = async (who: CommunityUser) => {
      const list = await ok<{ items: CommunityProgramme[] }>(
        t,
        await as(who),
        'GET',
        '/api/community/programmes',
      );
      expect(list.items.length, who).toBe(10);
      return list.items.filter((p) => p.canWrite).map((p) => p.code);
    };
    expect(await writable('kominkan')).toEqual(['kominkan-courses']);
    expect(await writable('community')).toEqual(['supporter-course', 'community-meetings']);
    expect(await writable('medical')).toEqual(['home-care-training', 'multidisciplinary', 'acp-lectures']);
    expect(await writable('civic')).toEqual([
      'disaster-volunteer-network',
      'leader-course',
      'workshops',
      'forums',
    ]);
    for (const who of ['staff', 'auditor'] as const) expect(await writable(who), who).toEqual([]);
    for (const who of ['planner', 'admin'] as const) expect((await writable(who)).length, who).toBe(10);
  });

  it('another division’s records: 403, nothing written and nothing audited', async () => {
    for (const who of ['kominkan', 'community', 'medical', 'civic', 'staff'] as const) await as(who);
    const before = await counts();
    const refused: [CommunityUser, 'POST' | 'PUT', string, object][] = [
      [
        'kominkan',
        'POST',
        'events',
        eventInput({ programmeCode: 'supporter-course', themeCode: null, counts: {} }),
      ],
      [
        'kominkan',
        'PUT',
        `events/${supporter.id}`,
        { ...eventInput({ themeCode: null }), version: supporter.version },
      ],
      ['community', 'POST', 'dispatches', dispatchInput()],
      ['community', 'POST', `dispatches/${request.id}/withdraw`, { version: request.version }],
      ['community', 'POST', 'advisors', { name: '別課の登録', fieldCode: 'ict' }],
      ['medical', 'PUT', 'councils/uchisange/2024', COUNCIL],
      ['medical', 'POST', 'councils/carry-forward', { fiscalYear: 2024 }],
      ['civic', 'POST', 'physicians', physicianInput()],
      ['kominkan', 'POST', 'board/posts', postInput()],
      ['staff', 'POST', 'organisations', organisationInput()],
    ];
    for (const [who, method, path, body] of refused) {
      const res = await t.call(await as(who), method, `/api/community/${path}`, body);
      expect([res.statusCode, res.json().error.code], `${who} ${method} ${path}`).toEqual([403, 'forbidden']);
    }
    expect(await counts()).toEqual(before);
  });
});

describe(`agency staff (${dbKind()})`, () => {
  it('reads programmes, events, councils, registries and figures, with no ability to write', async () => {
    const staff = await as('staff');
    const read = <T>(path: string) => ok<T>(t, staff, 'GET', `/api/community/${path}`);
    const events = await read<{ items: { id: string }[] }>('programmes/kominkan-courses/events');
    expect(events.items.map((e) => e.id)).toContain(course.id);
    expect((await read<ProgrammeEvent>(`events/${supporter.id}`)).counts).toEqual(supporter.counts);
    for (const path of ['councils', 'organisations', 'advisors', 'physicians', 'board'])
      expect((await read<{ abilities: { edit: boolean } }>(path)).abilities, path).toEqual({ edit: false });
    const figures = await read<{ sections: { code: string }[] }>('figures');
    expect(figures.sections.length).toBeGreaterThan(0);
    expect(
      (await t.call(staff, 'GET', '/api/community/programmes/kominkan-courses/events.xlsx')).statusCode,
    ).toBe(200);
  });

  it('writes nothing (403)', async () => {
    const staff = await as('staff');
    const before = await counts();
    const writes: ['POST' | 'PUT', string, object][] = [
      ['POST', 'events', eventInput()],
      ['PUT', `events/${course.id}`, { ...eventInput(), version: course.version }],
      ['PUT', 'councils/uchisange/2024', COUNCIL],
      ['POST', 'advisors', { name: '相談室', fieldCode: 'ict' }],
      ['POST', 'dispatches', dispatchInput()],
      ['POST', 'physicians', physicianInput()],
      ['POST', 'board/posts', postInput()],
    ];
    for (const [method, path, body] of writes)
      expect((await t.call(staff, method, `/api/community/${path}`, body)).statusCode, path).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe(`dispatch requests (${dbKind()})`, () => {
  it('are read by the dispatch division, planners and auditors only', async () => {
    for (const who of ['civic', 'planner', 'auditor'] as const) {
      const s = await as(who);
      const list = await ok<DispatchList>(t, s, 'GET', '/api/community/dispatches');
      expect(
        list.items.map((r) => r.id),
        who,
      ).toContain(request.id);
      expect(list.abilities.create, who).toBe(who !== 'auditor');
      expect(
        (await ok<DispatchRequest>(t, s, 'GET', `/api/community/dispatches/${request.id}`)).contact,
      ).toBe(CONTACT);
    }
    for (const who of ['staff', 'community', 'kominkan'] as const) {
      const s = await as(who);
      const list = await ok<DispatchList>(t, s, 'GET', '/api/community/dispatches');
      expect([list.items, list.abilities.create], who).toEqual([[], false]);
      expect((await t.call(s, 'GET', `/api/community/dispatches/${request.id}`)).statusCode, who).toBe(404);
      expect((await ok<DispatchDueList>(t, s, 'GET', '/api/community/dispatches/due')).items, who).toEqual(
        [],
      );
    }
  });

  it('an auditor reads them but changes nothing', async () => {
    const res = await t.call(
      await as('auditor'),
      'POST',
      `/api/community/dispatches/${request.id}/withdraw`,
      {
        version: request.version,
      },
    );
    expect(res.statusCode).toBe(403);
  });
});

describe(`admins and planners (${dbKind()})`, () => {
  it('write the records of every division', async () => {
    for (const who of ['planner', 'admin'] as const) {
      const s = await as(who);
      const post = (path: string, body: object) => t.call(s, 'POST', `/api/community/${path}`, body);
      const results = [
        (await post('events', eventInput({ title: `${who}の講座` }))).statusCode,
        (await post('events', eventInput({ programmeCode: 'supporter-course', themeCode: null, counts: {} })))
          .statusCode,
        (
          await t.call(
            s,
            'PUT',
            `/api/community/councils/${who === 'admin' ? 'kosai' : 'uchisange'}/2024`,
            COUNCIL,
          )
        ).statusCode,
        (await post('dispatches', dispatchInput())).statusCode,
        (await post('advisors', { name: `${who}の登録`, fieldCode: 'esd' })).statusCode,
        (await post('physicians', physicianInput())).statusCode,
        (await post('organisations', organisationInput({ name: `${who}法人` }))).statusCode,
        (await post('board/posts', postInput())).statusCode,
      ];
      expect(results, who).toEqual([201, 201, 200, 201, 201, 201, 201, 201]);
    }
  });
});

describe(`row-level security underneath (${dbKind()})`, () => {
  const query = async <T>(who: CommunityUser, q: SQL) =>
    runAs(t.db, communityActor(t, who, await as(who)), (tx) => rows<T>(tx, q));
  const insertEvent = (division: string) => sql`insert into programme_events
      (tenant_id, programme_code, division_code, kind_code, title, held_on)
      values (${t.publicTenantId}, 'supporter-course', ${division}, 'course', 'RLS', '2024-05-01') returning id`;

  it('programme staff cannot insert or update another division’s rows, even directly', async () => {
    const failure = await dbFailure(query('kominkan', insertEvent('community-care')));
    expect(failure?.code).toBe('42501');
    expect(await query('community', insertEvent('community-care'))).toHaveLength(1);
    const setNote = sql`update programme_events set note = 'x' where id = ${supporter.id} returning id`;
    expect(await query('kominkan', setNote)).toEqual([]);
    expect(await query('community', setNote)).toEqual([{ id: supporter.id }]);
    const dispatch = sql`insert into dispatch_requests (tenant_id, division_code, group_name, group_registration,
        group_active_since, field_code, request, received_on, status, eligibility)
      values (${t.publicTenantId}, 'civic-collaboration', 'x', 'none', '2020-01-01', 'ict', 'x', '2024-05-01',
        'received', '{}'::jsonb)`;
    expect((await dbFailure(query('community', dispatch)))?.code).toBe('42501');
  });

  it('dispatch requests are invisible to other readers, even directly', async () => {
    const seen = sql`select count(*)::int as n from dispatch_requests where id = ${request.id}`;
    const n = async (who: CommunityUser) => Number((await query<{ n: number }>(who, seen))[0]!.n);
    expect(await Promise.all((['civic', 'planner', 'auditor'] as const).map(n))).toEqual([1, 1, 1]);
    expect(await Promise.all((['staff', 'community', 'medical'] as const).map(n))).toEqual([0, 0, 0]);
  });
});

describe(`the audit log (${dbKind()})`, () => {
  it('records the writes and the reads of dispatch requests, without the group’s personal data', async () => {
    const auditor = await as('auditor');
    const planner = await as('planner');
    await ok(t, planner, 'GET', `/api/community/dispatches/${request.id}`);
    const by = async (action: string) => (await auditEvents(t, auditor, `action=${action}`)).items;
    expect((await by('programme_event.recorded')).find((e) => e.entityId === course.id)!.payload).toEqual({
      programmeCode: 'kominkan-courses',
    });
    const received = (await by('dispatch.received')).find((e) => e.entityId === request.id)!;
    expect(received.payload).toEqual({ eligible: true, status: 'received' });
    const viewed = await auditEvents(t, auditor, `action=dispatch.viewed&actorUserId=${planner.userId}`);
    expect(viewed.items.map((e) => e.entityId)).toContain(request.id);
    const listed = await auditEvents(t, auditor, `action=dispatch.listed&actorUserId=${auditor.userId}`);
    expect(listed.items.length).toBeGreaterThan(0);
    const staffViews = await auditEvents(
      t,
      auditor,
      `action=dispatch.viewed&actorUserId=${(await as('staff')).userId}`,
    );
    expect(staffViews.items).toEqual([]); // a 404 is not a read
    expect((await by('council.recorded')).map((e) => e.payload.schoolDistrictCode)).toContain('kosai');
    const all = await auditEvents(t, auditor, 'entityType=dispatch_request');
    expect(all.items.length).toBeGreaterThan(3);
    for (const e of all.items) {
      const text = JSON.stringify(e.payload);
      for (const personal of [CONTACT, GROUP, '090-', dispatchInput().request])
        expect(text, e.action).not.toContain(personal);
    }
  });
});
