import type { Entry, EntryList, PlanOverview, ProgressReport, RoadmapItem } from '@tsunagu/contracts/plan';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { auditEvents, sessionsOf } from '../support/factories';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// 進捗報告: a division reporter writes the 取組実績 of their own division's roadmap items, submits
// them, the planner returns or approves them; the history says who did what. Row-level security and
// a trigger keep a reporter to their own division and keep approval with the planner even when the
// service is bypassed. Only approved entries reach the public progress page and the plain report.

const REPORTER = '報告 四郎'; // division_reporter of 地域包括ケア推進課 (community-care)
const PLANNER = '企画 花子'; // planner of 保健福祉企画総務課 (welfare-planning)

let t: TestApp;
let reporter: Session;
let planner: Session;
let auditor: Session;
/** A second reporter, of 医療政策推進課: made in beforeAll (the demo has one reporter). */
let medical: Session;
let items: RoadmapItem[];

/** The roadmap item 「policy-no」 of the seeded plan. */
const item = (policyNo: number, no: number) => items.find((i) => i.policyNo === policyNo && i.no === no)!;

async function create(s: Session, body: { itemId: string; fiscalYear: number; divisionCode: string }) {
  return t.call(s, 'POST', '/api/plan/entries', body);
}
async function read(s: Session, id: string): Promise<Entry> {
  const res = await t.call(s, 'GET', `/api/plan/entries/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Entry;
}
const edit = (s: Session, id: string, version: number, achievements: string, nextSteps = '継続する。') =>
  t.call(s, 'PUT', `/api/plan/entries/${id}`, { version, achievements, nextSteps });
const act = (
  s: Session,
  id: string,
  action: 'submit' | 'approve' | 'return',
  version: number,
  comment: string | null = null,
) => t.call(s, 'POST', `/api/plan/entries/${id}/${action}`, { version, comment });
const comment = (s: Session, id: string, text: string) =>
  t.call(s, 'POST', `/api/plan/entries/${id}/comment`, { comment: text });

/** The abilities as [edit, submit, approve, return, comment], to compare a step at a glance. */
const abilities = (e: Entry) => {
  const a = e.abilities;
  return [a.edit, a.submit, a.approve, a.return, a.comment];
};

/** The reporter as runAs keys row-level security for them (what the session would set). */
const reporterActor = (): UserActor => ({
  kind: 'user',
  tenantId: t.publicTenantId,
  userId: reporter.userId,
  sessionId: '',
  agencyId: null,
  divisionCode: 'community-care',
  roles: ['division_reporter'],
});
const plannerActor = (): UserActor => ({
  ...reporterActor(),
  userId: planner.userId,
  divisionCode: 'welfare-planning',
  roles: ['planner'],
});

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  reporter = await login('division_reporter');
  planner = await login('planner');
  auditor = await login('auditor');
  // A reporter of 医療政策推進課, with the demo password (the demo reporter's hash), as the owner.
  await t.db.execute(sql`insert into users (tenant_id, email, display_name, password_hash, roles, division_code)
    select tenant_id, 'reporter-medical@demo.example', '報告 医療', password_hash, '{division_reporter}',
      'medical-policy' from users where email = 'reporter@demo.example'`);
  medical = await t.loginAs('reporter-medical@demo.example');
  const overview = (await t.call(planner, 'GET', '/api/plan?fiscalYear=2023')).json() as PlanOverview;
  items = overview.policies.flatMap((p) => p.items);
});
afterAll(() => t.close());

describe(`starting an entry (${dbKind()})`, () => {
  it('lists for the reporter the 2023 items of their division that have no entry yet', async () => {
    const res = await t.call(reporter, 'GET', '/api/plan/entries?fiscalYear=2023');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as EntryList & { fiscalYear: number };
    expect(list.fiscalYear).toBe(2023);
    expect(list.items).toEqual([]);
    // 3-2, 3-4, 4-1, 4-5, 5-1 and 5-2 (適宜実施: runs to the end of the plan) name 地域包括ケア推進課.
    expect(list.missing.map((m) => `${m.policyNo}-${m.itemNo}`)).toEqual([
      '3-2',
      '3-4',
      '4-1',
      '4-5',
      '5-1',
      '5-2',
    ]);
    for (const m of list.missing) {
      expect(m.division).toEqual({ code: 'community-care', name: '地域包括ケア推進課' });
      expect(items.find((i) => i.id === m.itemId)!.divisions.map((d) => d.code)).toContain('community-care');
    }
    // The medical-policy reporter sees their own division's items instead.
    const theirs = (await t.call(medical, 'GET', '/api/plan/entries?fiscalYear=2023')).json() as EntryList;
    expect(theirs.missing.map((m) => `${m.policyNo}-${m.itemNo}`)).toEqual(['1-2', '1-3', '1-4', '1-5']);
  });

  it('creates a draft with a [created] history; a second one for the item, year and division is 409', async () => {
    const body = { itemId: item(4, 1).id, fiscalYear: 2023, divisionCode: 'community-care' };
    const res = await create(reporter, body);
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json() as Entry;
    expect(e).toMatchObject({
      state: 'draft',
      version: 1,
      fiscalYear: 2023,
      policyNo: 4,
      itemNo: 1,
      division: { code: 'community-care', name: '地域包括ケア推進課' },
      divisions: [{ code: 'community-care', name: '地域包括ケア推進課' }],
      achievements: '',
      nextSteps: '',
    });
    expect(e.history.map((h) => [h.event, h.actor])).toEqual([['created', REPORTER]]);
    expect(abilities(e)).toEqual([true, true, false, false, true]);

    const again = await create(reporter, body);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const list = (await t.call(reporter, 'GET', '/api/plan/entries?fiscalYear=2023')).json() as EntryList;
    expect(list.items.map((i) => i.id)).toEqual([e.id]);
    expect(list.missing.map((m) => m.itemId)).not.toContain(item(4, 1).id);
  });

  it('does not list a started item as missing when the list is filtered by state', async () => {
    for (const query of ['state=submitted', 'state=draft', 'division=community-care&state=approved']) {
      const res = await t.call(reporter, 'GET', `/api/plan/entries?fiscalYear=2023&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json() as EntryList;
      expect(
        list.items.map((i) => i.state).every((s) => query.includes(s)),
        query,
      ).toBe(true);
      expect(
        list.missing.map((m) => m.itemId),
        query,
      ).not.toContain(item(4, 1).id);
      expect(list.missing, query).toHaveLength(5);
    }
  });

  it('refuses an item of another division (400), another division’s code (403), a year outside the period (400)', async () => {
    const notOurs = await create(reporter, {
      itemId: item(1, 2).id, // 医療政策推進課 only
      fiscalYear: 2023,
      divisionCode: 'community-care',
    });
    expect(notOurs.statusCode, notOurs.body).toBe(400);
    expect(notOurs.json().error.issues[0].path).toBe('divisionCode');

    const forOthers = await create(reporter, {
      itemId: item(1, 2).id,
      fiscalYear: 2023,
      divisionCode: 'medical-policy',
    });
    expect(forOthers.statusCode, forOthers.body).toBe(403);

    for (const fiscalYear of [2020, 2024]) {
      const outside = await create(reporter, {
        itemId: item(5, 2).id,
        fiscalYear,
        divisionCode: 'community-care',
      });
      expect(outside.statusCode, `${fiscalYear}: ${outside.body}`).toBe(400);
      expect(outside.json().error.issues[0].path).toBe('fiscalYear');
    }
    const unknown = await create(reporter, {
      itemId: crypto.randomUUID(),
      fiscalYear: 2023,
      divisionCode: 'community-care',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('itemId');
  });
});

