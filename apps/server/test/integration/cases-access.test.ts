import type { Role } from '@tsunagu/contracts';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToTeam, openCoordinatedCase, planInput } from '../support/cases';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { createMeeting, meetingInput, minutesInput, readMeeting } from '../support/meetings';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC §4 for coordinated cases, as one table: team agencies see the case; 支援会議 attendees see
// only the agenda cases, for that meeting (through the meeting page); coordinators see all;
// advisors see the cases they advise on; everyone else gets 404. Each rule on read, list, search
// and export. Case A: 中区 on the team, 社協 (the advisor's agency) as アドバイザー, a 支援会議
// about it attended by 寄り添い. Case B: the coordinator desk and 生涯かつやく (whose only user is
// programme staff, who see aggregates, not case records) on the team.

let t: TestApp;
let sessionOf: (role: Role | 'naka' | 'yorisoi') => Promise<Session>;
let coordinator: Session;
let auditor: Session;
const cases: Record<'A' | 'B', { caseId: string; householdId: string; number: number; familyName: string }> =
  {} as never;
let meetingId: string;

type Cell = 200 | 404 | 'listed' | 'absent' | 'found' | 'none';
type Row = [who: string, session: Role | 'naka' | 'yorisoi', subject: 'A' | 'B', ...cells: Cell[]];

// biome-ignore format: the access rule reads best as a table
const MATRIX: Row[] = [
  //                                                     case                         read  list      search   export
  ['coordinator',                           'coordinator',       'A',                 200, 'listed', 'found', 200],
  ['coordinator (any case)',                'coordinator',       'B',                 200, 'listed', 'found', 200],
  ['team agency staff (中区)',              'naka',              'A',                 200, 'listed', 'found', 200],
  ['team agency staff, not its case',       'naka',              'B',                 404, 'absent', 'none',  404],
  ['advisor, 社協 on the team (アドバイザー)', 'advisor',           'A',                 200, 'listed', 'found', 200],
  ['advisor, 社協 not on the team',          'advisor',           'B',                 404, 'absent', 'none',  404],
  ['支援会議 attendee (寄り添い), acknowledged', 'yorisoi',           'A',                 404, 'absent', 'none',  404],
  ['unrelated agency staff (寄り添い)',       'yorisoi',           'B',                 404, 'absent', 'none',  404],
  ['requesting agency (北区中央), not on team', 'agency_staff',      'A',                 404, 'absent', 'none',  404],
  ['programme staff, 生涯かつやく on the team', 'programme_staff',   'B',                 404, 'absent', 'none',  404],
  ['planner',                               'planner',           'A',                 404, 'absent', 'none',  404],
  ['auditor',                               'auditor',           'A',                 404, 'absent', 'none',  404],
];

/** What the session gets from each operation on the subject case. */
async function probe(session: Session, subject: 'A' | 'B') {
  const { caseId, familyName } = cases[subject];
  const ids = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id);
  };
  const list = ids(await t.call(session, 'GET', '/api/cases?limit=100'));
  const search = ids(await t.call(session, 'GET', `/api/cases?q=${encodeURIComponent(familyName)}`));
  const exported = await t.call(session, 'GET', `/api/cases/${caseId}/plan.xlsx`);
  return [
    (await t.call(session, 'GET', `/api/cases/${caseId}`)).statusCode,
    list.includes(caseId) ? 'listed' : 'absent',
    search.length === 0 ? 'none' : search.join() === caseId ? 'found' : `unexpected ${search.join()}`,
    exported.statusCode,
  ];
}

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  const named = {
    naka: t.loginAs('staff-naka@demo.example'),
    yorisoi: t.loginAs('staff-yorisoi@demo.example'),
  };
  sessionOf = (who) => (who === 'naka' || who === 'yorisoi' ? named[who] : login(who));
  coordinator = await login('coordinator');
  auditor = await login('auditor');
  const staff = await login('agency_staff');
  const agency = async (code: string) => (await agencyByCode(t, staff, code)).id;
  const [naka, shakyo, yorisoi, katsuyaku] = [
    await agency('hokatsu-naka'),
    await agency('shakyo'),
    await agency('yorisoi-support'),
    await agency('shogai-katsuyaku'),
  ];
  for (const [key, familyName, familyNameKana] of [
    ['A', '座間味', 'ザマミ'],
    ['B', '伊是名', 'イゼナ'],
  ] as const) {
    const c = await openCoordinatedCase(t, staff, coordinator, { familyName, familyNameKana });
    cases[key] = { ...c, familyName };
    const plan = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/plans`, planInput(naka));
    const approved = await t.call(coordinator, 'POST', `/api/plans/${plan.json().plans[0].id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
  }
  await addToTeam(t, coordinator, cases.A.caseId, naka, 'person_support');
  await addToTeam(t, coordinator, cases.A.caseId, shakyo, 'advisor');
  // An agency whose only user is programme staff: its team link opens nothing to that user (SPEC §4).
  await addToTeam(t, coordinator, cases.B.caseId, katsuyaku, 'person_support');
  meetingId = await createMeeting(
    t,
    coordinator,
    meetingInput('support_council', [cases.A.caseId], [yorisoi, naka]),
  );
});
afterAll(() => t.close());

