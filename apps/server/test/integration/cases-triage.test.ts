import type { CaseQueue } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHousehold, readCase, requestCase, today, triage } from '../support/cases';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: the coordinator's queue of escalations and direct requests, and triage into advice only
// (closed at once, with the advice) or a coordinated case (assessment, the desk on the team).

let t: TestApp;
let staff: Session; // 北区中央 (records the households, sends the referrals)
let naka: Session; // 中区
let yorisoi: Session; // 寄り添い
let coordinator: Session;
let advisor: Session;
let auditor: Session;
let ids: { naka: string; yorisoi: string; desk: string };

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  advisor = await login('advisor');
  auditor = await login('auditor');
  naka = await t.loginAs('staff-naka@demo.example');
  yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  ids = {
    naka: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
    yorisoi: (await agencyByCode(t, staff, 'yorisoi-support')).id,
    desk: (await agencyByCode(t, staff, 'coordinator-desk')).id,
  };
});
afterAll(() => t.close());

async function queue(): Promise<CaseQueue> {
  const res = await t.call(coordinator, 'GET', '/api/cases/queue');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseQueue;
}

async function escalate(session: Session, id: string) {
  const { version } = await readReferral(t, session, id);
  const res = await t.call(session, 'POST', `/api/referrals/${id}/escalate`, {
    version,
    reason: 'no_destination',
    note: '複数の課題が絡み、単独では支援できない',
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A referral 北区中央 → 中区 that 中区 escalates at once (no hop). */
async function directEscalation() {
  const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka, ids.yorisoi] });
  const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
  await escalate(naka, id!);
  return { ...h, referralId: id! };
}

/** A referral 北区中央 → 中区, handed on to 寄り添い (one hop), which escalates it. */
async function bouncedEscalation() {
  const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka, ids.yorisoi] });
  const [first] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
  const { version } = await readReferral(t, naka, first!);
  const handed = await t.call(naka, 'POST', `/api/referrals/${first}/hand-on`, {
    version,
    toAgencyId: ids.yorisoi,
    reason: '生活費の相談が中心のため',
    basis: 'consent',
  });
  expect(handed.statusCode, handed.body).toBe(200);
  const next = (await readReferral(t, naka, first!)).nextReferralId!;
  await escalate(yorisoi, next);
  return { ...h, referralId: next };
}

const caseRowsOfReferral = (referralId: string) =>
  rows<{ n: number }>(t.db, sql`select count(*)::int as n from cases where referral_id = ${referralId}`);

/** The referral's mark that a case was opened from it, and that case's creation (as ISO text). */
const openedMark = async (referralId: string) =>
  (
    await rows<{ opened: string | null; created: string | null }>(
      t.db,
      sql`select r.case_opened_at::text as opened, c.created_at::text as created
        from referrals r left join cases c on c.referral_id = r.id where r.id = ${referralId}`,
    )
  )[0];

