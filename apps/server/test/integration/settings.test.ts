import type { Role } from '@tsunagu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

type Item = {
  id: string;
  code: string;
  labelJa: string;
  parentCode: string | null;
  sample: boolean;
  version: number;
};

const PROBLEM_CATEGORIES = [
  '病気・医療',
  'こころ',
  '介護',
  '障害',
  '子育て',
  '収入・仕事',
  '支出・滞納・借金',
  '住まい',
  'DV・虐待',
  '権利擁護',
  '健康',
  'ひきこもり・不登校',
  '孤立',
  '触法',
  'その他',
];

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  admin = await login('admin');
});
afterAll(() => t.close());

async function lists(session: Session | null = null) {
  const res = await t.call(session, 'GET', '/api/code-lists');
  expect(res.statusCode).toBe(200);
  return res.json() as Record<string, Item[]>;
}

const schoolDistrict = (code: string, parentCode: string | null = 'naka') => ({
  code,
  labelJa: `${code}学区`,
  labelEn: `${code} school district`,
  parentCode,
  sample: true,
});

describe(`code lists (${dbKind()})`, () => {
  it('publishes the demo city’s districts and categories to anyone', async () => {
    const l = await lists();
    expect(l.welfare_district).toHaveLength(6);
    expect(l.school_district).toHaveLength(96);
    const welfare = new Set(l.welfare_district!.map((w) => w.code));
    expect(l.school_district!.every((s) => s.parentCode !== null && welfare.has(s.parentCode))).toBe(true);
    // Every welfare district has school districts under it.
    expect(new Set(l.school_district!.map((s) => s.parentCode))).toEqual(welfare);
    expect(l.problem_category!.map((p) => p.labelJa)).toEqual(PROBLEM_CATEGORIES);
    expect(l.agency_category).toHaveLength(15);
    // Only 竜之口学区 is named in the seed document; the other 95 are sample data.
    expect(l.school_district!.filter((s) => !s.sample).map((s) => s.code)).toEqual(['tatsunokuchi']);
    expect(l.welfare_district!.every((w) => w.parentCode === null)).toBe(true);
  });

  it('lets an admin add a code (201), audited; others 403; no session 401', async () => {
    const res = await t.call(admin, 'POST', '/api/code-lists/school_district', schoolDistrict('shin-gakku'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      list: 'school_district',
      code: 'shin-gakku',
      parentCode: 'naka',
      version: 1,
    });
    expect((await lists()).school_district!.map((s) => s.code)).toContain('shin-gakku');
    const events = await auditEvents(t, await login('auditor'), 'action=code_list.created');
    expect(events.items.map((e) => e.entityId)).toContain(res.json().id);

    for (const role of ['planner', 'agency_manager', 'auditor'] as const) {
      const r = await t.call(
        await login(role),
        'POST',
        '/api/code-lists/school_district',
        schoolDistrict('x1'),
      );
      expect(r.statusCode, role).toBe(403);
    }
    expect(
      (await t.call(null, 'POST', '/api/code-lists/school_district', schoolDistrict('x2'))).statusCode,
    ).toBe(401);
    expect((await lists()).school_district!.map((s) => s.code)).not.toContain('x1');
  });

  it('refuses an unknown list, a duplicate code, a bad parent and bad labels', async () => {
    const badList = await t.call(admin, 'POST', '/api/code-lists/not_a_list', schoolDistrict('zz-1'));
    expect(badList.statusCode).toBe(400);
    expect(badList.json().error.issues[0].path).toBe('params.list');
    const dup = await t.call(
      admin,
      'POST',
      '/api/code-lists/school_district',
      schoolDistrict('tatsunokuchi'),
    );
    expect(dup.statusCode).toBe(409);
    const orphan = await t.call(
      admin,
      'POST',
      '/api/code-lists/school_district',
      schoolDistrict('zz-2', 'nowhere'),
    );
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error.issues[0].path).toBe('body.parentCode');
    const noParent = await t.call(
      admin,
      'POST',
      '/api/code-lists/school_district',
      schoolDistrict('zz-3', null),
    );
    expect(noParent.statusCode).toBe(400);
    const parentOnWelfare = await t.call(
      admin,
      'POST',
      '/api/code-lists/welfare_district',
      schoolDistrict('zz-4'),
    );
    expect(parentOnWelfare.statusCode).toBe(400);
    const blank = await t.call(admin, 'POST', '/api/code-lists/division', {
      ...schoolDistrict('zz-5', null),
      labelJa: ' ',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.issues.map((i: { path: string }) => i.path)).toContain('body.labelJa');
    const codes = Object.values(await lists()).flatMap((l) => l.map((i) => i.code));
    expect(codes.filter((c) => c.startsWith('zz-'))).toEqual([]);
  });

  it('edits an item with its version; a stale version is refused and changes nothing', async () => {
    const item = (await lists()).school_district!.find((s) => s.code === 'tatsunokuchi')!;
    const url = `/api/code-lists/items/${item.id}`;
    const body = {
      labelJa: '竜之口学区（改）',
      labelEn: 'Tatsunokuchi',
      parentCode: 'naka',
      version: item.version,
    };
    const ok = await t.call(admin, 'PUT', url, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      labelJa: '竜之口学区（改）',
      version: item.version + 1,
      code: 'tatsunokuchi',
    });
    const stale = await t.call(admin, 'PUT', url, { ...body, labelJa: '上書き' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const now = (await lists()).school_district!.find((s) => s.id === item.id)!;
    expect(now.labelJa).toBe('竜之口学区（改）');
    expect(
      (await t.call(await login('planner'), 'PUT', url, { ...body, version: now.version })).statusCode,
    ).toBe(403);
    const missing = await t.call(
      admin,
      'PUT',
      '/api/code-lists/items/00000000-0000-4000-8000-000000000000',
      body,
    );
    expect(missing.statusCode).toBe(404);
    expect((await t.call(admin, 'PUT', '/api/code-lists/items/nope', body)).statusCode).toBe(400);
  });
});

describe(`tenant settings (${dbKind()})`, () => {
  it('tells anyone which city runs the directory, and nothing more', async () => {
    const res = await t.call(null, 'GET', '/api/tenant');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ slug: 'okayama', name: '岡山市', nameEn: 'Okayama City' });
  });

  it('shows the settings with their defaults to anyone signed in, and to nobody else', async () => {
    const res = await t.call(await login('agency_staff'), 'GET', '/api/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slug: 'okayama', name: '岡山市' });
    expect(res.json().settings).toEqual({
      referralAcceptBusinessDays: 2,
      referralAutoEscalateBusinessDays: 5,
      yearEndClosure: true,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
      sessionHours: 12,
      coordinatorAgencyId: (await agencyByCode(t, null, 'coordinator-desk')).id,
    });
    expect((await t.call(null, 'GET', '/api/settings')).statusCode).toBe(401);
  });

  it('refuses a coordinator desk that is not an agency of the city', async () => {
    const current = (await t.call(admin, 'GET', '/api/settings')).json().settings;
    const res = await t.call(admin, 'PUT', '/api/settings', {
      ...current,
      coordinatorAgencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('coordinatorAgencyId');
  });

  it('lets only an admin change them, within range, and audits the change', async () => {
    const current = (await t.call(admin, 'GET', '/api/settings')).json().settings;
    const next = { ...current, referralAcceptBusinessDays: 3 };
    for (const role of ['planner', 'auditor', 'agency_manager'] as const) {
      expect((await t.call(await login(role), 'PUT', '/api/settings', next)).statusCode, role).toBe(403);
    }
    expect((await t.call(null, 'PUT', '/api/settings', next)).statusCode).toBe(401);
    for (const bad of [0, 31, 2.5, '3']) {
      const res = await t.call(admin, 'PUT', '/api/settings', {
        ...current,
        referralAcceptBusinessDays: bad,
      });
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.json().error.issues[0].path).toBe('body.referralAcceptBusinessDays');
    }
    expect((await t.call(admin, 'GET', '/api/settings')).json().settings.referralAcceptBusinessDays).toBe(2);

    const ok = await t.call(admin, 'PUT', '/api/settings', next);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().settings.referralAcceptBusinessDays).toBe(3);
    expect((await t.call(admin, 'GET', '/api/settings')).json().settings).toEqual(next);
    const events = await auditEvents(t, await login('auditor'), 'action=settings.updated');
    expect(events.total).toBe(1);
    expect(events.items[0]).toMatchObject({
      entityType: 'tenant',
      entityId: t.publicTenantId,
      payload: { fields: ['referralAcceptBusinessDays'] },
    });
  });
});