describe(`writing, submitting, returning and approving (${dbKind()})`, () => {
  let id: string;
  let version: number;

  beforeAll(async () => {
    const list = (await t.call(reporter, 'GET', '/api/plan/entries?fiscalYear=2023')).json() as EntryList;
    const e = list.items.find((i) => i.itemId === item(4, 1).id)!;
    id = e.id;
    version = e.version;
  });

  it('refuses to submit an entry without achievements (400)', async () => {
    const res = await act(reporter, id, 'submit', version);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.issues[0].path).toBe('achievements');
    expect((await read(reporter, id)).state).toBe('draft');
  });

  it('saves an edit at the current version and refuses a stale one (409 version_conflict)', async () => {
    const res = await edit(reporter, id, version, '支え合い推進員を21名配置した。', '推進員を増やす。');
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as Entry;
    expect(e).toMatchObject({
      state: 'draft',
      version: version + 1,
      achievements: '支え合い推進員を21名配置した。',
      nextSteps: '推進員を増やす。',
    });
    const stale = await edit(reporter, id, version, '古い版からの上書き');
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await read(reporter, id)).achievements).toBe('支え合い推進員を21名配置した。');
    version = e.version;
  });

  it('submits; a submitted entry is no longer edited (409) and the reporter cannot approve or return it (403)', async () => {
    const res = await act(reporter, id, 'submit', version);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as Entry;
    expect(e.state).toBe('submitted');
    expect(abilities(e)).toEqual([false, false, false, false, true]);
    expect(abilities(await read(planner, id))).toEqual([false, false, true, true, true]);
    version = e.version;

    const late = await edit(reporter, id, version, '提出後の書き換え');
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.code).toBe('conflict');
    expect((await act(reporter, id, 'submit', version)).statusCode).toBe(409);
    expect((await act(reporter, id, 'approve', version)).statusCode).toBe(403);
    expect((await act(reporter, id, 'return', version, '自分で差し戻す')).statusCode).toBe(403);
    expect((await read(reporter, id)).state).toBe('submitted');
  });

  it('keeps approval with the planner in the database too: the trigger refuses the reporter’s UPDATE', async () => {
    const approve = (actor: UserActor) =>
      runAs(t.db, actor, (tx) =>
        rows<{ state: string }>(
          tx,
          sql`update progress_entries set state = 'approved' where id = ${id} returning state`,
        ),
      );
    const refused = await dbFailure(approve(reporterActor()));
    expect(refused?.code).toBe('42501');
    expect(refused?.message).toContain('only the planner approves');
    // The same statement as the planner passes the trigger (rolled back here: the API approves below).
    const rollback = new Error('rollback');
    const asPlanner = await dbFailure(
      runAs(t.db, plannerActor(), async (tx) => {
        const done = await rows<{ state: string }>(
          tx,
          sql`update progress_entries set state = 'approved' where id = ${id} returning state`,
        );
        expect(done).toEqual([{ state: 'approved' }]);
        throw rollback;
      }),
    );
    expect(asPlanner?.message).toBe('rollback');
    const [row] = await rows<{ state: string }>(
      t.db,
      sql`select state from progress_entries where id = ${id}`,
    );
    expect(row!.state).toBe('submitted');
  });

  it('lets row-level security hide another division’s entries from the reporter’s writes', async () => {
    const [other] = await rows<{ id: string }>(
      t.db,
      sql`select e.id from progress_entries e where e.item_id = ${item(1, 2).id} and e.fiscal_year = 2022`,
    );
    const changed = await runAs(t.db, reporterActor(), (tx) =>
      rows(tx, sql`update progress_entries set next_steps = 'x' where id = ${other!.id} returning id`),
    );
    expect(changed).toEqual([]);
    const smuggled = await dbFailure(
      runAs(t.db, reporterActor(), (tx) =>
        tx.execute(sql`insert into progress_entries (tenant_id, item_id, fiscal_year, division_code,
          division_codes, state) values (${t.publicTenantId}, ${item(1, 3).id}, 2023, 'medical-policy',
          '{medical-policy}', 'draft')`),
      ),
    );
    expect(smuggled?.code).toBe('42501');
  });

  it('needs a comment to return (400); returned with one, the reporter edits and resubmits', async () => {
    for (const c of [null, '   ']) {
      const res = await act(planner, id, 'return', version, c);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.issues[0].path).toBe('comment');
    }
    const returned = await act(planner, id, 'return', version, '配置人数の根拠を追記してください。');
    expect(returned.statusCode, returned.body).toBe(200);
    expect((returned.json() as Entry).state).toBe('returned');
    const back = await read(reporter, id);
    expect(back.state).toBe('returned');
    expect(abilities(back)).toEqual([true, true, false, false, true]);
    expect(abilities(await read(planner, id))).toEqual([true, true, false, false, true]);

    const edited = await edit(
      reporter,
      id,
      back.version,
      '支え合い推進員を21名配置した（各福祉区に3名）。',
      '推進員を増やす。',
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const resubmitted = await act(reporter, id, 'submit', (edited.json() as Entry).version);
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    version = (resubmitted.json() as Entry).version;
  });

  it('is approved by the planner, with the whole history in order and the actors’ names', async () => {
    const res = await act(planner, id, 'approve', version);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as Entry;
    expect(e.state).toBe('approved');
    expect(e.history.map((h) => [h.event, h.actor, h.comment])).toEqual([
      ['created', REPORTER, null],
      ['edited', REPORTER, null],
      ['submitted', REPORTER, null],
      ['returned', PLANNER, '配置人数の根拠を追記してください。'],
      ['edited', REPORTER, null],
      ['submitted', REPORTER, null],
      ['approved', PLANNER, null],
    ]);
    const at = e.history.map((h) => h.at);
    expect([...at].sort()).toEqual(at);
    expect(abilities(e)).toEqual([false, false, false, false, true]);
    expect(abilities(await read(reporter, id))).toEqual([false, false, false, false, true]);
    version = e.version;
  });

  it('never edits an approved entry: not the reporter, not the planner (409), not even by SQL', async () => {
    for (const s of [reporter, planner]) {
      const res = await edit(s, id, version, '承認後の書き換え');
      expect(res.statusCode, res.body).toBe(409);
    }
    expect((await act(planner, id, 'approve', version)).statusCode).toBe(409);
    expect((await act(planner, id, 'return', version, 'やり直し')).statusCode).toBe(409);
    const refused = await dbFailure(
      runAs(t.db, plannerActor(), (tx) =>
        tx.execute(sql`update progress_entries set achievements = '書き換え' where id = ${id}`),
      ),
    );
    expect(refused?.code).toBe('42501');
    expect(refused?.message).toContain('not edited');
    expect((await read(planner, id)).achievements).toBe('支え合い推進員を21名配置した（各福祉区に3名）。');
  });

  // The guard (migration 0027) keeps approval the planner's even when a request reaches the table
  // another way: leaving 'approved' is refused like entering it.
  it('does not let the reporter take an approval back in the database (approved → draft)', async () => {
    const rollback = new Error('rollback');
    const unapproved = await dbFailure(
      runAs(t.db, reporterActor(), async (tx) => {
        await tx.execute(sql`update progress_entries set state = 'draft' where id = ${id}`);
        await tx.execute(sql`update progress_entries set achievements = '書き換え' where id = ${id}`);
        throw rollback; // keeps the entry approved for the tests below even when the database lets it through
      }),
    );
    expect(unapproved?.code, 'the database let the reporter un-approve and rewrite the entry').toBe('42501');
    expect((await read(planner, id)).state).toBe('approved');
  });

  it('does not let the reporter move an entry to another item, year or set of divisions in the database', async () => {
    const draft = await create(reporter, {
      itemId: item(3, 2).id,
      fiscalYear: 2023,
      divisionCode: 'community-care',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const draftId = (draft.json() as Entry).id;
    for (const change of [
      sql`fiscal_year = 2021`,
      sql`division_codes = array['community-care', 'medical-policy']`,
      sql`item_id = ${item(1, 1).id}`,
    ]) {
      const refused = await dbFailure(
        runAs(t.db, reporterActor(), (tx) =>
          tx.execute(sql`update progress_entries set ${change} where id = ${draftId}`),
        ),
      );
      expect(refused?.code, String(change.queryChunks)).toBe('42501');
    }
    // The texts are theirs to change while the entry is a draft.
    await runAs(t.db, reporterActor(), (tx) =>
      tx.execute(sql`update progress_entries set achievements = '下書き' where id = ${draftId}`),
    );
    expect((await read(reporter, draftId)).achievements).toBe('下書き');
  });

  it('records progress_entry.submitted (twice) and .approved in the audit log', async () => {
    const submitted = (await auditEvents(t, auditor, 'action=progress_entry.submitted')).items.filter(
      (ev) => ev.entityId === id,
    );
    expect(submitted).toHaveLength(2);
    expect(submitted.every((ev) => ev.entityType === 'progress_entry')).toBe(true);
    const approved = (await auditEvents(t, auditor, 'action=progress_entry.approved')).items.filter(
      (ev) => ev.entityId === id,
    );
    expect(approved).toHaveLength(1);
    expect(approved[0]!.payload).toMatchObject({ state: 'approved' });
  });
});