describe(`the coordinator's queue and triage (${dbKind()})`, () => {
  it('lists escalated referrals, the one with more hops first, with the escalating agency', async () => {
    // The bounced one comes between two plain ones in time: neither oldest nor newest first puts it first.
    const plain = await directEscalation();
    const bounced = await bouncedEscalation();
    const later = await directEscalation();
    // The plain ones waited longer without an owner: hops still come first, then the longest wait.
    for (const [e, days] of [
      [plain, 5],
      [later, 10],
    ] as const)
      await rows(
        t.db,
        sql`update referrals set chain_started_at = chain_started_at - make_interval(days => ${days}::int)
            where id = ${e.referralId}`,
      );
    const { escalations } = await queue();
    const mine = [plain, bounced, later].map((e) => e.referralId);
    const order = escalations.map((e) => e.referralId).filter((id) => mine.includes(id));
    expect(order).toEqual([bounced.referralId, later.referralId, plain.referralId]);
    const item = escalations.find((e) => e.referralId === bounced.referralId)!;
    expect(item).toMatchObject({ householdId: bounced.householdId, hops: 1, automatic: false });
    expect(item.fromAgency.id).toBe(ids.yorisoi);
    expect(item.note).toBe('複数の課題が絡み、単独では支援できない');
    expect(escalations.find((e) => e.referralId === later.referralId)).toMatchObject({
      hops: 0,
      ownerlessDays: 10,
    });
  });

  it('advice only needs the advice (400, nothing created), then closes the case with it', async () => {
    const { referralId, householdId } = await directEscalation();
    const missing = await t.call(coordinator, 'POST', '/api/cases/triage', {
      referralId,
      kind: 'advice_only',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues.map((i: { path: string }) => i.path)).toContain('body.advice');
    expect((await caseRowsOfReferral(referralId))[0]!.n).toBe(0);
    // The refused triage rolled back whole: the escalation is not marked and still waits.
    expect(await openedMark(referralId)).toEqual({ opened: null, created: null });
    expect((await queue()).escalations.map((e) => e.referralId)).toContain(referralId);

    const done = await triage(t, coordinator, { referralId }, 'advice_only');
    expect(done).toMatchObject({
      source: 'escalation',
      referralId,
      householdId,
      kind: 'advice_only',
      stage: 'closed',
      advice: '家計改善支援の窓口を案内しました。',
      closedOn: today(),
      receivedOn: today(),
    });
    expect(done.requestAgency?.id).toBe(ids.naka);
    expect(done.team).toEqual([]);
    expect((await caseRowsOfReferral(referralId))[0]!.n).toBe(1);
    // The database marked the escalation in the case's own transaction, at the case's creation: the
    // queue reads only unmarked escalations (their partial index).
    const mark = await openedMark(referralId);
    expect(mark?.opened).not.toBeNull();
    expect(mark?.opened).toBe(mark?.created);
    expect((await queue()).escalations.map((e) => e.referralId)).not.toContain(referralId);
  });

  it('coordinated moves to assessment with the coordinator desk on the team (全体調整)', async () => {
    const { referralId } = await directEscalation();
    const c = await triage(t, coordinator, { referralId });
    expect(c).toMatchObject({ kind: 'coordinated', stage: 'assessment', advice: null, closedOn: null });
    expect(c.team.map((m) => [m.agency.id, m.role, m.endedAt])).toEqual([
      [ids.desk, 'overall_coordination', null],
    ]);
    expect(c.abilities).toMatchObject({ manageTeam: true, draftPlan: true, close: true, triage: false });
    const [event] = (await auditEvents(t, auditor, 'action=case.triaged')).items.filter(
      (e) => e.entityId === c.id,
    );
    expect(event?.payload).toMatchObject({ change: 'coordinated', ids: [referralId] });
  });

  it('refuses to triage the same item twice (409) and leaves one case', async () => {
    const { referralId } = await directEscalation();
    const c = await triage(t, coordinator, { referralId });
    const again = await t.call(coordinator, 'POST', '/api/cases/triage', { referralId, kind: 'coordinated' });
    expect(again.statusCode, again.body).toBe(409);
    const byCase = await t.call(coordinator, 'POST', '/api/cases/triage', {
      caseId: c.id,
      kind: 'advice_only',
      advice: '案内のみ',
    });
    expect(byCase.statusCode, byCase.body).toBe(409);
    expect((await caseRowsOfReferral(referralId))[0]!.n).toBe(1);
    expect((await readCase(t, coordinator, c.id)).kind).toBe('coordinated');
  });

  it('a referral that was not escalated is not the coordinator’s to triage (404)', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const [referralId] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const res = await t.call(coordinator, 'POST', '/api/cases/triage', { referralId, kind: 'coordinated' });
    expect(res.statusCode, res.body).toBe(404);
    expect((await caseRowsOfReferral(referralId!))[0]!.n).toBe(0);
  });
});

