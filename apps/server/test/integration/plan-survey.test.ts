import type { Indicator, IndicatorList, Survey, SurveyDetail, SurveyRequest } from '@tsunagu/contracts/plan';
import { toIsoDate } from '@tsunagu/japan';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// 連携アンケート (indicator No 5): the planner sends the 年度's survey to every agency of the directory;
// each agency's manager answers for it (staff read it only); an agency sees its own answer, not another
// agency's. Response and collaboration rates are percentages with one decimal (20 of 47 → 42.6, as
// published for R3), and the collaboration rate becomes No 5's computed value for the 年度.

let t: TestApp;
let planner: Session;
let manager: Session; // agency_manager of 北中央 (hokatsu-kita-chuo)
let staff: Session; // agency_staff of the same agency
let naka: Session; // agency_manager of 中 (hokatsu-naka), made in beforeAll
let kitaChuo: string;
let nakaId: string;
let agencyCount: number;
let survey: SurveyDetail;

/** A date `days` from today in Japan (the server compares closing dates with Tokyo's today). */
const inDays = (days: number) => toIsoDate(new Date(Date.now() + days * 86_400_000));

const requests = async (s: Session): Promise<SurveyRequest[]> => {
  const res = await t.call(s, 'GET', '/api/plan/survey-requests');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as SurveyRequest[];
};
const detail = async (): Promise<SurveyDetail> => {
  const res = await t.call(planner, 'GET', `/api/plan/surveys/${survey.id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SurveyDetail;
};
const answer = (s: Session, body: unknown) =>
  t.call(s, 'POST', `/api/plan/surveys/${survey.id}/answer`, body);

const managerOf = (agencyId: string, userId: string): UserActor => ({
  kind: 'user',
  tenantId: t.publicTenantId,
  userId,
  sessionId: '',
  agencyId,
  divisionCode: null,
  roles: ['agency_manager'],
});

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  planner = await login('planner');
  manager = await login('agency_manager');
  staff = await login('agency_staff');
  kitaChuo = (await agencyByCode(t, planner, 'hokatsu-kita-chuo')).id;
  nakaId = (await agencyByCode(t, planner, 'hokatsu-naka')).id;
  // The demo directory has 45 agencies; five more so that 47 can answer, as 47 did in R3.
  for (let n = 1; n <= 5; n++)
    await t.db.execute(sql`insert into agencies
      (tenant_id, code, name, name_kana, search_key, category_code, contact)
      values (${t.publicTenantId}, ${`survey-extra-${n}`}, ${`アンケート追加${n}`}, 'あんけーと', 'survey',
        'community-care-centre', '{}'::jsonb)`);
  const [count] = await rows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from agencies where tenant_id = ${t.publicTenantId}`,
  );
  agencyCount = Number(count!.n);
  // A manager of 中 地域包括支援センター, with the demo password, written as the owner.
  await t.db.execute(sql`insert into users (tenant_id, email, display_name, password_hash, roles, agency_id)
    select tenant_id, 'manager-naka@demo.example', '中区 管理', password_hash, '{agency_manager}', ${nakaId}
    from users where email = 'manager@demo.example'`);
  naka = await t.loginAs('manager-naka@demo.example');
});
afterAll(() => t.close());

describe(`sending the survey (${dbKind()})`, () => {
  it('is the planner’s alone: everyone else gets 403 on the list and on sending', async () => {
    const login = sessionsOf(t);
    for (const role of [
      'division_reporter',
      'agency_manager',
      'agency_staff',
      'coordinator',
      'admin',
    ] as const) {
      const s = await login(role);
      expect((await t.call(s, 'GET', '/api/plan/surveys')).statusCode, role).toBe(403);
      const sent = await t.call(s, 'POST', '/api/plan/surveys', { fiscalYear: 2022, closesOn: inDays(30) });
      expect(sent.statusCode, role).toBe(403);
    }
    expect((await t.call(null, 'GET', '/api/plan/surveys')).statusCode).toBe(401);
    const list = await t.call(planner, 'GET', '/api/plan/surveys');
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { items: Survey[] }).items).toEqual([]);
  });

  it('refuses a closing date in the past (400)', async () => {
    const res = await t.call(planner, 'POST', '/api/plan/surveys', {
      fiscalYear: 2022,
      closesOn: '2020-01-31',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.issues[0].path).toBe('closesOn');
  });

  it('sends it to every agency of the directory, once per 年度 (a second one is 409)', async () => {
    const res = await t.call(planner, 'POST', '/api/plan/surveys', {
      fiscalYear: 2022,
      closesOn: inDays(30),
    });
    expect(res.statusCode, res.body).toBe(201);
    survey = res.json() as SurveyDetail;
    expect(agencyCount).toBe(50);
    expect(survey).toMatchObject({
      fiscalYear: 2022,
      question: '関係機関との密な連携がとれていると感じますか。',
      state: 'open',
      recipients: agencyCount,
      responses: 0,
      responseRate: 0,
      yes: 0,
      collaborationRate: null,
    });
    expect(survey.recipientList).toHaveLength(agencyCount);
    expect(survey.recipientList.every((r) => !r.answered && r.answer === null)).toBe(true);

    const again = await t.call(planner, 'POST', '/api/plan/surveys', {
      fiscalYear: 2022,
      closesOn: inDays(60),
    });
    expect(again.statusCode, again.body).toBe(409);
    const created = await auditEvents(t, await sessionsOf(t)('auditor'), 'action=survey.created');
    expect(created.items.map((e) => e.payload)).toEqual([{ fiscalYear: 2022, recipients: agencyCount }]);
  });
});