describe(`another division’s entries (${dbKind()})`, () => {
  let seeded: Entry; // 2022, 1-2 在宅医療を支える基盤整備の推進, 医療政策推進課, approved
  let ours: Entry; // 2023, 5-1, 地域包括ケア推進課, draft

  beforeAll(async () => {
    const [row] = await rows<{ id: string }>(
      t.db,
      sql`select id from progress_entries where item_id = ${item(1, 2).id} and fiscal_year = 2022`,
    );
    seeded = await read(planner, row!.id);
    const res = await create(reporter, {
      itemId: item(5, 1).id,
      fiscalYear: 2023,
      divisionCode: 'community-care',
    });
    expect(res.statusCode, res.body).toBe(201);
    ours = res.json() as Entry;
  });

  it('is read by every reporter but written by none of the others (403); the planner comments', async () => {
    const asReporter = await read(reporter, seeded.id);
    expect(asReporter.state).toBe('approved');
    expect(abilities(asReporter)).toEqual([false, false, false, false, false]);
    expect((await edit(reporter, seeded.id, seeded.version, '他課の報告')).statusCode).toBe(403);
    expect((await act(reporter, seeded.id, 'submit', seeded.version)).statusCode).toBe(403);
    expect((await comment(reporter, seeded.id, '他課からのコメント')).statusCode).toBe(403);

    const fromPlanner = await comment(planner, seeded.id, '次年度も継続をお願いします。');
    expect(fromPlanner.statusCode, fromPlanner.body).toBe(200);
    expect((fromPlanner.json() as Entry).history.at(-1)).toMatchObject({
      event: 'commented',
      actor: PLANNER,
      comment: '次年度も継続をお願いします。',
    });
    // Its own division's reporter may comment on it, also once approved.
    const fromMedical = await comment(medical, seeded.id, '了解しました。');
    expect(fromMedical.statusCode, fromMedical.body).toBe(200);
  });

  it('keeps the medical-policy reporter out of a community-care draft (403)', async () => {
    expect(abilities(await read(medical, ours.id))).toEqual([false, false, false, false, false]);
    expect((await edit(medical, ours.id, ours.version, '他課の下書き')).statusCode).toBe(403);
    expect((await act(medical, ours.id, 'submit', ours.version)).statusCode).toBe(403);
    expect((await comment(medical, ours.id, 'コメント')).statusCode).toBe(403);
    expect((await read(reporter, ours.id)).history.map((h) => h.event)).toEqual(['created']);
  });
});