describe(`direct requests (${dbKind()})`, () => {
  it('an agency that sees the household asks directly; the request waits in the queue', async () => {
    const h = await caseHousehold(t, staff, { familyName: '鷲尾', familyNameKana: 'ワシオ' });
    const res = await t.call(staff, 'POST', '/api/cases', { ...h, summary: 'ごみ屋敷と滞納の相談' });
    expect(res.statusCode, res.body).toBe(201);
    const { id, number } = res.json() as { id: string; number: number };
    const item = (await queue()).requests.find((r) => r.id === id);
    expect(item).toMatchObject({
      number,
      householdId: h.householdId,
      personName: '鷲尾 𠮷子',
      source: 'direct',
      kind: null,
      stage: 'triage',
      summary: 'ごみ屋敷と滞納の相談',
      receivedOn: today(),
    });
    expect(item?.requestAgency?.name).toBe('岡山市北区中央地域包括支援センター');
    // The requesting agency is not on the team: it does not see the case it asked about.
    expect((await t.call(staff, 'GET', `/api/cases/${id}`)).statusCode).toBe(404);
    await triage(t, coordinator, { caseId: id });
    expect((await queue()).requests.map((r) => r.id)).not.toContain(id);
  });

  it('an agency that does not see the household gets 404, and nothing is created', async () => {
    const h = await caseHousehold(t, staff, { familyName: '榊原', familyNameKana: 'サカキバラ' });
    const res = await t.call(naka, 'POST', '/api/cases', { ...h, summary: '見えない世帯' });
    expect(res.statusCode, res.body).toBe(404);
    const [row] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from cases where household_id = ${h.householdId}`,
    );
    expect(row!.n).toBe(0);
  });

  it('the person must belong to the household, and the date must not be in the future (400)', async () => {
    const h = await caseHousehold(t, staff, { familyName: '蔵本', familyNameKana: 'クラモト' });
    const other = await caseHousehold(t, staff, { familyName: '檜山', familyNameKana: 'ヒヤマ' });
    const stranger = await t.call(staff, 'POST', '/api/cases', {
      householdId: h.householdId,
      personId: other.personId,
      summary: '別世帯の人',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.issues[0].path).toBe('personId');
    const future = await t.call(staff, 'POST', '/api/cases', {
      ...h,
      summary: '未来',
      receivedOn: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.issues[0].path).toBe('receivedOn');
  });

  it('a backdated request keeps its 受付日', async () => {
    const h = await caseHousehold(t, staff, { familyName: '柚木', familyNameKana: 'ユノキ' });
    const { id } = await requestCase(t, staff, h, { receivedOn: '2024-03-31' });
    expect((await readCase(t, coordinator, id)).receivedOn).toBe('2024-03-31');
  });
});

describe(`who may use the queue and triage (${dbKind()})`, () => {
  it('answers 401 without a session on every endpoint', async () => {
    for (const [method, url] of [
      ['GET', '/api/cases/queue'],
      ['POST', '/api/cases/triage'],
      ['POST', '/api/cases'],
    ] as const) {
      const res = await t.call(null, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('only the coordinator sees the queue and triages (403 for agency staff and advisors)', async () => {
    const h = await caseHousehold(t, staff, { familyName: '楠田', familyNameKana: 'クスダ' });
    const { id } = await requestCase(t, staff, h);
    for (const s of [staff, naka, advisor]) {
      expect((await t.call(s, 'GET', '/api/cases/queue')).statusCode).toBe(403);
      const res = await t.call(s, 'POST', '/api/cases/triage', { caseId: id, kind: 'coordinated' });
      expect(res.statusCode, res.body).toBe(403);
    }
    const waiting = await readCase(t, coordinator, id);
    expect(waiting.stage).toBe('triage');
    // Until triage only triage is offered: no records, contacts, plans or closure yet.
    expect(waiting.abilities).toEqual({
      triage: true,
      manageTeam: false,
      record: false,
      contact: false,
      draftPlan: false,
      approvePlan: false,
      monitor: false,
      close: false,
      review: false,
      makeStory: false,
    });
    // An advisor has no agency case load to ask about: the request itself is refused.
    const asked = await t.call(advisor, 'POST', '/api/cases', { ...h, summary: '助言者から' });
    expect(asked.statusCode).toBe(403);
  });

  it('rejects bad input with 400 and the issues', async () => {
    const bad = [
      [{ kind: 'coordinated' }, 'body.referralId'],
      [
        { caseId: crypto.randomUUID(), referralId: crypto.randomUUID(), kind: 'coordinated' },
        'body.referralId',
      ],
      [{ caseId: crypto.randomUUID(), kind: 'maybe' }, 'body.kind'],
      [{ caseId: 'not-a-uuid', kind: 'coordinated' }, 'body.caseId'],
    ] as const;
    for (const [body, path] of bad) {
      const res = await t.call(coordinator, 'POST', '/api/cases/triage', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const request = await t.call(staff, 'POST', '/api/cases', { householdId: 'x', summary: '' });
    expect(request.statusCode).toBe(400);
    const paths = request.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.householdId', 'body.personId', 'body.summary']));
    const unknown = await t.call(coordinator, 'POST', '/api/cases/triage', {
      caseId: crypto.randomUUID(),
      kind: 'coordinated',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
