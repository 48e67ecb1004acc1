import type {
  DueFollowUpList,
  Employer,
  Fair,
  Match,
  Opening,
  Participant,
  Place,
  PlaceList,
  Suggestion,
  SuggestionList,
} from '@tsunagu/contracts/participation';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { addDays, addMonths, toIsoDate } from '@tsunagu/japan';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import {
  created,
  employerInput,
  issuePaths,
  namedPerson,
  ok,
  openingInput,
  participantInput,
  rowCount,
} from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The rules of participation support (SPEC M5) beyond who sees what: input the server refuses (400,
// naming the field, writing nothing), the course of a match (409 when the state does not allow the
// step), optimistic versions (409 version_conflict), how suggestions are scored and ranked, and the
// list of follow-ups due.

let t: TestApp;
let desk: Session; // programme_staff at 生涯かつやく支援センター
let anabuki: Session; // staff of the private agency of the programme
let lists: CodeLists;
const agency = { katsuyaku: '', anabuki: '', kitaChuo: '' };
let employer: Employer;
let opening: Opening; // openingInput(): tasks care-assist and cleaning, demands standing

const today = toIsoDate(new Date());
const TABLES = [
  'participants',
  'persons',
  'households',
  'live_links',
  'matches',
  'retention_follow_ups',
  'employers',
  'job_openings',
  'places',
  'job_fairs',
];
/** Row counts of every table participation writes, to show that a refused request wrote nothing. */
const counts = () => Promise.all(TABLES.map((n) => rowCount(t, n)));

let people = 0;
/** A new person for each registration (the rules here are not about names). */
function person(overrides: Parameters<typeof namedPerson>[2] = {}) {
  people += 1;
  return namedPerson('規則', 'きそく', { givenName: `${people}郎`, givenNameKana: 'たろう', ...overrides });
}
const register = (s: Session, overrides: Parameters<typeof participantInput>[0] = {}) =>
  created<Participant>(
    t,
    s,
    '/api/participation/participants',
    participantInput({ person: person(), ...overrides }),
  );
const propose = (
  s: Session,
  participantId: string,
  target: { openingId: string } | { placeId: string },
  proposedOn = '2025-06-10',
) => t.call(s, 'POST', '/api/participation/matches', { participantId, proposedOn, ...target });
const step = (
  s: Session,
  m: Pick<Match, 'id'>,
  action: 'trial' | 'place' | 'end' | 'decline',
  body: object,
) => t.call(s, 'POST', `/api/participation/matches/${m.id}/${action}`, body);
const readParticipant = (s: Session, id: string) =>
  ok<Participant>(t, s, 'GET', `/api/participation/participants/${id}`);
const newOpening = (s: Session, employerId: string, overrides: Parameters<typeof openingInput>[0]) =>
  created<Opening>(t, s, `/api/participation/employers/${employerId}/openings`, openingInput(overrides));
const newPlace = (s: Session, overrides: object) =>
  created<Place>(t, s, '/api/participation/places', {
    name: '通いの場',
    kind: 'kayoi',
    host: '町内会',
    days: ['tue'],
    interests: ['exercise'],
    accessibility: [],
    ...overrides,
  });

/** The matched participant after proposing, or the failure. */
async function proposed(
  s: Session,
  participantId: string,
  target: { openingId: string } | { placeId: string },
  on?: string,
) {
  const res = await propose(s, participantId, target, on);
  if (res.statusCode !== 201) throw new Error(`propose: ${res.statusCode} ${res.body}`);
  const p = res.json() as Participant;
  const id = 'openingId' in target ? target.openingId : target.placeId;
  return { participant: p, match: p.matches.filter((m) => m.target.id === id).at(-1)! };
}

/** Proposes and places the participant with the opening on the dates given; returns the placed match. */
async function placeWith(s: Session, participantId: string, openingId: string, placedOn: string) {
  const { match } = await proposed(s, participantId, { openingId }, placedOn);
  const p = await ok<Participant>(t, s, 'POST', `/api/participation/matches/${match.id}/place`, {
    version: match.version,
    placedOn,
  });
  return p.matches.find((m) => m.id === match.id)!;
}

/** The fields of an opening as its update takes them. */
function openingFields(o: Opening) {
  const {
    id: _i,
    version: _v,
    employerId: _e,
    employerName: _n,
    industryCode: _c,
    openedOn: _d,
    placed: _p,
    ...rest
  } = o;
  return rest;
}

const conflictCode = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(409);
  return (res.json() as { error: { code: string } }).error.code;
};

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  desk = await login('programme_staff');
  anabuki = await t.loginAs('staff-anabuki@demo.example');
  agency.katsuyaku = (await agencyByCode(t, desk, 'shogai-katsuyaku')).id;
  agency.anabuki = (await agencyByCode(t, desk, 'anabuki-college-service')).id;
  agency.kitaChuo = (await agencyByCode(t, desk, 'hokatsu-kita-chuo')).id;
  lists = (await t.call(desk, 'GET', '/api/code-lists')).json() as CodeLists;
  employer = await created<Employer>(t, desk, '/api/participation/employers', employerInput());
  opening = await newOpening(desk, employer.id, {});
});
afterAll(() => t.close());

