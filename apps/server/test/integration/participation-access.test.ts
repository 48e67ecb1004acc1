import type { Household } from '@tsunagu/contracts/households';
import type {
  Employer,
  EmployerList,
  Fair,
  FairList,
  Opening,
  Participant,
  ParticipantList,
  Place,
  PlaceList,
  SuggestionList,
} from '@tsunagu/contracts/participation';
import { type SQL, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { agencyByCode, auditEvents, sessionActor, sessionsOf } from '../support/factories';
import { clientOf, intakeInput, readHousehold, recordIntake, soloIntake } from '../support/households';
import {
  created,
  employerInput,
  issuePaths,
  namedPerson,
  ok,
  openingInput,
  participantInput,
  participantLinks,
  rowCount,
} from '../support/participation';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Who sees a participant of 生涯活躍就労支援事業 (SPEC M5, §4): the registering agency and the agency
// the programme allocates the person to, each through a live link with basis 'participation'; nobody
// else. Reallocation moves the allocated agency's link, closing ends it. Employers, openings, places
// and fairs are read by every signed-in user and written only by those who work in a programme.

let t: TestApp;
let desk: Session; // programme_staff at 生涯かつやく支援センター (shogai-katsuyaku), the programme desk
let anabuki: Session; // agency_staff of the private agency of the programme (small barriers)
let staff: Session; // agency_staff at 北区中央 (hokatsu-kita-chuo), in no programme
let auditor: Session;
const agency = { katsuyaku: '', anabuki: '', kitaChuo: '' };
let opening: Opening; // open, so every work participant the actor sees is suggested for it

// Registered by the desk standalone (medium barrier → allocated to the desk's own agency).
let viaDesk: Participant;
// Registered by 北区中央 from its own intake's person (medium → allocated to the desk's agency).
let viaIntake: Participant;
let intakeHousehold: string;
// Registered by the desk standalone with a small barrier (→ the private agency), matched and closed.
let toClose: Participant;

const NAMES = ['備前', '吉備', '牛窓', '日生'];
const BIRTH_DATE = '1960-04-01';

const register = (s: Session, overrides: Parameters<typeof participantInput>[0]) =>
  t.call(s, 'POST', '/api/participation/participants', participantInput(overrides));
const read = (s: Session, id: string) => t.call(s, 'GET', `/api/participation/participants/${id}`);
/** The household a participant belongs to (the owner's read: the response does not carry it). */
async function householdOf(participantId: string) {
  const [r] = await rows<{ household_id: string }>(
    t.db,
    sql`select household_id from participants where id = ${participantId}`,
  );
  return r!.household_id;
}
const link = (agencyId: string, source: 'participant' | 'participant_registration', live: boolean) =>
  `${agencyId} ${source} ${live ? 'live' : 'revoked'}`;

/** What the session gets of a participant: its read, its list, the suggestions for the open opening. */
async function probe(s: Session, id: string) {
  const list = await ok<ParticipantList>(t, s, 'GET', '/api/participation/participants?limit=500');
  const forOpening = await ok<SuggestionList>(
    t,
    s,
    'GET',
    `/api/participation/openings/${opening.id}/suggestions?limit=100`,
  );
  return [
    (await read(s, id)).statusCode,
    (await t.call(s, 'GET', `/api/participation/participants/${id}/suggestions`)).statusCode,
    list.items.some((i) => i.id === id) ? 'listed' : 'absent',
    forOpening.items.some((i) => i.id === id) ? 'suggested' : 'not suggested',
  ];
}
const SEES = [200, 200, 'listed', 'suggested'];
const BLIND = [404, 404, 'absent', 'not suggested'];

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  desk = await login('programme_staff');
  auditor = await login('auditor');
  anabuki = await t.loginAs('staff-anabuki@demo.example');
  staff = await t.loginAs('staff@demo.example');
  agency.katsuyaku = (await agencyByCode(t, desk, 'shogai-katsuyaku')).id;
  agency.anabuki = (await agencyByCode(t, desk, 'anabuki-college-service')).id;
  agency.kitaChuo = (await agencyByCode(t, desk, 'hokatsu-kita-chuo')).id;
  const employer = await created<Employer>(t, desk, '/api/participation/employers', employerInput());
  opening = await created<Opening>(
    t,
    desk,
    `/api/participation/employers/${employer.id}/openings`,
    openingInput(),
  );
  const res = await register(desk, { person: namedPerson(NAMES[0]!, 'びぜん') });
  expect(res.statusCode, res.body).toBe(201);
  viaDesk = res.json();
});
afterAll(() => t.close());

