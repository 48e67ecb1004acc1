import type { Role } from '@tsunagu/contracts';
import type { AgencyInput } from '@tsunagu/contracts/agencies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencyByCode,
  agencyInput,
  allAgencies,
  auditEvents,
  createAgency,
  editable,
  sessionsOf,
} from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The demo agencies whose ふりがな holds ホウカツ (包括).
const HOKATSU = [
  'coordinator-desk',
  'hokatsu-higashi',
  'hokatsu-kita-chuo',
  'hokatsu-kita-kita',
  'hokatsu-minami-minami',
  'hokatsu-minami-nishi',
  'hokatsu-naka',
];

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let planner: Session;
let staff: Session;
let auditor: Session;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  planner = await login('planner');
  staff = await login('agency_staff');
  auditor = await login('auditor');
});
afterAll(() => t.close());

async function search(session: Session | null, query: string) {
  const res = await t.call(session, 'GET', `/api/agencies?limit=500&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { code: string; districts: string[]; fields: string[] }[]; total: number };
}
const codes = (page: { items: { code: string }[] }) => page.items.map((a) => a.code).sort();

describe(`directory search (${dbKind()})`, () => {
  it('shows the public only published entries, in list and by id; staff see the unpublished one too', async () => {
    const hidden = await createAgency(t, planner, { isPublic: false, name: '非公開テスト相談室' });
    const pub = await allAgencies(t, null);
    expect(pub.total).toBeGreaterThanOrEqual(45);
    expect(pub.items.every((a) => a.isPublic)).toBe(true);
    expect(pub.items.some((a) => a.id === hidden.id)).toBe(false);
    const mine = await allAgencies(t, staff);
    expect(mine.items.some((a) => a.id === hidden.id)).toBe(true);
    expect(mine.total).toBe(pub.total + mine.items.filter((a) => !a.isPublic).length);

    const byIdPublic = await t.call(null, 'GET', `/api/agencies/${hidden.id}`);
    expect(byIdPublic.statusCode).toBe(404);
    expect(byIdPublic.json().error.code).toBe('not_found');
    const byIdStaff = await t.call(staff, 'GET', `/api/agencies/${hidden.id}`);
    expect(byIdStaff.statusCode).toBe(200);
    expect(byIdStaff.json().name).toBe('非公開テスト相談室');
    expect(codes(await search(null, `q=${encodeURIComponent('非公開テスト')}`))).toEqual([]);
  });

  it('finds the same entries for hiragana, katakana and half-width katakana queries', async () => {
    const results = [];
    for (const q of ['ほうかつ', 'ホウカツ', 'ﾎｳｶﾂ'])
      results.push(codes(await search(null, `q=${encodeURIComponent(q)}`)));
    expect(results[0]).toEqual(HOKATSU);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('searches service descriptions too', async () => {
    const page = await search(null, `q=${encodeURIComponent('介護予防プラン')}`);
    expect(codes(page)).toEqual(HOKATSU.filter((c) => c !== 'coordinator-desk'));
  });

  it('filters by problem field', async () => {
    const page = await search(null, 'field=offending');
    expect(codes(page)).toEqual(['chiiki-teichaku', 'hogo-kansatsusho', 'kyoju-shien-demo']);
    expect(page.total).toBe(3);
  });

  it('finds agencies covering a school district or the welfare district above it', async () => {
    const school = await createAgency(t, planner, { districts: ['tatsunokuchi'] });
    const elsewhere = await createAgency(t, planner, { districts: ['higashi'] });
    const page = await search(null, 'district=tatsunokuchi');
    const found = codes(page);
    expect(found).toContain(school.code);
    expect(found).toContain('hokatsu-naka');
    expect(found).not.toContain(elsewhere.code);
    expect(found).not.toContain('hokatsu-higashi');
    expect(
      page.items.every((a) => a.districts.includes('tatsunokuchi') || a.districts.includes('naka')),
    ).toBe(true);
    // The welfare district alone: the 26 demo agencies of 中区 plus this file's own.
    const naka = await search(null, 'district=naka');
    expect(naka.total).toBe(page.total - 1);
    expect(codes(naka)).not.toContain(school.code);
  });

  it('pages with limit and offset and reports the total', async () => {
    const first = (await t.call(null, 'GET', '/api/agencies?limit=10&offset=0')).json();
    const second = (await t.call(null, 'GET', '/api/agencies?limit=10&offset=10')).json();
    const both = (await t.call(null, 'GET', '/api/agencies?limit=20&offset=0')).json();
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(10);
    expect(first.total).toBe(second.total);
    expect([...first.items, ...second.items].map((a: { id: string }) => a.id)).toEqual(
      both.items.map((a: { id: string }) => a.id),
    );
    const beyond = (await t.call(null, 'GET', `/api/agencies?offset=${first.total}`)).json();
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    for (const q of ['%', '_', '\\'])
      expect((await search(null, `q=${encodeURIComponent(q)}`)).total, q).toBe(0);
  });

  it('refuses a bad query with 400 validation_failed and issues', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=501', 'limit'],
      ['offset=-1', 'offset'],
      [`district=${encodeURIComponent('BAD CODE!')}`, 'district'],
    ]) {
      const res = await t.call(null, 'GET', `/api/agencies?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(`querystring.${field}`);
    }
  });
});