describe(`input the server refuses: 400 naming the field, nothing written (${dbKind()})`, () => {
  it('registration: unknown codes and programme, the person given neither or twice, hours, allocation', async () => {
    const before = await counts();
    const cases: [string, Parameters<typeof participantInput>[0], string[]][] = [
      ['ability', { abilities: ['cleaning', 'flying'] }, ['body.abilities']],
      ['limit', { limits: ['no-such-demand'] }, ['body.limits']],
      ['wished industry', { wishedIndustries: ['no-such-industry'] }, ['body.wishedIndustries']],
      ['interest', { interests: ['no-such-interest'] }, ['body.interests']],
      ['accessibility need', { accessibilityNeeds: ['no-such-need'] }, ['body.accessibilityNeeds']],
      [
        'two lists at once',
        { abilities: ['flying'], interests: ['nothing'] },
        ['body.abilities', 'body.interests'],
      ],
      ['programme', { programmeCode: 'no-such-programme' }, ['body.programmeCode']],
      [
        'school district',
        { person: person({ schoolDistrictCode: 'no-such-school' }) },
        ['body.person.schoolDistrictCode'],
      ],
      ['neither person nor personId', { person: undefined }, ['body.personId']],
      ['both person and personId', { personId: desk.userId }, ['body.personId']],
      ['0 hours a week', { maxHoursPerWeek: 0 }, ['body.maxHoursPerWeek']],
      ['61 hours a week', { maxHoursPerWeek: 61 }, ['body.maxHoursPerWeek']],
      [
        'an agency outside the programme',
        { allocatedAgencyId: agency.kitaChuo, allocationNote: '近い' },
        ['body.allocatedAgencyId'],
      ],
      ['against the barrier rule, no reason', { allocatedAgencyId: agency.anabuki }, ['body.allocationNote']],
      [
        'against the barrier rule, a blank reason',
        { allocatedAgencyId: agency.anabuki, allocationNote: '   ' },
        ['body.allocationNote'],
      ],
    ];
    for (const [what, overrides, paths] of cases) {
      const res = await t.call(
        desk,
        'POST',
        '/api/participation/participants',
        participantInput({ person: person(), ...overrides }),
      );
      if (res.statusCode !== 400) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
      expect(issuePaths(res), what).toEqual(paths);
    }
    // A case the agency does not see is not found.
    const unseenCase = await t.call(
      desk,
      'POST',
      '/api/participation/participants',
      participantInput({ person: person(), caseId: desk.userId }),
    );
    expect(unseenCase.statusCode, unseenCase.body).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('allocation against the barrier rule is taken with its reason', async () => {
    const p = await register(desk, {
      allocatedAgencyId: agency.anabuki,
      allocationNote: '本人の希望により民間で支援。',
    });
    expect(p.allocatedAgency?.id).toBe(agency.anabuki);
    expect(p.allocationNote).toBe('本人の希望により民間で支援。');
    expect(p.barrierLevel).toBe('medium');
  });

  it('employers and openings: unknown codes, withdrawal before registration, no tasks, hours 0 or 61', async () => {
    const before = await counts();
    const employers: [object, string[]][] = [
      [employerInput({ industryCode: 'no-such-industry' }), ['body.industryCode']],
      [employerInput({ schoolDistrictCode: 'no-such-school' }), ['body.schoolDistrictCode']],
      [employerInput({ programmeCode: 'no-such-programme' }), ['body.programmeCode']],
      [employerInput({ registeredOn: '2025-04-10', withdrawnOn: '2025-04-09' }), ['body.withdrawnOn']],
    ];
    for (const [body, paths] of employers)
      expect(issuePaths(await t.call(desk, 'POST', '/api/participation/employers', body))).toEqual(paths);
    const openings: [object, string[]][] = [
      [openingInput({ tasks: [] }), ['body.tasks']],
      [openingInput({ tasks: ['flying'] }), ['body.tasks']],
      [openingInput({ demands: ['no-such-demand'] }), ['body.demands']],
      [openingInput({ hoursPerWeek: 0 }), ['body.hoursPerWeek']],
      [openingInput({ hoursPerWeek: 61 }), ['body.hoursPerWeek']],
      [openingInput({ positions: 0 }), ['body.positions']],
    ];
    const url = `/api/participation/employers/${employer.id}/openings`;
    for (const [body, paths] of openings)
      expect(issuePaths(await t.call(desk, 'POST', url, body))).toEqual(paths);
    const update = await t.call(desk, 'PUT', `/api/participation/openings/${opening.id}`, {
      ...openingFields(opening),
      tasks: [],
      version: opening.version,
    });
    expect(issuePaths(update)).toEqual(['body.tasks']);
    expect(await counts()).toEqual(before);
  });

  it('fairs and places: more hires than participants, unknown codes', async () => {
    const before = await counts();
    const fair = {
      kind: 'employment_fair',
      name: '就職応援フェア',
      heldOn: '2025-11-03',
      participants: 10,
      hires: 11,
    };
    expect(issuePaths(await t.call(desk, 'POST', '/api/participation/fairs', fair))).toEqual(['body.hires']);
    const held = await created<Fair>(t, desk, '/api/participation/fairs', { ...fair, hires: 2 });
    expect(held.hireRate).toBe(20);
    // 就職率 is one decimal, half up; none without participants or hires.
    const rates: [number, number | null, number | null][] = [
      [3, 1, 33.3],
      [16, 1, 6.3],
      [0, 0, null],
      [5, null, null],
    ];
    for (const [participants, hires, rate] of rates) {
      const f = await created<Fair>(t, desk, '/api/participation/fairs', { ...fair, participants, hires });
      expect(f.hireRate, `${hires}/${participants}`).toBe(rate);
    }
    const update = await t.call(desk, 'PUT', `/api/participation/fairs/${held.id}`, {
      ...fair,
      version: held.version,
    });
    expect(issuePaths(update)).toEqual(['body.hires']);
    const place = {
      name: '居場所',
      kind: 'ibasho',
      interests: ['no-such-interest'],
      accessibility: ['no-such-need'],
    };
    expect(issuePaths(await t.call(desk, 'POST', '/api/participation/places', place))).toEqual([
      'body.interests',
      'body.accessibility',
    ]);
    // Only the fairs held were written.
    expect(await counts()).toEqual(before.map((n, i) => (TABLES[i] === 'job_fairs' ? n + 5 : n)));
  });

  it('match steps: dates out of order or in the future, a follow-up with nobody contacted', async () => {
    const p = await register(desk);
    const future = addDays(today, 1);
    const proposal = propose(desk, p.id, { openingId: opening.id }, future);
    expect(issuePaths(await proposal)).toEqual(['body.proposedOn']);
    expect(
      issuePaths(await propose(desk, p.id, { openingId: opening.id, placeId: opening.id } as never)),
    ).toEqual(['body.openingId']);
    const { match } = await proposed(desk, p.id, { openingId: opening.id }, '2025-06-10');
    const placedMatch = await placeWith(
      desk,
      p.id,
      (await newOpening(desk, employer.id, { title: '清掃' })).id,
      '2025-06-10',
    );
    const before = await readParticipant(desk, p.id);
    const v = match.version;
    const refused: [string, LightMyRequestResponse, string[]][] = [
      [
        'trial ends before it starts',
        await step(desk, match, 'trial', { version: v, trialFrom: '2025-06-20', trialTo: '2025-06-19' }),
        ['body.trialTo'],
      ],
      [
        'trial before the proposal',
        await step(desk, match, 'trial', { version: v, trialFrom: '2025-06-09', trialTo: '2025-06-12' }),
        ['body.trialFrom'],
      ],
      [
        'placed before the proposal',
        await step(desk, match, 'place', { version: v, placedOn: '2025-06-09' }),
        ['body.placedOn'],
      ],
      [
        'placed in the future',
        await step(desk, match, 'place', { version: v, placedOn: future }),
        ['body.placedOn'],
      ],
      [
        'declined before the proposal',
        await step(desk, match, 'decline', { version: v, endedOn: '2025-06-01', reason: '辞退' }),
        ['body.endedOn'],
      ],
      [
        'declined without a reason',
        await step(desk, match, 'decline', { version: v, endedOn: '2025-06-11', reason: ' ' }),
        ['body.reason'],
      ],
      [
        'ended before the placement',
        await step(desk, placedMatch, 'end', {
          version: placedMatch.version,
          endedOn: '2025-06-09',
          reason: '離職',
        }),
        ['body.endedOn'],
      ],
    ];
    for (const [what, res, paths] of refused) expect(issuePaths(res), what).toEqual(paths);
    const f = placedMatch.followUps[0]!;
    const followUp = (body: object) =>
      t.call(desk, 'POST', `/api/participation/follow-ups/${f.id}`, {
        version: f.version,
        stillWorking: true,
        ...body,
      });
    expect(
      issuePaths(await followUp({ doneOn: f.dueOn, personContacted: false, employerContacted: false })),
    ).toEqual(['body.personContacted']);
    expect(
      issuePaths(await followUp({ doneOn: '2025-06-09', personContacted: true, employerContacted: false })),
    ).toEqual(['body.doneOn']);
    expect(
      issuePaths(await followUp({ doneOn: future, personContacted: true, employerContacted: false })),
    ).toEqual(['body.doneOn']);
    const close = await t.call(desk, 'POST', `/api/participation/participants/${p.id}/close`, {
      version: before.version,
      closedOn: '2025-06-01',
      reason: '転居',
    });
    expect(issuePaths(close)).toEqual(['body.closedOn']);
    expect(await readParticipant(desk, p.id)).toEqual(before);
  });

  it('statistics: a range that ends before it starts', async () => {
    const res = await t.call(desk, 'GET', '/api/participation/statistics?from=2025&to=2024');
    expect(issuePaths(res)).toEqual(['querystring.from']);
  });
});

describe(`the course of a match: 409 when the state does not allow the step (${dbKind()})`, () => {
  let p: Participant;
  let m: Match;

  beforeAll(async () => {
    p = await register(desk);
    m = (await proposed(desk, p.id, { openingId: opening.id })).match;
  });

  it('a proposal cannot be ended (only declined)', async () => {
    expect(
      conflictCode(await step(desk, m, 'end', { version: m.version, endedOn: '2025-06-20', reason: '離職' })),
    ).toBe('conflict');
  });

  it('the same opening cannot be proposed twice while the match is active', async () => {
    expect(conflictCode(await propose(desk, p.id, { openingId: opening.id }))).toBe('conflict');
  });

  it('after a placement: no trial, no second placement, no declining', async () => {
    const trial = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${m.id}/trial`, {
      version: m.version,
      trialFrom: '2025-06-16',
      trialTo: '2025-06-20',
    });
    m = trial.matches.find((x) => x.id === m.id)!;
    const placed = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${m.id}/place`, {
      version: m.version,
      placedOn: '2025-07-01',
    });
    m = placed.matches.find((x) => x.id === m.id)!;
    expect(m.state).toBe('placed');
    const before = await readParticipant(desk, p.id);
    for (const res of [
      await step(desk, m, 'trial', { version: m.version, trialFrom: '2025-07-02', trialTo: '2025-07-03' }),
      await step(desk, m, 'place', { version: m.version, placedOn: '2025-07-02' }),
      await step(desk, m, 'decline', { version: m.version, endedOn: '2025-07-02', reason: '辞退' }),
      await propose(desk, p.id, { openingId: opening.id }),
    ])
      expect(conflictCode(res)).toBe('conflict');
    expect(await readParticipant(desk, p.id)).toEqual(before);
  });

  it('once ended, the opening may be proposed again', async () => {
    const ended = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${m.id}/end`, {
      version: m.version,
      endedOn: '2025-09-30',
      reason: '体調不良のため離職。',
    });
    expect(ended.matches.find((x) => x.id === m.id)!.state).toBe('ended');
    expect(
      conflictCode(
        await step(desk, m, 'end', { version: m.version + 1, endedOn: '2025-10-01', reason: '再' }),
      ),
    ).toBe('conflict');
    const again = await propose(desk, p.id, { openingId: opening.id }, '2025-10-01');
    expect(again.statusCode, again.body).toBe(201);
  });

  it('a closed opening or an inactive place cannot be proposed', async () => {
    const closedOpening = await newOpening(desk, employer.id, { title: '締切済みの求人', open: false });
    const inactive = await newPlace(desk, { name: '休止中の居場所', active: false });
    const before = await rowCount(t, 'matches');
    expect(conflictCode(await propose(desk, p.id, { openingId: closedOpening.id }))).toBe('conflict');
    expect(conflictCode(await propose(desk, p.id, { placeId: inactive.id }))).toBe('conflict');
    expect(await rowCount(t, 'matches')).toBe(before);
  });

  it('an opening is not proposed to a participant who is after a place to go (400)', async () => {
    const goer = await register(desk, { aim: 'place' });
    const res = await propose(desk, goer.id, { openingId: opening.id });
    expect(issuePaths(res)).toEqual(['body.openingId']);
    expect((await readParticipant(desk, goer.id)).matches).toEqual([]);
  });
});

describe(`optimistic versions: a stale version is 409 version_conflict (${dbKind()})`, () => {
  it('participant update, allocation and close', async () => {
    const p = await register(desk);
    const { aim: _a, programmeCode: _c, ...profile } = p.profile;
    const update = (version: number, healthNote: string) =>
      t.call(desk, 'PUT', `/api/participation/participants/${p.id}`, { ...profile, healthNote, version });
    const first = await update(p.version, '通院は月1回。');
    expect(first.statusCode, first.body).toBe(200);
    expect(conflictCode(await update(p.version, '上書き'))).toBe('version_conflict');
    expect(
      conflictCode(
        await t.call(desk, 'POST', `/api/participation/participants/${p.id}/assign`, {
          version: p.version,
          allocatedAgencyId: agency.katsuyaku,
          assignedUserId: desk.userId,
        }),
      ),
    ).toBe('version_conflict');
    expect(
      conflictCode(
        await t.call(desk, 'POST', `/api/participation/participants/${p.id}/close`, {
          version: p.version,
          closedOn: '2025-09-30',
          reason: '終了',
        }),
      ),
    ).toBe('version_conflict');
    const now = await readParticipant(desk, p.id);
    expect([now.version, now.profile.healthNote, now.closedOn]).toEqual([
      p.version + 1,
      '通院は月1回。',
      null,
    ]);
  });

  it('match step and follow-up record', async () => {
    const p = await register(desk);
    const { match } = await proposed(desk, p.id, { openingId: opening.id });
    const trial = { version: match.version, trialFrom: '2025-06-16', trialTo: '2025-06-20' };
    expect((await step(desk, match, 'trial', trial)).statusCode).toBe(200);
    expect(conflictCode(await step(desk, match, 'trial', { ...trial, trialNote: '上書き' }))).toBe(
      'version_conflict',
    );
    expect(
      conflictCode(await step(desk, match, 'place', { version: match.version, placedOn: '2025-07-01' })),
    ).toBe('version_conflict');
    const placed = await placeWith(
      desk,
      p.id,
      (await newOpening(desk, employer.id, { title: '配送' })).id,
      '2025-07-01',
    );
    const f = placed.followUps[0]!;
    const record = (note: string) =>
      t.call(desk, 'POST', `/api/participation/follow-ups/${f.id}`, {
        version: f.version,
        doneOn: f.dueOn,
        personContacted: true,
        employerContacted: true,
        stillWorking: true,
        note,
      });
    expect((await record('順調。')).statusCode).toBe(200);
    expect(conflictCode(await record('上書き'))).toBe('version_conflict');
    const now = (await readParticipant(desk, p.id)).matches.find((x) => x.id === placed.id)!;
    expect(now.followUps[0]).toMatchObject({ note: '順調。', version: f.version + 1 });
    expect(now.trialNote).toBe('');
  });

  it('employer, opening, place and fair updates', async () => {
    const e = await created<Employer>(
      t,
      desk,
      '/api/participation/employers',
      employerInput({ name: '版の会社' }),
    );
    const o = await newOpening(desk, e.id, {});
    const pl = await newPlace(desk, { name: '版の居場所' });
    const fairBody = {
      kind: 'aptitude_fair',
      name: '適職診断フェア',
      heldOn: '2025-09-01',
      participants: 20,
    };
    const fa = await created<Fair>(t, desk, '/api/participation/fairs', fairBody);
    const placeBody = { name: pl.name, kind: pl.kind, days: pl.days, interests: pl.interests };
    const updates: [string, (v: number) => object][] = [
      [
        `/api/participation/employers/${e.id}`,
        (version) => ({ ...employerInput({ name: e.name }), note: `v${version}`, version }),
      ],
      [
        `/api/participation/openings/${o.id}`,
        (version) => ({ ...openingFields(o), carvingNote: `v${version}`, version }),
      ],
      [
        `/api/participation/places/${pl.id}`,
        (version) => ({ ...placeBody, feeNote: `v${version}`, version }),
      ],
      [`/api/participation/fairs/${fa.id}`, (version) => ({ ...fairBody, note: `v${version}`, version })],
    ];
    for (const [url, body] of updates) {
      const first = await t.call(desk, 'PUT', url, body(1));
      expect(first.statusCode, `${url}: ${first.body}`).toBe(200);
      expect(conflictCode(await t.call(desk, 'PUT', url, body(1))), url).toBe('version_conflict');
    }
  });
});

describe(`suggestions: scored item by item, conflicts last (${dbKind()})`, () => {
  /** Two school districts of one welfare district, and one of another. */
  let near: [string, string];
  let far: string;
  const label = (list: keyof CodeLists, code: string) => lists[list].find((i) => i.code === code)!.labelJa;

  /** The suggestions among `ids`, in the order given, with the whole list's ranking checked. */
  async function ranked(url: string, ids: string[]) {
    const { items } = await ok<SuggestionList>(t, desk, 'GET', `${url}?limit=100`);
    const firstConflict = items.findIndex((i) => i.conflict);
    if (firstConflict >= 0) expect(items.slice(firstConflict).every((i) => i.conflict)).toBe(true);
    for (const group of [items.filter((i) => !i.conflict), items.filter((i) => i.conflict)])
      for (let i = 1; i < group.length; i++)
        expect(group[i - 1]!.score).toBeGreaterThanOrEqual(group[i]!.score);
    for (const i of items) {
      expect(i.score).toBe(i.items.reduce((s, x) => s + x.points, 0));
      expect(i.items.reduce((s, x) => s + x.max, 0)).toBe(100);
    }
    return items.filter((i) => ids.includes(i.id));
  }
  const item = (s: Suggestion, key: string) => s.items.find((i) => i.key === key)!;

  beforeAll(() => {
    const byWelfare = new Map<string, string[]>();
    for (const s of lists.school_district)
      byWelfare.set(s.parentCode!, [...(byWelfare.get(s.parentCode!) ?? []), s.code]);
    const [first, second] = [...byWelfare.values()].filter((codes) => codes.length >= 2);
    near = [first![0]!, first![1]!];
    far = second![0]!;
  });

  it('an opening demanding what the person cannot do is a conflict, ranked after every fitting one', async () => {
    const logistics = await created<Employer>(
      t,
      desk,
      '/api/participation/employers',
      employerInput({ name: '物流センター', industryCode: 'logistics', schoolDistrictCode: near[0] }),
    );
    const at = (schoolDistrictCode: string, overrides: Parameters<typeof openingInput>[0]) =>
      newOpening(desk, logistics.id, {
        demands: [],
        days: ['mon'],
        hoursPerWeek: 10,
        schoolDistrictCode,
        ...overrides,
      });
    const lifting = await at(near[0], {
      title: '仕分け（重量物）',
      tasks: ['sorting'],
      demands: ['lifting'],
    });
    const unfit = await at(near[0], { title: '検品', tasks: ['light-work'] });
    const nextDoor = await at(near[1], { title: '隣の学区の清掃', tasks: ['cleaning'] });
    const across = await at(far, { title: '別の福祉区の清掃', tasks: ['cleaning'], hoursPerWeek: 30 });
    const seeker = (travelRange: 'school' | 'welfare') =>
      register(desk, {
        person: person({ schoolDistrictCode: near[0] }),
        abilities: ['sorting', 'cleaning'],
        limits: ['lifting'],
        wishedIndustries: ['logistics'],
        availableDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        maxHoursPerWeek: 20,
        travelRange,
      });
    const schoolOnly = await seeker('school');
    const ids = [lifting.id, unfit.id, nextDoor.id, across.id];
    const mine = await ranked(`/api/participation/participants/${schoolOnly.id}/suggestions`, ids);
    // tasks + limits + hours + distance + wishes
    expect(mine.map((s) => [s.name, s.score, s.conflict])).toEqual([
      [nextDoor.title, 35 + 20 + 20 + 0 + 10, false],
      [across.title, 35 + 20 + 13 + 0 + 10, false],
      [unfit.title, 0 + 20 + 20 + 15 + 10, false],
      [lifting.title, 35 + 0 + 20 + 15 + 10, true],
    ]);
    const [n, a, , l] = mine;
    expect(item(l!, 'limits').detail).toBe(`本人の制約に当たります：${label('work_demand', 'lifting')}`);
    expect(item(n!, 'distance')).toEqual({
      key: 'distance',
      points: 0,
      max: 15,
      detail: '同じ福祉区ですが、本人の希望（同じ小学校区まで）より遠くなります',
    });
    expect(item(a!, 'distance').detail).toBe('別の福祉区で、本人の通える範囲の外です');
    expect(item(a!, 'hours').detail).toBe('週30時間で、本人の希望（週20時間まで）を超えます');
    expect(mine.every((s) => s.organisation === '物流センター' && !s.matched)).toBe(true);

    // Travelling within the welfare district, the school district next door is near enough.
    const welfare = await seeker('welfare');
    const [w] = await ranked(`/api/participation/participants/${welfare.id}/suggestions`, [nextDoor.id]);
    expect(item(w!, 'distance')).toMatchObject({ points: 10, detail: '本人と同じ福祉区です' });

    // From the opening's side, the person who cannot lift comes after those who can.
    const seekers = await ranked(`/api/participation/openings/${lifting.id}/suggestions`, [
      schoolOnly.id,
      welfare.id,
    ]);
    expect(seekers.map((s) => [s.id, s.conflict]).sort()).toEqual(
      [
        [schoolOnly.id, true],
        [welfare.id, true],
      ].sort(),
    );
    const fitting = await register(desk, {
      person: person({ schoolDistrictCode: near[0] }),
      abilities: ['sorting'],
      limits: [],
    });
    const forLifting = (
      await ok<SuggestionList>(
        t,
        desk,
        'GET',
        `/api/participation/openings/${lifting.id}/suggestions?limit=100`,
      )
    ).items;
    expect(forLifting.findIndex((s) => s.id === fitting.id)).toBeLessThan(
      forLifting.findIndex((s) => s.id === schoolOnly.id),
    );
    // A participant's suggestion names the agency supporting them.
    expect(forLifting.find((s) => s.id === schoolOnly.id)!.organisation).toBe(
      schoolOnly.allocatedAgency!.name,
    );
  });

  it('places for a person after a place to go: interests, distance, days, then a missing need last', async () => {
    const placeFor = (name: string, overrides: object) =>
      newPlace(desk, {
        name,
        interests: ['talk', 'music'],
        days: ['tue'],
        accessibility: ['step-free'],
        schoolDistrictCode: near[0],
        ...overrides,
      });
    const all = await placeFor('歌声サロン', { accessibility: ['step-free', 'toilet'] });
    const half = await placeFor('おしゃべり会', {
      interests: ['talk'],
      days: ['thu'],
      schoolDistrictCode: near[1],
    });
    const weekend = await placeFor('土曜の歌の会', { days: ['sat'] });
    const steps = await placeFor('二階の集会所', { accessibility: [] });
    const closed = await placeFor('休止中のサロン', { active: false });
    const goer = await register(desk, {
      aim: 'place',
      person: person({ schoolDistrictCode: near[0] }),
      interests: ['talk', 'music'],
      availableDays: ['tue', 'thu'],
      accessibilityNeeds: ['step-free'],
      travelRange: 'welfare',
    });
    const ids = [all.id, half.id, weekend.id, steps.id, closed.id];
    const mine = await ranked(`/api/participation/participants/${goer.id}/suggestions`, ids);
    // interests + distance + days + access
    expect(mine.map((s) => [s.name, s.score, s.conflict])).toEqual([
      [all.name, 40 + 30 + 20 + 10, false],
      [weekend.name, 40 + 30 + 0 + 10, false],
      [half.name, 20 + 20 + 20 + 10, false],
      [steps.name, 40 + 30 + 20 + 0, true],
    ]);
    expect(mine[0]!.items.map((i) => i.key)).toEqual(['interests', 'distance', 'days', 'access']);
    expect(item(mine[0]!, 'interests').detail).toBe(
      `本人の関心 2 件のうち 2 件（${label('interest', 'talk')}・${label('interest', 'music')}）に合います`,
    );
    expect(item(mine[1]!, 'days').detail).toBe('開催日に本人の都合のよい曜日がありません');
    expect(item(mine[3]!, 'access').detail).toBe(
      `本人に必要な配慮がありません：${label('accessibility', 'step-free')}`,
    );
    // From the place's side, the person is suggested too.
    const forPlace = await ranked(`/api/participation/places/${all.id}/suggestions`, [goer.id]);
    expect(forPlace.map((s) => [s.id, s.score])).toEqual([[goer.id, 100]]);
  });

  it('a place counts the people placed there', async () => {
    const place = await newPlace(desk, { name: '健康体操の会', interests: ['exercise'] });
    const goer = await register(desk, { aim: 'place', interests: ['exercise'] });
    const { match } = await proposed(desk, goer.id, { placeId: place.id });
    const placed = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${match.id}/place`, {
      version: match.version,
      placedOn: '2025-06-17',
    });
    const m = placed.matches[0]!;
    expect([m.state, m.followUps]).toEqual(['placed', []]); // follow-ups are for jobs only
    const listed = (await ok<PlaceList>(t, desk, 'GET', '/api/participation/places')).items.find(
      (p) => p.id === place.id,
    )!;
    expect(listed.attending).toBe(1);
    const suggested = await ranked(`/api/participation/places/${place.id}/suggestions`, [goer.id]);
    expect(suggested[0]!.matched).toBe(true);
  });
});

