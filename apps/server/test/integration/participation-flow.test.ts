import type {
  Employer,
  Opening,
  Participant,
  Programme,
  SuggestionList,
} from '@tsunagu/contracts/participation';
import { addMonths } from '@tsunagu/japan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHousehold, openCoordinatedCase, readCase, requestCase, triage } from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { created, employerInput, ok, openingInput, participantInput } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

// 生涯活躍就労支援事業: the desk registers a person, the programme allocates by barrier level, staff
// match an opening (score explained), record a trial, the placement and the three follow-ups.

let t: TestApp;
let desk: Session; // programme_staff at 生涯かつやく支援センター
let anabuki: Session; // staff of the private agency
let katsuyaku: string;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  desk = await login('programme_staff');
  anabuki = await t.loginAs('staff-anabuki@demo.example');
  katsuyaku = (await agencyByCode(t, desk, 'shogai-katsuyaku')).id;
});
afterAll(() => t.close());

describe('register → match → trial → placement → follow-ups', () => {
  let participant: Participant;
  let opening: Opening;

  it('registers and allocates a medium barrier to 社協', async () => {
    participant = await created<Participant>(t, desk, '/api/participation/participants', participantInput());
    expect(participant.allocatedAgency?.id).toBe(katsuyaku);
    expect([participant.programmeName, participant.programmeNameEn]).toEqual([
      '生涯活躍就労支援事業',
      'Lifelong employment programme',
    ]);
    expect(participant.stage).toBe('registered');
    expect(participant.assignedUser?.id).toBe(desk.userId);
  });

  it('lists each programme agency with the barrier levels it takes and its staff', async () => {
    const { items } = await ok<{ items: Programme[] }>(t, desk, 'GET', '/api/participation/programmes');
    const lifelong = items.find((p) => p.code === 'lifelong')!;
    expect(lifelong.divisionName).toBe('地域包括ケア推進課');
    const byId = new Map(lifelong.agencies.map((a) => [a.id, a]));
    expect(byId.get(katsuyaku)).toMatchObject({ barrierLevels: ['medium', 'large'], desk: true });
    expect(byId.get(katsuyaku)!.staff.map((u) => u.id)).toContain(desk.userId);
    expect(byId.get(anabuki.agencyId!)!.staff.map((u) => u.id)).toEqual([anabuki.userId]);
  });

  it('allocates a small barrier to the private agency, which then sees the person', async () => {
    const small = await created<Participant>(
      t,
      desk,
      '/api/participation/participants',
      participantInput({
        barrierLevel: 'small',
        person: { ...participantInput().person!, givenName: '二郎' },
      }),
    );
    expect(small.allocatedAgency?.name).toContain('穴吹');
    const seen = await t.call(anabuki, 'GET', `/api/participation/participants/${small.id}`);
    expect(seen.statusCode).toBe(200);
    const other = await t.call(anabuki, 'GET', `/api/participation/participants/${participant.id}`);
    expect(other.statusCode).toBe(404);
  });

  it('suggests the opening with its score explained, and the person for the opening', async () => {
    const employer = await created<Employer>(t, desk, '/api/participation/employers', employerInput());
    opening = await created<Opening>(
      t,
      desk,
      `/api/participation/employers/${employer.id}/openings`,
      openingInput(),
    );
    await created<Opening>(
      t,
      desk,
      `/api/participation/employers/${employer.id}/openings`,
      openingInput({ title: '倉庫の仕分け', tasks: ['sorting'], demands: ['lifting'], hoursPerWeek: 30 }),
    );
    const s = await ok<SuggestionList>(
      t,
      desk,
      'GET',
      `/api/participation/participants/${participant.id}/suggestions`,
    );
    expect(s.items[0]!.id).toBe(opening.id);
    expect(s.items[0]!.items.map((i) => i.key)).toEqual(['tasks', 'limits', 'hours', 'distance', 'wishes']);
    expect(s.items[0]!.items.find((i) => i.key === 'tasks')!.points).toBe(35);
    const last = s.items[s.items.length - 1]!;
    expect(last.conflict).toBe(true);
    expect(last.items.find((i) => i.key === 'limits')!.detail).toContain('重い物を持つ');
    const back = await ok<SuggestionList>(
      t,
      desk,
      'GET',
      `/api/participation/openings/${opening.id}/suggestions`,
    );
    expect(back.items.map((i) => i.id)).toContain(participant.id);
  });

  it('proposes, trials and places; the placement gets follow-ups at 1, 3 and 6 months', async () => {
    participant = await created<Participant>(t, desk, '/api/participation/matches', {
      participantId: participant.id,
      openingId: opening.id,
      proposedOn: '2025-06-10',
    });
    let match = participant.matches[0]!;
    expect(match.state).toBe('proposed');
    expect(participant.stage).toBe('matching');
    participant = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${match.id}/trial`, {
      version: match.version,
      trialFrom: '2025-06-16',
      trialTo: '2025-06-20',
      trialNote: '配膳を体験。',
    });
    match = participant.matches[0]!;
    expect(participant.stage).toBe('trial');
    participant = await ok<Participant>(t, desk, 'POST', `/api/participation/matches/${match.id}/place`, {
      version: match.version,
      placedOn: '2025-07-01',
    });
    match = participant.matches[0]!;
    expect(participant.stage).toBe('placed');
    expect(match.followUps.map((f) => [f.month, f.dueOn])).toEqual([
      [1, addMonths('2025-07-01', 1)],
      [3, '2025-10-01'],
      [6, '2026-01-01'],
    ]);
    for (const f of match.followUps) {
      participant = await ok<Participant>(t, desk, 'POST', `/api/participation/follow-ups/${f.id}`, {
        version: f.version,
        doneOn: f.dueOn,
        personContacted: true,
        employerContacted: true,
        stillWorking: true,
        note: '順調。',
      });
    }
    expect(participant.stage).toBe('retained');
    expect(participant.matches[0]!.followUps.every((f) => f.doneOn !== null)).toBe(true);
  });
});

describe('a coordinated case with participation support', () => {
  it('opens a participant record from the case and shows its progress on the case page', async () => {
    const login = sessionsOf(t);
    const staff = await login('agency_staff');
    const coordinator = await login('coordinator');
    const opened = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '参加',
      familyNameKana: 'サンカ',
    });
    const registered = await created<Participant>(
      t,
      coordinator,
      '/api/participation/participants',
      participantInput({ person: undefined, personId: opened.personId, caseId: opened.caseId }),
    );
    expect(registered.caseId).toBe(opened.caseId);
    const page = await readCase(t, coordinator, opened.caseId);
    expect(page.personId).toBe(opened.personId);
    expect(page.participation.map((p) => [p.id, p.stage, p.caseId])).toEqual([
      [registered.id, 'registered', opened.caseId],
    ]);
    // The programme desk the person was allocated to now sees the case's participant record.
    expect((await t.call(desk, 'GET', `/api/participation/participants/${registered.id}`)).statusCode).toBe(
      200,
    );
  });

  it('links an earlier record of the same person, and refuses a case of another person', async () => {
    const login = sessionsOf(t);
    const staff = await login('agency_staff');
    const coordinator = await login('coordinator');
    const h = await caseHousehold(t, staff, { familyName: '先行', familyNameKana: 'センコウ' });
    const earlier = await created<Participant>(
      t,
      staff,
      '/api/participation/participants',
      participantInput({ person: undefined, personId: h.personId, aim: 'place', barrierLevel: 'large' }),
    );
    const { id: caseId } = await requestCase(t, staff, h);
    await triage(t, coordinator, { caseId });
    let page = await readCase(t, coordinator, caseId);
    expect(page.participation.map((p) => [p.id, p.caseId])).toEqual([[earlier.id, null]]);
    const other = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '別人',
      familyNameKana: 'ベツジン',
    });
    const wrong = await t.call(coordinator, 'POST', `/api/participation/participants/${earlier.id}/case`, {
      version: earlier.version,
      caseId: other.caseId,
    });
    expect(wrong.statusCode).toBe(400);
    await ok<Participant>(t, coordinator, 'POST', `/api/participation/participants/${earlier.id}/case`, {
      version: earlier.version,
      caseId,
    });
    page = await readCase(t, coordinator, caseId);
    expect(page.participation.map((p) => [p.id, p.caseId])).toEqual([[earlier.id, caseId]]);
  });
});