describe(`without a session (${dbKind()})`, () => {
  it('answers 401 to every participation read', async () => {
    for (const url of [
      '/api/participation/participants',
      `/api/participation/participants/${viaDesk.id}`,
      `/api/participation/participants/${viaDesk.id}/suggestions`,
      `/api/participation/openings/${opening.id}/suggestions`,
      '/api/participation/follow-ups',
      '/api/participation/programmes',
      '/api/participation/employers',
      `/api/participation/employers/${opening.employerId}`,
      '/api/participation/places',
      '/api/participation/fairs',
      '/api/participation/statistics',
    ])
      expect((await t.call(null, 'GET', url)).statusCode, url).toBe(401);
  });
});

describe(`who sees a participant the desk registered (${dbKind()})`, () => {
  it('the desk holds a registration link and, as the allocated agency, a participation link', async () => {
    expect(viaDesk.allocatedAgency?.id).toBe(agency.katsuyaku);
    expect(await participantLinks(t, viaDesk.id)).toEqual(
      [
        link(agency.katsuyaku, 'participant', true),
        link(agency.katsuyaku, 'participant_registration', true),
      ].sort(),
    );
  });

  it('the desk sees it everywhere', async () => {
    expect(await probe(desk, viaDesk.id)).toEqual(SEES);
  });

  it('北区中央 (no link) gets 404 and finds it in no list or suggestion', async () => {
    expect(await probe(staff, viaDesk.id)).toEqual(BLIND);
    const household = await householdOf(viaDesk.id);
    expect((await t.call(staff, 'GET', `/api/households/${household}`)).statusCode).toBe(404);
  });

  it('the desk’s own links open the participant, not the household it made (404)', async () => {
    const household = await householdOf(viaDesk.id);
    expect((await t.call(desk, 'GET', `/api/households/${household}`)).statusCode).toBe(404);
  });

  it('the private agency, not allocated, does not see it either', async () => {
    expect(await probe(anabuki, viaDesk.id)).toEqual(BLIND);
  });

  it('a user of no agency registers no one (403) and sees no participant', async () => {
    const before = await rowCount(t, 'participants');
    const planner = await t.login('planner');
    const res = await register(planner, { person: namedPerson('企画', 'きかく') });
    expect(res.statusCode, res.body).toBe(403);
    expect(await rowCount(t, 'participants')).toBe(before);
    for (const s of [planner, auditor]) {
      expect((await read(s, viaDesk.id)).statusCode).toBe(404);
      const list = await ok<ParticipantList>(t, s, 'GET', '/api/participation/participants');
      expect([list.items, list.total]).toEqual([[], 0]);
    }
  });

  it('one without a link cannot change it: update, assign and close answer 404', async () => {
    const { version } = viaDesk;
    const writes = [
      t.call(staff, 'POST', `/api/participation/participants/${viaDesk.id}/assign`, {
        version,
        allocatedAgencyId: agency.kitaChuo,
        assignedUserId: staff.userId,
      }),
      t.call(anabuki, 'POST', `/api/participation/participants/${viaDesk.id}/assign`, {
        version,
        allocatedAgencyId: agency.anabuki,
        assignedUserId: anabuki.userId,
      }),
      t.call(staff, 'POST', `/api/participation/participants/${viaDesk.id}/close`, {
        version,
        closedOn: '2025-07-01',
        reason: '終了',
      }),
      t.call(staff, 'PUT', `/api/participation/participants/${viaDesk.id}`, {
        ...viaDesk.profile,
        aim: undefined,
        programmeCode: undefined,
        version,
      }),
      t.call(staff, 'POST', '/api/participation/matches', {
        participantId: viaDesk.id,
        openingId: opening.id,
        proposedOn: '2025-06-10',
      }),
    ];
    for (const res of await Promise.all(writes)) expect(res.statusCode, res.body).toBe(404);
    expect(
      (await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${viaDesk.id}`)).version,
    ).toBe(version);
    expect(await rowCount(t, 'matches')).toBe(0);
  });
});

describe(`reallocation (${dbKind()})`, () => {
  it('refuses an agency outside the programme and a staff member of another agency (400), changing nothing', async () => {
    const assign = (body: object) =>
      t.call(desk, 'POST', `/api/participation/participants/${viaDesk.id}/assign`, {
        version: viaDesk.version,
        ...body,
      });
    expect(issuePaths(await assign({ allocatedAgencyId: agency.kitaChuo, assignedUserId: null }))).toEqual([
      'body.allocatedAgencyId',
    ]);
    expect(
      issuePaths(await assign({ allocatedAgencyId: agency.anabuki, assignedUserId: desk.userId })),
    ).toEqual(['body.assignedUserId']);
    expect(
      issuePaths(await assign({ allocatedAgencyId: agency.anabuki, assignedUserId: staff.userId })),
    ).toEqual(['body.assignedUserId']);
    const now = await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${viaDesk.id}`);
    expect([now.version, now.allocatedAgency?.id]).toEqual([viaDesk.version, agency.katsuyaku]);
    expect(await participantLinks(t, viaDesk.id)).toHaveLength(2);
  });

  it('programme staff move it to the private agency: its link moves, the desk keeps its registration link', async () => {
    const moved = await ok<Participant>(
      t,
      desk,
      'POST',
      `/api/participation/participants/${viaDesk.id}/assign`,
      {
        version: viaDesk.version,
        allocatedAgencyId: agency.anabuki,
        assignedUserId: anabuki.userId,
        allocationNote: '本人の希望で民間の就労支援へ。',
      },
    );
    expect(moved.allocatedAgency?.id).toBe(agency.anabuki);
    expect(moved.assignedUser?.id).toBe(anabuki.userId);
    expect(moved.abilities.assign).toBe(true); // programme staff
    viaDesk = moved;
    expect(await participantLinks(t, viaDesk.id)).toEqual(
      [
        link(agency.katsuyaku, 'participant', false),
        link(agency.katsuyaku, 'participant_registration', true),
        link(agency.anabuki, 'participant', true),
      ].sort(),
    );
    expect(await probe(anabuki, viaDesk.id)).toEqual(SEES);
    expect(await probe(desk, viaDesk.id)).toEqual(SEES); // through its registration link
    expect(await probe(staff, viaDesk.id)).toEqual(BLIND);
    const seen = await ok<Participant>(t, anabuki, 'GET', `/api/participation/participants/${viaDesk.id}`);
    expect(seen.abilities.assign).toBe(true); // the allocated agency
    const mine = await ok<ParticipantList>(t, anabuki, 'GET', '/api/participation/participants?mine=1');
    expect(mine.items.map((i) => i.id)).toEqual([viaDesk.id]);
  });

  let handedBack: LightMyRequestResponse;

  it('the newly allocated agency may hand it back; it then loses its link', async () => {
    handedBack = await t.call(anabuki, 'POST', `/api/participation/participants/${viaDesk.id}/assign`, {
      version: viaDesk.version,
      allocatedAgencyId: agency.katsuyaku,
      assignedUserId: desk.userId,
    });
    expect(handedBack.statusCode, handedBack.body).toBe(204); // the change ended its own access
    viaDesk = await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${viaDesk.id}`);
    expect(viaDesk.allocatedAgency?.id).toBe(agency.katsuyaku);
    expect(await participantLinks(t, viaDesk.id)).toEqual(
      [
        link(agency.katsuyaku, 'participant', false),
        link(agency.katsuyaku, 'participant', true),
        link(agency.katsuyaku, 'participant_registration', true),
        link(agency.anabuki, 'participant', false),
      ].sort(),
    );
    expect(await probe(anabuki, viaDesk.id)).toEqual(BLIND);
  });
});

describe(`registration from a person the agency already supports (${dbKind()})`, () => {
  beforeAll(async () => {
    const intake = await recordIntake(
      t,
      staff,
      soloIntake({
        familyName: NAMES[1]!,
        familyNameKana: 'きび',
        givenName: '花子',
        givenNameKana: 'はなこ',
      }),
    );
    intakeHousehold = intake.householdId;
  });

  it('registers the person of its intake; the desk is allocated by the barrier rule', async () => {
    const personId = clientOf(await readHousehold(t, staff, intakeHousehold));
    const res = await register(staff, { person: undefined, personId });
    expect(res.statusCode, res.body).toBe(201);
    viaIntake = res.json();
    expect(viaIntake).toMatchObject({
      personId,
      programmeCode: 'lifelong',
      allocatedAgency: { id: agency.katsuyaku },
      assignedUser: null, // allocated elsewhere: the desk names its staff member
      abilities: { edit: true, assign: false },
    });
    // No registration link: 北区中央 already sees the household through its intake.
    expect(await participantLinks(t, viaIntake.id)).toEqual([link(agency.katsuyaku, 'participant', true)]);
    expect(await probe(staff, viaIntake.id)).toEqual(SEES);
  });

  it('the allocated desk sees the participant, not the household (SPEC §4: programme staff)', async () => {
    expect(await probe(desk, viaIntake.id)).toEqual(SEES);
    expect((await t.call(desk, 'GET', `/api/households/${intakeHousehold}`)).statusCode).toBe(404);
    const household: Household = await readHousehold(t, staff, intakeHousehold);
    expect(household.members.map((m) => m.person.familyName)).toEqual([NAMES[1]]);
    expect(await probe(anabuki, viaIntake.id)).toEqual(BLIND);
    expect((await t.call(anabuki, 'GET', `/api/households/${intakeHousehold}`)).statusCode).toBe(404);
  });

  it('the registering agency, not allocated, may not reallocate (403) and nothing changes', async () => {
    const res = await t.call(staff, 'POST', `/api/participation/participants/${viaIntake.id}/assign`, {
      version: viaIntake.version,
      allocatedAgencyId: agency.anabuki,
      assignedUserId: null,
      allocationNote: '近いので。',
    });
    expect(res.statusCode, res.body).toBe(403);
    const now = await ok<Participant>(t, staff, 'GET', `/api/participation/participants/${viaIntake.id}`);
    expect([now.version, now.allocatedAgency?.id]).toEqual([viaIntake.version, agency.katsuyaku]);
    expect(await participantLinks(t, viaIntake.id)).toEqual([link(agency.katsuyaku, 'participant', true)]);
  });

  it('a person the agency cannot see is not found (404), and nothing is written', async () => {
    const before = await rowCount(t, 'participants');
    const res = await register(anabuki, {
      person: undefined,
      personId: viaIntake.personId,
      barrierLevel: 'small',
    });
    expect(res.statusCode, res.body).toBe(404);
    expect(await rowCount(t, 'participants')).toBe(before);
  });

  it('a second open registration in the same programme is a conflict (409), whoever registers', async () => {
    const before = await rowCount(t, 'participants');
    for (const s of [staff, desk]) {
      const res = await register(s, { person: undefined, personId: viaIntake.personId });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('conflict');
    }
    expect(await rowCount(t, 'participants')).toBe(before);
  });
});

describe(`closing (${dbKind()})`, () => {
  let before: Participant;
  let closedByAnabuki: LightMyRequestResponse;
  let closedByDesk: LightMyRequestResponse;

  beforeAll(async () => {
    const res = await register(desk, { person: namedPerson(NAMES[2]!, 'うしまど'), barrierLevel: 'small' });
    expect(res.statusCode, res.body).toBe(201);
    toClose = res.json();
    expect(toClose.allocatedAgency?.id).toBe(agency.anabuki);
    // The private agency works with the person: a trial and a placement, a follow-up recorded, and a
    // second opening proposed.
    const second = await created<Opening>(
      t,
      anabuki,
      `/api/participation/employers/${opening.employerId}/openings`,
      openingInput({ title: '事務所の清掃', tasks: ['cleaning'], demands: [] }),
    );
    let p = await created<Participant>(t, anabuki, '/api/participation/matches', {
      participantId: toClose.id,
      openingId: opening.id,
      proposedOn: '2025-06-10',
    });
    let m = p.matches[0]!;
    p = await ok<Participant>(t, anabuki, 'POST', `/api/participation/matches/${m.id}/trial`, {
      version: m.version,
      trialFrom: '2025-06-16',
      trialTo: '2025-06-20',
    });
    m = p.matches[0]!;
    p = await ok<Participant>(t, anabuki, 'POST', `/api/participation/matches/${m.id}/place`, {
      version: m.version,
      placedOn: '2025-07-01',
    });
    const f = p.matches[0]!.followUps[0]!;
    await ok<Participant>(t, anabuki, 'POST', `/api/participation/follow-ups/${f.id}`, {
      version: f.version,
      doneOn: f.dueOn,
      personContacted: true,
      employerContacted: false,
      stillWorking: true,
    });
    toClose = await created<Participant>(t, anabuki, '/api/participation/matches', {
      participantId: toClose.id,
      openingId: second.id,
      proposedOn: '2025-08-01',
    });
  });

  it('the allocated agency closes it and loses its link; the registering desk keeps reading it', async () => {
    closedByAnabuki = await t.call(anabuki, 'POST', `/api/participation/participants/${toClose.id}/close`, {
      version: toClose.version,
      closedOn: '2025-09-30',
      reason: '本人の転居のため。',
    });
    expect(closedByAnabuki.statusCode, closedByAnabuki.body).toBe(204); // the change ended its own access
    expect(await participantLinks(t, toClose.id)).toEqual(
      [
        link(agency.anabuki, 'participant', false),
        link(agency.katsuyaku, 'participant_registration', true),
      ].sort(),
    );
    expect(await probe(anabuki, toClose.id)).toEqual(BLIND);
    before = await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${toClose.id}`);
    expect(before).toMatchObject({
      stage: 'closed',
      closedOn: '2025-09-30',
      abilities: { edit: false, assign: false },
    });
    // A closed participant is no longer a seeker: not suggested for the opening.
    const forOpening = await ok<SuggestionList>(
      t,
      desk,
      'GET',
      `/api/participation/openings/${opening.id}/suggestions?limit=100`,
    );
    expect(forOpening.items.map((i) => i.id)).not.toContain(toClose.id);
  });

  it('its matches and follow-ups no longer change (422 from the closed guard; 404 for a new proposal)', async () => {
    const [placed, proposed] = before.matches;
    expect([placed!.state, proposed!.state]).toEqual(['placed', 'proposed']);
    const pending = placed!.followUps.find((f) => f.doneOn === null)!;
    const attempts: [string, string, object, number][] = [
      [
        `/api/participation/matches/${proposed!.id}/trial`,
        'trial',
        { version: proposed!.version, trialFrom: '2025-08-04', trialTo: '2025-08-08' },
        422,
      ],
      [
        `/api/participation/matches/${proposed!.id}/place`,
        'place',
        { version: proposed!.version, placedOn: '2025-08-04' },
        422,
      ],
      [
        `/api/participation/matches/${proposed!.id}/decline`,
        'decline',
        { version: proposed!.version, endedOn: '2025-08-04', reason: '見送り' },
        422,
      ],
      [
        `/api/participation/matches/${placed!.id}/end`,
        'end',
        { version: placed!.version, endedOn: '2025-09-30', reason: '転居' },
        422,
      ],
      [
        `/api/participation/follow-ups/${pending.id}`,
        'follow-up',
        {
          version: pending.version,
          doneOn: pending.dueOn,
          personContacted: true,
          employerContacted: true,
          stillWorking: false,
        },
        422,
      ],
      [
        '/api/participation/matches',
        'propose',
        { participantId: toClose.id, openingId: opening.id, proposedOn: '2025-10-01' },
        404,
      ],
    ];
    for (const [url, what, body, status] of attempts) {
      const res = await t.call(desk, 'POST', url, body);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
    }
    const after = await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${toClose.id}`);
    expect(after.matches).toEqual(before.matches);
  });

  it('the participant itself no longer changes (409)', async () => {
    const { version } = before;
    const attempts = [
      t.call(desk, 'PUT', `/api/participation/participants/${toClose.id}`, {
        ...before.profile,
        aim: undefined,
        programmeCode: undefined,
        version,
      }),
      t.call(desk, 'POST', `/api/participation/participants/${toClose.id}/assign`, {
        version,
        allocatedAgencyId: agency.katsuyaku,
        assignedUserId: desk.userId,
      }),
      t.call(desk, 'POST', `/api/participation/participants/${toClose.id}/close`, {
        version,
        closedOn: '2025-10-01',
        reason: '再度',
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('conflict');
    }
    expect(
      (await ok<Participant>(t, desk, 'GET', `/api/participation/participants/${toClose.id}`)).version,
    ).toBe(version);
    expect(await participantLinks(t, toClose.id)).toHaveLength(2);
  });

  it('closing a participant allocated to the desk but registered by 北区中央 ends the desk’s access only', async () => {
    closedByDesk = await t.call(desk, 'POST', `/api/participation/participants/${viaIntake.id}/close`, {
      version: viaIntake.version,
      closedOn: '2025-09-30',
      reason: '就労に至らず、本人の意向で終了。',
    });
    expect(closedByDesk.statusCode, closedByDesk.body).toBe(204); // the change ended its own access
    expect(await participantLinks(t, viaIntake.id)).toEqual([link(agency.katsuyaku, 'participant', false)]);
    expect(await probe(desk, viaIntake.id)).toEqual(BLIND);
    expect((await t.call(desk, 'GET', `/api/households/${intakeHousehold}`)).statusCode).toBe(404);
    // 北区中央 keeps its intake's access; the record is closed.
    const kept = await ok<Participant>(t, staff, 'GET', `/api/participation/participants/${viaIntake.id}`);
    expect(kept).toMatchObject({ stage: 'closed', closedOn: '2025-09-30' });
  });
});

describe(`employers, openings, places and fairs (${dbKind()})`, () => {
  const placeBody = {
    name: 'ふれあいサロン鹿田',
    kind: 'salon',
    host: '鹿田地区社協',
    days: ['tue'],
    interests: ['talk'],
    accessibility: ['step-free'],
  };
  const fairBody = {
    kind: 'interview_session',
    name: '生涯活躍就職面接会',
    heldOn: '2025-10-15',
    programmeCode: 'lifelong',
    participants: 40,
    hires: 5,
  };
  let employer: Employer;
  let place: Place;
  let fair: Fair;

  beforeAll(async () => {
    employer = await ok<Employer>(t, desk, 'GET', `/api/participation/employers/${opening.employerId}`);
    place = await created<Place>(t, desk, '/api/participation/places', placeBody);
    fair = await created<Fair>(t, desk, '/api/participation/fairs', fairBody);
  });

  it('every signed-in user reads them; only programme workers are offered to write', async () => {
    for (const [s, canWrite] of [
      [staff, false],
      [desk, true],
      [anabuki, true],
      [auditor, false],
    ] as const) {
      const one = await ok<Employer>(t, s, 'GET', `/api/participation/employers/${employer.id}`);
      expect(one.openings.map((o) => o.id)).toContain(opening.id);
      expect(one.abilities.edit).toBe(canWrite);
      const places = await ok<PlaceList>(t, s, 'GET', '/api/participation/places');
      expect([places.items.map((p) => p.id), places.abilities.create]).toEqual([[place.id], canWrite]);
      const fairs = await ok<FairList>(t, s, 'GET', '/api/participation/fairs');
      expect([fairs.items.map((f) => f.id), fairs.abilities.create]).toEqual([[fair.id], canWrite]);
      await ok(t, s, 'GET', '/api/participation/programmes');
      await ok(t, s, 'GET', '/api/participation/statistics');
    }
  });

  it('every signed-in user lists the employers', async () => {
    for (const [s, canWrite] of [
      [staff, false],
      [desk, true],
      [anabuki, true],
      [auditor, false],
    ] as const) {
      const employers = await ok<EmployerList>(t, s, 'GET', '/api/participation/employers');
      expect(employers.items.map((e) => e.id)).toContain(employer.id);
      expect(employers.abilities.create).toBe(canWrite);
    }
  });

  it('an agency in no programme may not write them (403) and nothing is written', async () => {
    const tables = ['employers', 'job_openings', 'places', 'job_fairs'];
    const counts = async () => Promise.all(tables.map((n) => rowCount(t, n)));
    const before = await counts();
    const {
      id: _o,
      version: _ov,
      employerId: _e,
      employerName: _n,
      industryCode: _i,
      openedOn: _d,
      placed: _p,
      ...openingFields
    } = opening;
    const writes: [string, 'POST' | 'PUT', string, object][] = [
      ['create employer', 'POST', '/api/participation/employers', employerInput({ name: '北区の商店' })],
      ['add opening', 'POST', `/api/participation/employers/${employer.id}/openings`, openingInput()],
      ['create place', 'POST', '/api/participation/places', { ...placeBody, name: '北区の居場所' }],
      ['create fair', 'POST', '/api/participation/fairs', { ...fairBody, name: '北区の面接会' }],
      [
        'update employer',
        'PUT',
        `/api/participation/employers/${employer.id}`,
        { ...employerInput(), name: '改名', version: employer.version },
      ],
      [
        'update opening',
        'PUT',
        `/api/participation/openings/${opening.id}`,
        { ...openingFields, open: false, version: opening.version },
      ],
      [
        'update place',
        'PUT',
        `/api/participation/places/${place.id}`,
        { ...placeBody, active: false, version: place.version },
      ],
      [
        'update fair',
        'PUT',
        `/api/participation/fairs/${fair.id}`,
        { ...fairBody, hires: 0, version: fair.version },
      ],
    ];
    for (const [what, method, url, body] of writes) {
      const res = await t.call(staff, method, url, body);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(403);
    }
    expect(await counts()).toEqual(before);
    const [e] = await rows<{ name: string; version: number }>(
      t.db,
      sql`select name, version from employers where id = ${employer.id}`,
    );
    expect(e).toEqual({ name: employer.name, version: employer.version });
    const [o] = await rows<{ open: boolean; version: number }>(
      t.db,
      sql`select open, version from job_openings where id = ${opening.id}`,
    );
    expect(o).toEqual({ open: true, version: opening.version });
    const [p] = await rows<{ active: boolean; version: number }>(
      t.db,
      sql`select active, version from places where id = ${place.id}`,
    );
    expect(p).toEqual({ active: true, version: place.version });
    const [f] = await rows<{ hires: number; version: number }>(
      t.db,
      sql`select hires, version from job_fairs where id = ${fair.id}`,
    );
    expect(f).toEqual({ hires: 5, version: fair.version });
  });

  it('programme staff and the staff of a programme agency write them', async () => {
    for (const s of [desk, anabuki]) {
      const e = await created<Employer>(
        t,
        s,
        '/api/participation/employers',
        employerInput({ name: `協力企業 ${s.userId.slice(0, 4)}` }),
      );
      const o = await created<Opening>(t, s, `/api/participation/employers/${e.id}/openings`, openingInput());
      const {
        id: _o,
        version,
        employerId: _e,
        employerName: _n,
        industryCode: _i,
        openedOn: _d,
        placed: _p,
        ...fields
      } = o;
      expect(
        (
          await ok<Opening>(t, s, 'PUT', `/api/participation/openings/${o.id}`, {
            ...fields,
            positions: 3,
            version,
          })
        ).positions,
      ).toBe(3);
      const updated = await ok<Employer>(t, s, 'PUT', `/api/participation/employers/${e.id}`, {
        ...employerInput({ name: e.name }),
        contactName: '採用 担当',
        version: e.version,
      });
      expect(updated.contactName).toBe('採用 担当');
      const pl = await created<Place>(t, s, '/api/participation/places', {
        ...placeBody,
        name: `居場所 ${s.userId.slice(0, 4)}`,
      });
      expect(
        (
          await ok<Place>(t, s, 'PUT', `/api/participation/places/${pl.id}`, {
            ...placeBody,
            name: pl.name,
            capacity: 12,
            version: pl.version,
          })
        ).capacity,
      ).toBe(12);
      const fa = await created<Fair>(t, s, '/api/participation/fairs', {
        ...fairBody,
        name: `面接会 ${s.userId.slice(0, 4)}`,
      });
      expect(
        (
          await ok<Fair>(t, s, 'PUT', `/api/participation/fairs/${fa.id}`, {
            ...fairBody,
            name: fa.name,
            hires: 8,
            version: fa.version,
          })
        ).hireRate,
      ).toBe(20);
    }
  });
});

describe(`row-level security on participants, matches and follow-ups (${dbKind()})`, () => {
  const actorOf = (s: Session, roles: UserActor['roles']) => sessionActor(t, s, roles);
  const count = async (actor: UserActor | null, query: SQL) => {
    const found = actor
      ? await runAs(t.db, actor, (tx) => rows<{ n: number }>(tx, query))
      : await rows<{ n: number }>(t.db, query);
    return Number(found[0]!.n);
  };
  /** Participants, matches and follow-ups of the participant the desk registered and closed. */
  const counts = (actor: UserActor | null) =>
    Promise.all([
      count(actor, sql`select count(*) as n from participants where id = ${toClose.id}`),
      count(actor, sql`select count(*) as n from matches where participant_id = ${toClose.id}`),
      count(actor, sql`select count(*) as n from retention_follow_ups where participant_id = ${toClose.id}`),
    ]);

  it('another agency’s staff counts none of them, even querying the tables directly', async () => {
    expect(await counts(null)).toEqual([1, 2, 3]); // as the owner: they exist
    expect(await counts(actorOf(desk, ['programme_staff']))).toEqual([1, 2, 3]); // the registering desk
    expect(await counts(actorOf(staff, ['agency_staff']))).toEqual([0, 0, 0]);
    expect(await counts(actorOf(anabuki, ['agency_staff']))).toEqual([0, 0, 0]); // link ended with the close
    // 北区中央 counts only the participant of its own intake.
    const all = await runAs(t.db, actorOf(staff, ['agency_staff']), (tx) =>
      rows<{ id: string }>(tx, sql`select id from participants`),
    );
    expect(all.map((r) => r.id)).toEqual([viaIntake.id]);
  });

  it('a participation link opens the participant and its person, nothing else of the household', async () => {
    // 北区中央's intake of a mother and son; the son registered and allocated to the desk.
    const { householdId } = await recordIntake(t, staff, intakeInput());
    const household = await readHousehold(t, staff, householdId);
    const [mother, son] = household.members.map((m) => m.person.id);
    const res = await register(staff, { person: undefined, personId: son! });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as Participant).allocatedAgency?.id).toBe(agency.katsuyaku);
    const consent = await t.call(staff, 'POST', `/api/persons/${son}/consents`, {
      purpose: 'support_sharing',
      scopeAgencyIds: [agency.katsuyaku],
      scopeAgencyCategories: [],
      method: 'written',
      obtainedOn: '2025-05-07',
      note: null,
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const deskActor = actorOf(desk, ['programme_staff']);
    const visible = (table: string, column: string) =>
      runAs(t.db, deskActor, (tx) =>
        rows<{ id: string }>(
          tx,
          sql`select id from ${sql.raw(table)} where ${sql.raw(column)} = ${householdId}`,
        ),
      );
    expect((await visible('participants', 'household_id')).length).toBe(1);
    for (const table of ['household_members', 'intakes', 'intake_problems', 'consents']) {
      const [all] = await rows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from ${sql.raw(table)} where household_id = ${householdId}`,
      );
      expect(all!.n, `${table} as the owner`).toBeGreaterThan(0);
      expect(await visible(table, 'household_id'), table).toEqual([]);
    }
    expect(await visible('households', 'id')).toEqual([]);
    const persons = await runAs(t.db, deskActor, (tx) =>
      rows<{ id: string }>(tx, sql`select id from persons where id in (${mother}, ${son})`),
    );
    expect(persons.map((p) => p.id)).toEqual([son]);
    // Read, not write: the person's record stays with the agencies that see the household.
    const touch = (who: UserActor) =>
      runAs(t.db, who, (tx) =>
        rows<{ id: string }>(
          tx,
          sql`update persons set updated_at = updated_at where id = ${son} returning id`,
        ),
      );
    expect(await touch(deskActor)).toEqual([]);
    expect(await touch(actorOf(staff, ['agency_staff']))).toEqual([{ id: son }]);
    // The same through the API: the person search finds the son only, the household is not found.
    const found = await ok<{ items: { id: string }[] }>(t, desk, 'GET', '/api/persons?q=高橋&limit=100');
    expect(found.items.map((i) => i.id)).toContain(son);
    expect(found.items.map((i) => i.id)).not.toContain(mother);
    expect((await t.call(desk, 'GET', `/api/households/${householdId}`)).statusCode).toBe(404);
    expect((await t.call(desk, 'GET', `/api/persons/${son}/consents`)).statusCode).toBe(404);
  });

  it('the registering desk writes the first membership of the household it made, and no other', async () => {
    const household = await householdOf(viaDesk.id);
    const failure = await dbFailure(
      runAs(t.db, actorOf(desk, ['programme_staff']), (tx) =>
        rows(
          tx,
          sql`insert into household_members (id, tenant_id, household_id, person_id, relationship, lives_together)
            values (gen_random_uuid(), ${t.publicTenantId}, ${household}, ${viaDesk.personId}, 'child', true)`,
        ),
      ),
    );
    expect(failure?.code).toBe('42501');
  });

  it('another agency cannot write a match or a follow-up for them either', async () => {
    const actor = actorOf(staff, ['agency_staff']);
    const updated = await runAs(t.db, actor, (tx) =>
      rows<{ id: string }>(
        tx,
        sql`update matches set trial_note = 'x' where participant_id = ${toClose.id} returning id`,
      ),
    );
    expect(updated).toEqual([]);
    const followUps = await runAs(t.db, actor, (tx) =>
      rows<{ id: string }>(
        tx,
        sql`update retention_follow_ups set note = 'x' where participant_id = ${toClose.id} returning id`,
      ),
    );
    expect(followUps).toEqual([]);
  });
});