describe(`what the public and the report show (${dbKind()})`, () => {
  const SUBMITTED = '交流会を3回開催した（提出済み・未承認）。';
  const APPROVED = '支え合い推進員を21名配置した（各福祉区に3名）。';

  beforeAll(async () => {
    const list = (await t.call(reporter, 'GET', '/api/plan/entries?fiscalYear=2023')).json() as EntryList;
    const draft = list.items.find((i) => i.itemId === item(5, 1).id)!;
    const edited = await edit(reporter, draft.id, draft.version, SUBMITTED);
    expect(edited.statusCode, edited.body).toBe(200);
    const submitted = await act(reporter, draft.id, 'submit', (edited.json() as Entry).version);
    expect(submitted.statusCode, submitted.body).toBe(200);
  });

  it('shows the public approved entries only, even when it asks for drafts', async () => {
    const res = await t.call(null, 'GET', '/api/public/progress?fiscalYear=2023');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(APPROVED);
    expect(res.body).not.toContain(SUBMITTED);
    const report = res.json() as ProgressReport;
    expect(report.approvedOnly).toBe(true);
    const states = report.roadmap.flatMap((r) => r.entries.map((e) => e.state));
    expect(states).toEqual(['approved']);
    const asking = await t.call(null, 'GET', '/api/public/progress?fiscalYear=2023&drafts=1');
    expect(asking.statusCode, asking.body).toBe(200);
    expect(asking.body).not.toContain(SUBMITTED);
  });

  it('includes the submitted entry in the staff report only when drafts=1 asks for it', async () => {
    const drafts = await t.call(planner, 'GET', '/api/plan/report?fiscalYear=2023&drafts=1');
    expect(drafts.statusCode, drafts.body).toBe(200);
    const withDrafts = drafts.json() as ProgressReport;
    expect(withDrafts.approvedOnly).toBe(false);
    const row = withDrafts.roadmap.find((r) => r.policyNo === 5 && r.itemNo === 1)!;
    expect(row.entries).toEqual([
      {
        divisions: [{ code: 'community-care', name: '地域包括ケア推進課' }],
        state: 'submitted',
        achievements: SUBMITTED,
        nextSteps: '継続する。',
      },
    ]);

    // The workbook with drafts marks the entry as not yet approved.
    const xlsx = await t.call(reporter, 'GET', '/api/plan/report.xlsx?fiscalYear=2023&drafts=1');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const roadmap: string[] = [];
    wb.getWorksheet('工程表')!.eachRow((row) => row.eachCell((c) => void roadmap.push(String(c.value))));
    expect(roadmap).toContain(`［提出済み（確認待ち）］${SUBMITTED}【地域包括ケア推進課】`);
    expect(roadmap).toContain(`${APPROVED}【地域包括ケア推進課】`);
    expect(roadmap[0]).toContain('（未承認の報告を含む）');

    const plain = await t.call(planner, 'GET', '/api/plan/report?fiscalYear=2023');
    expect(plain.statusCode, plain.body).toBe(200);
    expect((plain.json() as ProgressReport).approvedOnly).toBe(true);
    expect(plain.body).not.toContain(SUBMITTED);
    expect(plain.body).toContain(APPROVED);
  });
});