describe(`answering (${dbKind()})`, () => {
  it('shows the request to the agency’s manager (who may answer) and staff (who may not: 403)', async () => {
    const [mine] = await requests(manager);
    expect(mine).toMatchObject({
      surveyId: survey.id,
      fiscalYear: 2022,
      state: 'open',
      agency: { id: kitaChuo },
      answer: null,
      canAnswer: true,
    });
    const [theirs] = await requests(staff);
    expect(theirs).toMatchObject({ surveyId: survey.id, agency: { id: kitaChuo }, canAnswer: false });
    expect((await answer(staff, { answer: 'yes' })).statusCode).toBe(403);
    expect((await requests(planner)).length).toBe(0);
  });

  it('refuses an answer that is not yes or no (400, in Japanese)', async () => {
    const res = await answer(manager, { answer: 'maybe' });
    expect(res.statusCode, res.body).toBe(400);
    const issue = res.json().error.issues[0];
    expect(issue.path).toBe('body.answer');
    expect(issue.message).toContain('回答を選んでください');
  });

  it('counts the manager’s answer; the planner sees who answered', async () => {
    const res = await answer(manager, { answer: 'yes', comment: '定例会で顔の見える関係ができた。' });
    expect(res.statusCode, res.body).toBe(200);
    const [mine] = res.json().items as SurveyRequest[];
    expect(mine).toMatchObject({
      answer: 'yes',
      comment: '定例会で顔の見える関係ができた。',
      canAnswer: true,
    });
    expect(mine!.answeredAt).not.toBeNull();

    const d = await detail();
    expect(d).toMatchObject({ responses: 1, yes: 1, responseRate: 2, collaborationRate: 100 });
    const answered = d.recipientList.filter((r) => r.answered);
    expect(answered).toEqual([
      {
        agency: { id: kitaChuo, name: expect.any(String) },
        answered: true,
        answer: 'yes',
        comment: '定例会で顔の見える関係ができた。',
      },
    ]);
    expect(d.recipientList.find((r) => r.agency.id === nakaId)).toMatchObject({
      answered: false,
      answer: null,
    });
  });

  it('keeps one agency’s answer from another agency’s manager (API and row-level security)', async () => {
    const theirs = await requests(naka);
    expect(theirs.map((r) => [r.agency.id, r.answer])).toEqual([[nakaId, null]]);
    expect(JSON.stringify(theirs)).not.toContain('顔の見える関係');
    expect((await t.call(naka, 'GET', `/api/plan/surveys/${survey.id}`)).statusCode).toBe(403);

    // Straight at the database as 中's manager: only 中's row is there, and 北中央's cannot be changed.
    const asNaka = managerOf(nakaId, naka.userId);
    const seen = await runAs(t.db, asNaka, (tx) =>
      rows<{ agency_id: string }>(tx, sql`select agency_id from survey_recipients`),
    );
    expect(seen).toEqual([{ agency_id: nakaId }]);
    const overwritten = await runAs(t.db, asNaka, (tx) =>
      rows(
        tx,
        sql`update survey_recipients set answer = 'no', answered_by = ${naka.userId}
          where agency_id = ${kitaChuo} returning id`,
      ),
    );
    expect(overwritten).toEqual([]);
    const [row] = await rows<{ answer: string }>(
      t.db,
      sql`select answer from survey_recipients where survey_id = ${survey.id} and agency_id = ${kitaChuo}`,
    );
    expect(row!.answer).toBe('yes');
  });

  it('gives response and collaboration rates with one decimal: 20 of 47 is 42.6%', async () => {
    // 46 more agencies answer (19 yes, 27 no), written as the owner; with 北中央's yes: 20 of 47.
    const others = await rows<{ id: string }>(
      t.db,
      sql`select id from survey_recipients where survey_id = ${survey.id} and agency_id <> ${kitaChuo}
        order by agency_id limit 46`,
    );
    expect(others).toHaveLength(46);
    for (const [n, r] of others.entries())
      await t.db.execute(sql`update survey_recipients set answer = ${n < 19 ? 'yes' : 'no'},
        answered_at = now() where id = ${r.id}`);
    const d = await detail();
    expect(d).toMatchObject({
      recipients: 50,
      responses: 47,
      responseRate: 94, // 47 / 50
      yes: 20,
      collaborationRate: 42.6, // 20 / 47 = 42.553…
    });
    expect(d.recipientList.filter((r) => !r.answered)).toHaveLength(3);
    const list = (await t.call(planner, 'GET', '/api/plan/surveys')).json() as { items: Survey[] };
    expect(list.items.map((s) => [s.fiscalYear, s.responseRate, s.collaborationRate])).toEqual([
      [2022, 94, 42.6],
    ]);
  });
});