describe(`follow-ups due (${dbKind()})`, () => {
  // The private agency's own registrations, so that its list holds only what this block makes.
  let soon: Match; // placed a month ago less ten days: its 1-month follow-up falls due within 30 days
  let late: Match; // placed 100 days ago: its 1- and 3-month follow-ups are overdue
  let closedLate: Match; // the same, but the participant is then closed
  let lateParticipant: Participant;

  beforeAll(async () => {
    const e = await created<Employer>(
      t,
      anabuki,
      '/api/participation/employers',
      employerInput({ name: '定着の会社' }),
    );
    const o = await newOpening(anabuki, e.id, { title: '定着支援の求人', positions: 5 });
    const small = () => register(anabuki, { barrierLevel: 'small' });
    const [a, b, c] = [await small(), await small(), await small()];
    expect(a.allocatedAgency?.id).toBe(agency.anabuki);
    soon = await placeWith(anabuki, a.id, o.id, addDays(addMonths(today, -1), 10));
    late = await placeWith(anabuki, b.id, o.id, addDays(today, -100));
    closedLate = await placeWith(anabuki, c.id, o.id, addDays(today, -100));
    // The 1-month follow-up of the late placement is done; the 3-month one is not.
    const f1 = late.followUps[0]!;
    lateParticipant = await ok<Participant>(t, anabuki, 'POST', `/api/participation/follow-ups/${f1.id}`, {
      version: f1.version,
      doneOn: f1.dueOn,
      personContacted: true,
      employerContacted: false,
      stillWorking: true,
    });
    const closing = await readParticipant(anabuki, c.id);
    await ok(t, anabuki, 'POST', `/api/participation/participants/${c.id}/close`, {
      version: closing.version,
      closedOn: today,
      reason: '転居のため終了。',
    });
  });

  it('lists what falls due within the days asked, flags and counts the overdue, hides done and closed', async () => {
    const due = await ok<DueFollowUpList>(t, anabuki, 'GET', '/api/participation/follow-ups?days=30');
    const [, late3] = late.followUps;
    const soon1 = soon.followUps[0]!;
    expect(late3!.dueOn < today && soon1.dueOn > today && soon1.dueOn <= addDays(today, 30)).toBe(true);
    expect(due.items.map((i) => [i.id, i.month, i.dueOn, i.overdue])).toEqual([
      [late3!.id, 3, late3!.dueOn, true],
      [soon1.id, 1, soon1.dueOn, false],
    ]);
    expect(due.overdue).toBe(1);
    expect(due.items[1]).toMatchObject({
      matchId: soon.id,
      participantId: soon.participantId,
      employerName: '定着の会社',
      openingTitle: '定着支援の求人',
      placedOn: soon.placedOn,
      assignedUser: { id: anabuki.userId },
    });
    expect(due.items.map((i) => i.matchId)).not.toContain(closedLate.id);
    expect(lateParticipant.matches[0]!.followUps[0]!.doneOn).not.toBeNull();
  });

  it('a longer window reaches the later follow-ups; overdue ones are listed whatever the window', async () => {
    const wide = await ok<DueFollowUpList>(t, anabuki, 'GET', '/api/participation/follow-ups?days=90');
    expect(wide.items.map((i) => i.id)).toContain(soon.followUps[1]!.id); // 3 months after the placement
    const none = await ok<DueFollowUpList>(t, anabuki, 'GET', '/api/participation/follow-ups?days=0');
    expect([none.items.map((i) => i.id), none.overdue]).toEqual([[late.followUps[1]!.id], 1]);
    expect((await t.call(anabuki, 'GET', '/api/participation/follow-ups?days=366')).statusCode).toBe(400);
  });

  it('drops the follow-ups of a job that ended before they fell due', async () => {
    const e = await created<Employer>(
      t,
      anabuki,
      '/api/participation/employers',
      employerInput({ name: '離職の会社' }),
    );
    const o = await newOpening(anabuki, e.id, { title: '短期で終わった求人' });
    const left = await placeWith(
      anabuki,
      (await register(anabuki, { barrierLevel: 'small' })).id,
      o.id,
      addDays(today, -100),
    );
    const before = await ok<DueFollowUpList>(t, anabuki, 'GET', '/api/participation/follow-ups?days=30');
    expect(before.items.filter((i) => i.matchId === left.id).map((i) => i.month)).toEqual([1, 3]);
    const ended = await ok<Participant>(t, anabuki, 'POST', `/api/participation/matches/${left.id}/end`, {
      version: left.version,
      endedOn: addDays(left.placedOn!, 40),
      reason: '体力的に続かず離職。',
    });
    expect(ended.matches[0]!.state).toBe('ended');
    const after = await ok<DueFollowUpList>(t, anabuki, 'GET', '/api/participation/follow-ups?days=30');
    // Left 40 days after the start: the 1-month follow-up (due before) is still to record, the 3-month one is not.
    expect(after.items.filter((i) => i.matchId === left.id).map((i) => i.month)).toEqual([1]);
  });

  it('another agency’s list does not hold them', async () => {
    const desks = await ok<DueFollowUpList>(t, desk, 'GET', '/api/participation/follow-ups?days=365');
    const theirs = new Set([soon.id, late.id, closedLate.id]);
    expect(desks.items.filter((i) => theirs.has(i.matchId))).toEqual([]);
  });
});