describe(`who sees a coordinated case (${dbKind()})`, () => {
  it('a 支援会議 attendee sees no agenda before acknowledging secrecy', async () => {
    const yorisoi = await sessionOf('yorisoi');
    const before = await readMeeting(t, yorisoi, meetingId);
    expect(before.caseCount).toBe(1);
    expect(before.agenda).toEqual([]);
  });

  it('after acknowledging, it sees the agenda case through the meeting, and only there', async () => {
    const yorisoi = await sessionOf('yorisoi');
    const own = (await readMeeting(t, yorisoi, meetingId)).abilities.acknowledge;
    const ack = await t.call(yorisoi, 'POST', `/api/meetings/${meetingId}/acknowledge`, {
      attendeeId: own[0],
    });
    expect(ack.statusCode, ack.body).toBe(200);
    const [agenda] = (await readMeeting(t, yorisoi, meetingId)).agenda;
    expect(agenda).toMatchObject({
      caseId: cases.A.caseId,
      personName: '座間味 𠮷子',
      members: [{ name: '座間味 𠮷子', relationship: '本人' }],
      goals: ['母の介護サービスを整える', '息子が週1回外出できる'],
    });
    expect(agenda!.team.map((m) => m.role).sort()).toEqual([
      'advisor',
      'overall_coordination',
      'person_support',
    ]);
    expect((await t.call(yorisoi, 'GET', `/api/households/${cases.A.householdId}`)).statusCode).toBe(404);
  });

  for (const [who, session, subject, ...cells] of MATRIX) {
    it(`${who} — case ${subject}: read, list, search, export`, async () => {
      expect(await probe(await sessionOf(session), subject)).toEqual(cells);
    });
  }

  it('programme staff on a team read neither the case’s household nor its records, though the link is live', async () => {
    const desk = await sessionOf('programme_staff');
    const links = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from live_links
        where household_id = ${cases.B.householdId} and agency_id = ${desk.agencyId} and basis = 'case_team'
          and revoked_at is null`,
    );
    expect(links[0]!.n).toBe(1);
    expect((await t.call(desk, 'GET', `/api/households/${cases.B.householdId}`)).statusCode).toBe(404);
    expect((await t.call(desk, 'GET', `/api/cases/${cases.B.caseId}/records`)).statusCode).toBe(404);
  });

  it('search is kana- and width-insensitive and takes the case number, within what the actor sees', async () => {
    const [naka, coordinatorSession] = [await sessionOf('naka'), coordinator];
    const found = async (s: Session, q: string) =>
      (
        (await t.call(s, 'GET', `/api/cases?q=${encodeURIComponent(q)}`)).json().items as { id: string }[]
      ).map((i) => i.id);
    expect(await found(naka, 'ざまみ')).toEqual([cases.A.caseId]);
    expect(await found(naka, 'ｻﾞﾏﾐ')).toEqual([cases.A.caseId]);
    expect(await found(coordinatorSession, String(cases.B.number))).toEqual([cases.B.caseId]);
    expect(await found(naka, String(cases.B.number))).toEqual([]);
  });

  it('answers 401 to every read without a session', async () => {
    for (const url of [
      `/api/cases/${cases.A.caseId}`,
      '/api/cases',
      '/api/cases?q=座間味',
      `/api/cases/${cases.A.caseId}/plan.xlsx`,
    ])
      expect((await t.call(null, 'GET', url)).statusCode, url).toBe(401);
    expect((await t.call(coordinator, 'GET', '/api/cases?limit=0')).statusCode).toBe(400);
    expect((await t.call(coordinator, 'GET', '/api/cases?stage=lost')).statusCode).toBe(400);
  });

  it('once the meeting is closed, the attendee’s agenda is empty', async () => {
    const [naka, yorisoi] = [await sessionOf('naka'), await sessionOf('yorisoi')];
    const own = (await readMeeting(t, naka, meetingId)).abilities.acknowledge;
    await t.call(naka, 'POST', `/api/meetings/${meetingId}/acknowledge`, { attendeeId: own[0] });
    const { version } = await readMeeting(t, coordinator, meetingId);
    const held = await t.call(
      coordinator,
      'POST',
      `/api/meetings/${meetingId}/minutes`,
      minutesInput(version),
    );
    expect(held.statusCode, held.body).toBe(200);
    expect((await readMeeting(t, yorisoi, held.json().id)).agenda).toHaveLength(1); // held: still open
    const closed = await t.call(coordinator, 'POST', `/api/meetings/${meetingId}/close`, {
      version: held.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await readMeeting(t, yorisoi, meetingId);
    expect(after).toMatchObject({ state: 'closed', caseCount: 1, agenda: [] });
    // The team member keeps seeing it: its access is the team, not the meeting.
    expect((await readMeeting(t, naka, meetingId)).agenda).toHaveLength(1);
  });

  it('every case read is audited as case.viewed, through the case or through the meeting', async () => {
    const [naka, yorisoi] = [await sessionOf('naka'), await sessionOf('yorisoi')];
    const viewed = async (s: Session) =>
      (await auditEvents(t, auditor, `action=case.viewed&actorUserId=${s.userId}`)).items
        .filter((e) => e.entityId === cases.A.caseId)
        .map((e) => e.payload);
    expect(await viewed(naka)).toContainEqual({ via: 'case' });
    expect(await viewed(naka)).toContainEqual({ via: 'meeting', meetingId });
    const byAttendee = await viewed(yorisoi);
    // Three reads of the open meeting after acknowledging (the acknowledgement's answer, the page,
    // the page once held); none before acknowledging, none after closing, none through the case.
    expect(byAttendee).toEqual(Array(3).fill({ via: 'meeting', meetingId }));
    const exported = await auditEvents(t, auditor, `action=case.exported&actorUserId=${naka.userId}`);
    expect(exported.items.map((e) => e.entityId)).toContain(cases.A.caseId);
  });
});
