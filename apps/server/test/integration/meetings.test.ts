import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoordinatedCase, recordConsent, shiftDate, today } from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { createMeeting, meetingCount, meetingInput, minutesInput, readMeeting } from '../support/meetings';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4 and §3: the legal rule each meeting kind carries. 支援会議: member agencies only, each
// attendee bound to secrecy before the meeting is recorded. 重層的支援会議: the person's consent
// covers every attending agency. Refusals create nothing.

let t: TestApp;
let staff: Session; // 北区中央: records the households (and their consents)
let naka: Session;
let yorisoi: Session;
let coordinator: Session;
let ids: { naka: string; yorisoi: string; kizuna: string };

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  naka = await t.loginAs('staff-naka@demo.example');
  yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  ids = {
    naka: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
    yorisoi: (await agencyByCode(t, staff, 'yorisoi-support')).id,
    kizuna: (await agencyByCode(t, staff, 'npo-kizuna')).id, // not a 支援会議構成員
  };
});
afterAll(() => t.close());

const post = (s: Session, id: string, path: string, body: unknown) =>
  t.call(s, 'POST', `/api/meetings/${id}/${path}`, body);

describe(`支援会議 (${dbKind()})`, () => {
  it('refuses an agency that is not a member (422 naming it) and creates nothing', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '久米',
      familyNameKana: 'クメ',
    });
    const before = await meetingCount(t);
    const res = await t.call(
      coordinator,
      'POST',
      '/api/meetings',
      meetingInput('support_council', [c.caseId], [ids.naka, ids.kizuna]),
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('unprocessable');
    expect(res.json().error.details.agencies).toEqual([{ id: ids.kizuna, name: 'NPO法人岡山きずな' }]);
    expect(res.json().error.message).toContain('NPO法人岡山きずな');
    expect(await meetingCount(t)).toBe(before);
  });

  it('is recorded only once every attendee acknowledged secrecy; each agency acknowledges its own row', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '安里',
      familyNameKana: 'アサト',
    });
    const id = await createMeeting(
      t,
      coordinator,
      meetingInput('support_council', [c.caseId], [ids.naka, ids.yorisoi]),
    );
    const seen = await readMeeting(t, naka, id);
    const rowOf = (agencyId: string) => seen.attendees.find((a) => a.agency.id === agencyId)!.id;
    const [nakaRow, yorisoiRow] = [rowOf(ids.naka), rowOf(ids.yorisoi)];
    expect(seen.abilities.acknowledge).toEqual([nakaRow]); // only its own row is offered

    const refused = await post(coordinator, id, 'minutes', minutesInput(seen.version));
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details.attendees.sort()).toEqual([nakaRow, yorisoiRow].sort());

    expect((await post(naka, id, 'acknowledge', { attendeeId: yorisoiRow })).statusCode).toBe(403);
    expect((await post(yorisoi, id, 'acknowledge', { attendeeId: nakaRow })).statusCode).toBe(403);
    expect((await post(staff, id, 'acknowledge', { attendeeId: nakaRow })).statusCode).toBe(404);
    const own = await post(naka, id, 'acknowledge', { attendeeId: nakaRow });
    expect(own.statusCode, own.body).toBe(200);
    expect(
      own.json().attendees.find((a: { id: string }) => a.id === nakaRow).secrecyAcknowledgedAt,
    ).not.toBeNull();
    expect((await post(naka, id, 'acknowledge', { attendeeId: nakaRow })).statusCode).toBe(409);
    const [recorded] = await rows<{ by: string }>(
      t.db,
      sql`select acknowledgement_recorded_by::text as by from meeting_attendees where id = ${nakaRow}`,
    );
    expect(recorded?.by).toBe(naka.userId);

    const stillOne = await post(coordinator, id, 'minutes', minutesInput(own.json().version));
    expect(stillOne.statusCode).toBe(422);
    expect(stillOne.json().error.details.attendees).toEqual([yorisoiRow]);
    // The coordinator records the other from the signed paper form.
    expect((await post(coordinator, id, 'acknowledge', { attendeeId: yorisoiRow })).statusCode).toBe(200);
    const { version } = await readMeeting(t, coordinator, id);
    const held = await post(coordinator, id, 'minutes', minutesInput(version));
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ state: 'held', minutes: '各機関の役割を確認した。' });
  });

  it('acknowledgement belongs to 支援会議 only (409 elsewhere); an unknown row is 404', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '渡嘉敷',
      familyNameKana: 'トカシキ',
    });
    const id = await createMeeting(t, coordinator, meetingInput('case_conference', [c.caseId], [ids.naka]));
    const row = (await readMeeting(t, naka, id)).attendees[0]!.id;
    expect((await post(naka, id, 'acknowledge', { attendeeId: row })).statusCode).toBe(409);
    const council = await createMeeting(
      t,
      coordinator,
      meetingInput('support_council', [c.caseId], [ids.naka]),
    );
    const unknown = await post(coordinator, council, 'acknowledge', { attendeeId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(404);
  });
});