describe(`adding an agency (${dbKind()})`, () => {
  it('needs a session (401) and the planner or admin role (403 otherwise)', async () => {
    expect((await t.call(null, 'POST', '/api/agencies', agencyInput())).statusCode).toBe(401);
    for (const role of ['agency_staff', 'agency_manager', 'auditor'] as const) {
      const res = await t.call(await login(role), 'POST', '/api/agencies', agencyInput());
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    for (const session of [planner, await login('admin')]) {
      const input = agencyInput();
      const res = await t.call(session, 'POST', '/api/agencies', input);
      expect(res.statusCode).toBe(201);
      expect(res.json().version).toBe(1);
      expect(editable(res.json())).toEqual(input);
      expect((await t.call(null, 'GET', `/api/agencies/${res.json().id}`)).json().name).toBe(input.name);
    }
  });

  it('refuses bad input with 400 and the field at fault', async () => {
    const { name: _omit, ...noName } = agencyInput();
    const base = agencyInput();
    const cases: [unknown, string][] = [
      [noName, 'body.name'],
      [{ ...base, nameKana: '漢字の名前' }, 'body.nameKana'],
      [{ ...base, contact: { ...base.contact, email: 'not-an-email' } }, 'body.contact.email'],
      [{ ...base, contact: { ...base.contact, url: 'javascript:alert(1)' } }, 'body.contact.url'],
      [{ ...base, name: '相談\u0007室' }, 'body.name'],
    ];
    const before = (await allAgencies(t, planner)).total;
    for (const [payload, path] of cases) {
      const res = await t.call(planner, 'POST', '/api/agencies', payload);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await allAgencies(t, planner)).total).toBe(before);
  });

  it('names an unknown category, field or district code', async () => {
    const cases: [Partial<AgencyInput>, string, string][] = [
      [{ categoryCode: 'no-such-category' }, 'body.categoryCode', 'no-such-category'],
      [{ fields: ['isolation', 'no-such-field'] }, 'body.fields', 'no-such-field'],
      [{ districts: ['no-such-district'] }, 'body.districts', 'no-such-district'],
    ];
    for (const [override, path, code] of cases) {
      const res = await t.call(planner, 'POST', '/api/agencies', agencyInput(override));
      expect(res.statusCode, code).toBe(400);
      const issue = res.json().error.issues.find((i: { path: string }) => i.path === path);
      expect(issue?.message).toContain(code);
    }
  });

  it('ignores a tenant or id smuggled into the body', async () => {
    const input = agencyInput();
    const res = await t.call(planner, 'POST', '/api/agencies', {
      ...input,
      id: '00000000-0000-4000-8000-000000000001',
      tenantId: '00000000-0000-4000-8000-000000000002',
      version: 99,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).not.toBe('00000000-0000-4000-8000-000000000001');
    expect(res.json().version).toBe(1);
    expect((await t.call(null, 'GET', `/api/agencies/${res.json().id}`)).statusCode).toBe(200);
  });

  it('refuses a second agency with the same code (409)', async () => {
    const first = await createAgency(t, planner);
    const res = await t.call(planner, 'POST', '/api/agencies', agencyInput({ code: first.code }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });

  it('keeps 異体字 and compatibility ideographs exactly as typed', async () => {
    for (const name of ['髙橋𠮷田相談室', '\uFA10田\uFA11相談所']) {
      const created = await createAgency(t, planner, { name });
      const read = (await t.call(null, 'GET', `/api/agencies/${created.id}`)).json();
      expect(Buffer.from(read.name, 'utf8').equals(Buffer.from(name, 'utf8'))).toBe(true);
    }
    expect(codes(await search(null, `q=${encodeURIComponent('𠮷田')}`))).toHaveLength(1);
  });
});

describe(`editing an agency (${dbKind()})`, () => {
  it('updates with the current version and bumps it; a stale version is refused and changes nothing', async () => {
    const created = await createAgency(t, planner);
    const url = `/api/agencies/${created.id}`;
    const ok = await t.call(planner, 'PUT', url, {
      ...editable(created),
      name: '改称後の相談室',
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.call(planner, 'PUT', url, { ...editable(created), name: '上書き', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const now = (await t.call(planner, 'GET', url)).json();
    expect(now.name).toBe('改称後の相談室');
    expect(now.version).toBe(2);
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const created = await createAgency(t, planner);
    const url = `/api/agencies/${created.id}`;
    const [a, b] = await Promise.all([
      t.call(planner, 'PUT', url, { ...editable(created), hours: '編集A', version: 1 }),
      t.call(planner, 'PUT', url, { ...editable(created), hours: '編集B', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? '編集A' : '編集B';
    const now = (await t.call(planner, 'GET', url)).json();
    expect(now).toMatchObject({ hours: winner, version: 2 });
  });

  it('refuses the wrong role (403), an unknown id (404) and a malformed id (400)', async () => {
    const created = await createAgency(t, planner);
    const body = { ...editable(created), name: '無断変更', version: 1 };
    expect((await t.call(null, 'PUT', `/api/agencies/${created.id}`, body)).statusCode).toBe(401);
    expect((await t.call(staff, 'PUT', `/api/agencies/${created.id}`, body)).statusCode).toBe(403);
    const manager = await login('agency_manager');
    expect((await t.call(manager, 'PUT', `/api/agencies/${created.id}`, body)).statusCode).toBe(403);
    expect((await t.call(planner, 'GET', `/api/agencies/${created.id}`)).json().name).toBe(created.name);
    const unknown = await t.call(planner, 'PUT', '/api/agencies/00000000-0000-4000-8000-000000000000', body);
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.call(planner, 'PUT', '/api/agencies/not-a-uuid', body);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.issues[0].path).toBe('params.id');
  });

  it('records an audit event for every write, naming the agency and the changed fields', async () => {
    const created = await createAgency(t, planner);
    await t.call(planner, 'PUT', `/api/agencies/${created.id}`, {
      ...editable(created),
      hours: '24時間',
      version: 1,
    });
    const createdEvents = await auditEvents(t, auditor, 'action=agency.created');
    const mine = createdEvents.items.filter((e) => e.entityId === created.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.payload).toEqual({ via: 'form' });
    const updated = (await auditEvents(t, auditor, 'action=agency.updated')).items.filter(
      (e) => e.entityId === created.id,
    );
    expect(updated).toHaveLength(1);
    expect(updated[0]!.payload).toEqual({ fields: ['hours'], via: 'form' });
  });
});

describe(`abilities sent with each entry (${dbKind()})`, () => {
  it('tells staff they cannot edit, planners they can, and a manager they may propose for their own', async () => {
    const own = await agencyByCode(t, staff, 'hokatsu-kita-chuo');
    const other = await agencyByCode(t, staff, 'hokatsu-naka');
    const abilities = async (s: Session | null, id: string) =>
      (await t.call(s, 'GET', `/api/agencies/${id}`)).json().abilities;
    expect(await abilities(staff, own.id)).toEqual({ edit: false, propose: false });
    expect(await abilities(planner, own.id)).toEqual({ edit: true, propose: false });
    expect(await abilities(null, own.id)).toEqual({ edit: false, propose: false });
    const manager = await login('agency_manager');
    expect(manager.agencyId).toBe(own.id);
    expect(await abilities(manager, own.id)).toEqual({ edit: false, propose: true });
    expect(await abilities(manager, other.id)).toEqual({ edit: false, propose: false });
  });
});