describe(`the audit log (${dbKind()})`, () => {
  const PERSONAL = [...NAMES, '太郎', '花子', BIRTH_DATE, '1957-05-10'];

  it('records registrations, reads, suggestions, match steps and follow-ups without personal data', async () => {
    await read(desk, viaDesk.id);
    await read(staff, viaDesk.id); // 404: no read, so no record
    const byAction = async (action: string) => (await auditEvents(t, auditor, `action=${action}`)).items;
    const registered = await byAction('participant.registered');
    expect(registered.map((e) => e.entityId)).toEqual(
      expect.arrayContaining([viaDesk.id, viaIntake.id, toClose.id]),
    );
    expect(registered.find((e) => e.entityId === viaIntake.id)!.payload).toEqual({
      personId: viaIntake.personId,
      caseId: null,
      agencyId: agency.katsuyaku,
    });
    const viewed = await byAction('participant.viewed');
    expect(viewed.filter((e) => e.entityId === viaDesk.id).length).toBeGreaterThan(0);
    const viewedBy = await auditEvents(t, auditor, `action=participant.viewed&actorUserId=${staff.userId}`);
    expect(viewedBy.items.map((e) => e.entityId)).not.toContain(viaDesk.id);
    const suggested = await byAction('suggestion.listed');
    expect(suggested.map((e) => e.entityId)).toEqual(expect.arrayContaining([viaDesk.id, opening.id]));
    const steps = ['match.proposed', 'match.trial', 'match.placed', 'follow_up.recorded'];
    const stepEvents = await Promise.all(steps.map(byAction));
    for (const [i, events] of stepEvents.entries()) expect(events.length, steps[i]).toBeGreaterThan(0);
    expect(stepEvents[0]!.map((e) => e.payload)).toContainEqual({
      participantId: toClose.id,
      state: 'proposed',
    });
    expect(stepEvents[2]!.map((e) => e.payload)).toContainEqual({
      participantId: toClose.id,
      state: 'placed',
    });
    expect(stepEvents[3]![0]!.payload).toMatchObject({ month: 1, stillWorking: true });
    for (const e of [...registered, ...viewed, ...suggested, ...stepEvents.flat()]) {
      const text = JSON.stringify(e.payload);
      for (const word of PERSONAL) expect(text, `${e.action} ${text}`).not.toContain(word);
      for (const key of Object.keys(e.payload))
        expect(['name', 'familyName', 'givenName', 'birthDate', 'address', 'phones']).not.toContain(key);
    }
  });
});