describe(`重層的支援会議 (${dbKind()})`, () => {
  it('needs the person’s consent to cover every attendee (422 consent_required), else creates nothing', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '又吉',
      familyNameKana: 'マタヨシ',
    });
    await recordConsent(t, staff, c.personId, {
      purpose: 'multi_agency_meeting',
      scopeAgencyIds: [ids.naka],
    });
    // Consent for support sharing is another purpose: it does not open the meeting to 寄り添い.
    await recordConsent(t, staff, c.personId, { purpose: 'support_sharing', scopeAgencyIds: [ids.yorisoi] });
    const input = meetingInput('multi_agency', [c.caseId], [ids.naka, ids.yorisoi]);
    const before = await meetingCount(t);
    const res = await t.call(coordinator, 'POST', '/api/meetings', input);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('consent_required');
    expect(res.json().error.details.missing).toEqual([
      { caseNumber: c.number, agency: '岡山市寄り添いサポートセンター' },
    ]);
    expect(await meetingCount(t)).toBe(before);

    // A consent by agency category covers 寄り添い too.
    await recordConsent(t, staff, c.personId, {
      purpose: 'multi_agency_meeting',
      scopeAgencyCategories: ['self-reliance-support'],
    });
    const ok = await t.call(coordinator, 'POST', '/api/meetings', input);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await meetingCount(t)).toBe(before + 1);
  });

  it('a withdrawn consent no longer covers the meeting', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '島袋',
      familyNameKana: 'シマブクロ',
    });
    const consentId = await recordConsent(t, staff, c.personId, {
      purpose: 'multi_agency_meeting',
      scopeAgencyIds: [ids.naka],
    });
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${consentId}/withdraw`, { note: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const res = await t.call(
      coordinator,
      'POST',
      '/api/meetings',
      meetingInput('multi_agency', [c.caseId], [ids.naka]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.missing).toEqual([
      { caseNumber: c.number, agency: '岡山市中区地域包括支援センター' },
    ]);
  });

  it('withdrawing the consent after planning ends the attendee’s sight of the case at once', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '名嘉',
      familyNameKana: 'ナカ',
    });
    await recordConsent(t, staff, c.personId, {
      purpose: 'multi_agency_meeting',
      scopeAgencyIds: [ids.naka],
    });
    const forYorisoi = await recordConsent(t, staff, c.personId, {
      purpose: 'multi_agency_meeting',
      scopeAgencyIds: [ids.yorisoi],
    });
    const id = await createMeeting(
      t,
      coordinator,
      meetingInput('multi_agency', [c.caseId], [ids.naka, ids.yorisoi]),
    );
    expect((await readMeeting(t, yorisoi, id)).agenda.map((a) => a.caseId)).toEqual([c.caseId]);
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${forYorisoi}/withdraw`, { note: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await readMeeting(t, yorisoi, id)).agenda).toEqual([]);
    expect((await readMeeting(t, naka, id)).agenda.map((a) => a.caseId)).toEqual([c.caseId]);
  });
});