describe(`indicator No 5 from the survey (${dbKind()})`, () => {
  const no5 = async (): Promise<Indicator> => {
    const res = await t.call(planner, 'GET', '/api/plan/indicators');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as IndicatorList).items.find((i) => i.no === 5)!;
  };
  const at = (i: Indicator, fy: number) => i.values.find((v) => v.fiscalYear === fy);

  it('keeps the published 30.6 for R4 while it is recorded, with the survey’s 42.6 beside it', async () => {
    const i = await no5();
    expect(i.metric?.key).toBe('survey.collaboration_rate');
    expect(at(i, 2022)).toMatchObject({ value: 30.6, origin: 'recorded', recorded: 30.6, computed: 42.6 });
  });

  it('shows the survey’s collaboration rate once the recorded figure is cleared', async () => {
    const i = await no5();
    const res = await t.call(planner, 'PUT', `/api/plan/indicators/${i.id}/values/2022`, { value: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(at(await no5(), 2022)).toMatchObject({
      value: 42.6,
      origin: 'computed',
      recorded: null,
      computed: 42.6,
    });
    // R3 keeps its recorded figure; no survey in 2021, so nothing is computed for it.
    expect(at(await no5(), 2021)).toMatchObject({ value: 42.6, origin: 'recorded', computed: null });
  });
});

describe(`closing (${dbKind()})`, () => {
  it('takes no answer once the closing date has passed, even before the planner closes it (409)', async () => {
    const [row] = await rows<{ closes_on: string }>(
      t.db,
      sql`select closes_on::text from agency_surveys where id = ${survey.id}`,
    );
    await rows(t.db, sql`update agency_surveys set closes_on = ${inDays(-1)}::date where id = ${survey.id}`);
    try {
      const [mine] = await requests(manager);
      expect(mine).toMatchObject({ state: 'open', canAnswer: false });
      const late = await answer(manager, { answer: 'no' });
      expect(late.statusCode, late.body).toBe(409);
    } finally {
      await rows(
        t.db,
        sql`update agency_surveys set closes_on = ${row!.closes_on}::date where id = ${survey.id}`,
      );
    }
    expect((await requests(manager))[0]?.canAnswer).toBe(true);
  });

  it('closes once (a second close is 409); after that no answer is taken (409)', async () => {
    for (const s of [manager, naka])
      expect((await t.call(s, 'POST', `/api/plan/surveys/${survey.id}/close`)).statusCode).toBe(403);
    const res = await t.call(planner, 'POST', `/api/plan/surveys/${survey.id}/close`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as SurveyDetail).state).toBe('closed');
    const twice = await t.call(planner, 'POST', `/api/plan/surveys/${survey.id}/close`);
    expect(twice.statusCode, twice.body).toBe(409);

    const [mine] = await requests(manager);
    expect(mine).toMatchObject({ state: 'closed', canAnswer: false, answer: 'yes' });
    const late = await answer(naka, { answer: 'no' });
    expect(late.statusCode, late.body).toBe(409);
    expect((await answer(manager, { answer: 'no' })).statusCode).toBe(409);
    expect(await detail()).toMatchObject({ responses: 47, yes: 20, collaborationRate: 42.6 });
  });
});