describe(`planning a meeting: the agenda and the checks (${dbKind()})`, () => {
  it('needs open coordinated cases on the agenda, except for an advisors’ meeting', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '金城',
      familyNameKana: 'キンジョウ',
    });
    const none = await t.call(
      coordinator,
      'POST',
      '/api/meetings',
      meetingInput('case_conference', [], [ids.naka]),
    );
    expect(none.statusCode).toBe(400);
    const twice = meetingInput('case_conference', [c.caseId, c.caseId], [ids.naka]);
    expect((await t.call(coordinator, 'POST', '/api/meetings', twice)).statusCode).toBe(400);
    const unknown = meetingInput('case_conference', [crypto.randomUUID()], [ids.naka]);
    expect((await t.call(coordinator, 'POST', '/api/meetings', unknown)).statusCode).toBe(400);
    const noAgency = meetingInput('case_conference', [c.caseId], [crypto.randomUUID()]);
    const res = await t.call(coordinator, 'POST', '/api/meetings', noAgency);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('attendees.0.agencyId');
    await createMeeting(t, coordinator, meetingInput('advisor', [], [ids.naka]));
  });

  it('only the coordinator plans meetings (403); a planned meeting cannot be closed (409)', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '比屋根',
      familyNameKana: 'ヒヤネ',
    });
    const input = meetingInput('case_conference', [c.caseId], [ids.naka]);
    expect((await t.call(naka, 'POST', '/api/meetings', input)).statusCode).toBe(403);
    const id = await createMeeting(t, coordinator, input);
    const { version } = await readMeeting(t, coordinator, id);
    const close = await post(coordinator, id, 'close', { version });
    expect(close.statusCode).toBe(409);
    expect((await readMeeting(t, coordinator, id)).state).toBe('planned');
  });

  it('a meeting in the future cannot be recorded yet (409)', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '平良',
      familyNameKana: 'タイラ',
    });
    const input = meetingInput('case_conference', [c.caseId], [ids.naka], { heldOn: shiftDate(today(), 7) });
    const id = await createMeeting(t, coordinator, input);
    const res = await post(coordinator, id, 'minutes', minutesInput(1));
    expect(res.statusCode).toBe(409);
  });

  it('401 without a session and 400 for bad input on every meeting endpoint', async () => {
    const id = crypto.randomUUID();
    for (const [method, url] of [
      ['POST', '/api/meetings'],
      ['GET', '/api/meetings'],
      ['GET', `/api/meetings/${id}`],
      ['POST', `/api/meetings/${id}/acknowledge`],
      ['POST', `/api/meetings/${id}/minutes`],
      ['POST', `/api/meetings/${id}/close`],
    ] as const) {
      const res = await t.call(null, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, url).toBe(401);
    }
    const bad = await t.call(coordinator, 'POST', '/api/meetings', {
      kind: 'party',
      heldOn: '2025-02-30',
      purpose: ' ',
      caseIds: ['x'],
      attendees: [],
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.kind',
        'body.heldOn',
        'body.purpose',
        'body.caseIds.0',
        'body.attendees',
      ]),
    );
    expect((await t.call(coordinator, 'GET', '/api/meetings/nope')).statusCode).toBe(400);
    for (const path of ['acknowledge', 'minutes', 'close'])
      expect((await post(coordinator, id, path, { version: 'one' })).statusCode, path).toBe(400);
    expect((await t.call(coordinator, 'GET', `/api/meetings/${id}`)).statusCode).toBe(404);
  });
});

describe(`複合課題ケース検討会 (${dbKind()})`, () => {
  it('shows an attending agency outside the team the agenda case only while a consent covers it', async () => {
    const c = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '比屋根',
      familyNameKana: 'ヒヤネ',
    });
    const id = await createMeeting(
      t,
      coordinator,
      meetingInput('case_conference', [c.caseId], [ids.yorisoi]),
    );
    // No basis yet: the meeting is visible to the attendee, its agenda case is not.
    expect((await readMeeting(t, yorisoi, id)).agenda).toEqual([]);
    const consent = await recordConsent(t, staff, c.personId, {
      purpose: 'support_sharing',
      scopeAgencyCategories: ['self-reliance-support'],
    });
    const shown = (await readMeeting(t, yorisoi, id)).agenda;
    expect(shown.map((a) => [a.caseId, a.members.length])).toEqual([[c.caseId, 1]]);
    expect((await t.call(yorisoi, 'GET', `/api/cases/${c.caseId}`)).statusCode).toBe(404);
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${consent}/withdraw`, { note: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await readMeeting(t, yorisoi, id)).agenda).toEqual([]);
  });
});
