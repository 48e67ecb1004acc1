import type { Role } from '@tsunagu/contracts';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessionsOf } from '../support/factories';
import { clientOf, readHousehold, recordIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC §4 and ADR 0006 as one table: who gets what from each read, search, export and print of a
// household that agency_staff of 北区中央地域包括支援センター recorded. Without a live link every
// existence-dependent answer is 404 (never 403, which would confirm the household exists) and every
// search is empty; an emergency access opens all of it to the requesting agency until the link ends.

let t: TestApp;
let sessionOf: (role: Role) => Promise<Session>;
let auditor: Session;
let householdId: string;
let clientId: string;

const NOTE = '２型糖尿病でインスリン自己注射中（主治医：鹿田クリニック）';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EMERGENCY = {
  familyNameKana: 'タカハシ',
  givenNameKana: 'ヨシコ',
  birthDate: '1948-02-29',
  reason: '本人が自宅で倒れているとの通報。既往歴と家族の連絡先を確認するため。',
};

const OPS = [
  'household',
  'history',
  'consents',
  'sensitive',
  'kana',
  'kanji',
  'birthDate',
  'phone',
  'xlsx',
  'print',
] as const;
type Op = (typeof OPS)[number];
/** A status for reads, exports and print; for searches: 'found' (exactly the client) or 'none' (no items). */
type Cell = 200 | 401 | 404 | 'found' | 'none';
type Actor = Role | 'signed out';
type Row = [actor: Actor, link: string, ...cells: Cell[]];

const F = 'found';
const N = 'none';

// F: the search finds exactly the client, in this household; N: the search answers 200 with no items.
// biome-ignore format: the access rule reads best as a table
const WITHOUT_EMERGENCY: Row[] = [
  //                                                  household  history  consents  sensitive   search by:  kana kanji birth phone   xlsx  print
  ['agency_staff',      'own intake',                  200,       200,     200,      200,                    F,   F,    F,    F,      200,  200],
  ['agency_manager',    'own intake',                  200,       200,     200,      200,                    F,   F,    F,    F,      200,  200],
  ['coordinator',       'none (other agency)',         404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['advisor',           'none (other agency)',         404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['programme_staff',   'none (other agency)',         404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['planner',           'none (no agency)',            404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['admin',             'none (no agency)',            404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['auditor',           'none (no agency)',            404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['division_reporter', 'none (no agency)',            404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['signed out',        '—',                           401,       401,     401,      401,                  401, 401,  401,  401,      401,  401],
];

// biome-ignore format: the access rule reads best as a table
const AFTER_EMERGENCY: Row[] = [
  //                                                  household  history  consents  sensitive   search by:  kana kanji birth phone   xlsx  print
  ['coordinator',       'emergency (its own request)', 200,       200,     200,      200,                    F,   F,    F,    F,      200,  200],
  ['advisor',           'none (its request was 403)',  404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['agency_staff',      'own intake',                  200,       200,     200,      200,                    F,   F,    F,    F,      200,  200],
  ['admin',             'none (sees only the flag)',   404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
];

// biome-ignore format: the access rule reads best as a table
const AFTER_EXPIRY: Row[] = [
  //                                                  household  history  consents  sensitive   search by:  kana kanji birth phone   xlsx  print
  ['coordinator',       'emergency, expired',          404,       404,     404,      404,                    N,   N,    N,    N,      404,  404],
  ['agency_staff',      'own intake',                  200,       200,     200,      200,                    F,   F,    F,    F,      200,  200],
];

/** What the actor gets from every operation, in the shape of a table row. */
async function probe(actor: Actor): Promise<Record<Op, Cell | string>> {
  const session = actor === 'signed out' ? null : await sessionOf(actor);
  const status = (res: LightMyRequestResponse): Cell | string => {
    if (res.statusCode === 404 && res.json().error.code !== 'not_found') return `404 ${res.body}`;
    if (res.statusCode === 401 && res.json().error.code !== 'unauthenticated') return `401 ${res.body}`;
    return res.statusCode as Cell;
  };
  const search = async (q: string): Promise<Cell | string> => {
    const res = await t.call(session, 'GET', `/api/persons?q=${encodeURIComponent(q)}&limit=100`);
    if (res.statusCode !== 200) return status(res);
    const items = res.json().items as { id: string; householdIds: string[] }[];
    if (items.length === 0) return N;
    const only = items.length === 1 ? items[0]! : undefined;
    if (only?.id === clientId && only.householdIds.join() === householdId) return F;
    return `unexpected ${JSON.stringify(items.map((i) => [i.id, i.householdIds]))}`;
  };
  const xlsx = await t.call(session, 'GET', `/api/households/${householdId}/sheet.xlsx`);
  return {
    household: status(await t.call(session, 'GET', `/api/households/${householdId}`)),
    history: status(await t.call(session, 'GET', `/api/households/${householdId}/history`)),
    consents: status(await t.call(session, 'GET', `/api/persons/${clientId}/consents`)),
    sensitive: status(await t.call(session, 'GET', `/api/persons/${clientId}/sensitive`)),
    kana: await search('タカハシ ヨシコ'),
    kanji: await search('髙橋𠮷子'),
    birthDate: await search('1948-02-29'),
    phone: await search('086-000-1111'),
    xlsx: xlsx.statusCode === 200 && xlsx.headers['content-type'] !== XLSX ? 'not an xlsx' : status(xlsx),
    print: status(await t.call(session, 'POST', `/api/households/${householdId}/print`, {})),
  };
}

/** One `it` per row: the whole row is compared at once, so a failure shows every cell that differs. */
function checkRows(rows: Row[]) {
  for (const [actor, link, ...cells] of rows) {
    it(`${actor} — link: ${link}`, async () => {
      expect(cells, 'a row has one cell per operation').toHaveLength(OPS.length);
      const expected = Object.fromEntries(OPS.map((op, i) => [op, cells[i]]));
      expect(await probe(actor)).toEqual(expected);
    });
  }
}

/** Every cell's text in every sheet of the workbook. */
async function workbookText(res: LightMyRequestResponse): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out.push(String(cell.value ?? ''));
      }),
    ),
  );
  return out.join('\n');
}

/** The audit rows of one action written by one user about this household. */
async function auditOf(action: string, session: Session, entityId = householdId) {
  const { items } = await auditEvents(t, auditor, `action=${action}&actorUserId=${session.userId}`);
  return items.filter((e) => e.entityId === entityId);
}

beforeAll(async () => {
  t = await createTestApp();
  sessionOf = sessionsOf(t);
  auditor = await sessionOf('auditor');
  const staff = await sessionOf('agency_staff');
  householdId = (await recordIntake(t, staff)).householdId;
  clientId = clientOf(await readHousehold(t, staff, householdId));
  const manager = await sessionOf('agency_manager');
  const note = await t.call(manager, 'POST', `/api/persons/${clientId}/sensitive`, {
    category: 'diagnosis',
    content: NOTE,
  });
  expect(note.statusCode, note.body).toBe(201);
});
afterAll(() => t.close());

describe(`the access matrix (${dbKind()})`, () => {
  describe('without an emergency access', () => checkRows(WITHOUT_EMERGENCY));

  describe('要配慮個人情報 leaves the system only with managers and coordinators', () => {
    it('prints the current entries for the manager and null for staff, each print audited', async () => {
      const [staff, manager] = [await sessionOf('agency_staff'), await sessionOf('agency_manager')];
      const byStaff = await t.call(staff, 'POST', `/api/households/${householdId}/print`, {});
      expect(byStaff.json()).toEqual({ sensitive: null });
      const byManager = await t.call(manager, 'POST', `/api/households/${householdId}/print`, {});
      expect(byManager.json().sensitive).toEqual([
        expect.objectContaining({
          personId: clientId,
          category: 'diagnosis',
          content: NOTE,
          superseded: false,
        }),
      ]);
      const [staffAudit] = await auditOf('household.exported', staff);
      const [managerAudit] = await auditOf('household.exported', manager);
      expect(staffAudit?.payload).toEqual({ format: 'print', sensitive: false, basis: ['intake'] });
      expect(managerAudit?.payload).toEqual({ format: 'print', sensitive: true, basis: ['intake'] });
    });

    it('leaves the entry out of the staff xlsx and puts it in the manager’s', async () => {
      const [staff, manager] = [await sessionOf('agency_staff'), await sessionOf('agency_manager')];
      const forStaff = await t.call(staff, 'GET', `/api/households/${householdId}/sheet.xlsx`);
      expect(forStaff.statusCode).toBe(200);
      const staffText = await workbookText(forStaff);
      expect(staffText).toContain('髙橋 𠮷子'); // it is the sheet, read correctly …
      expect(staffText).not.toContain(NOTE); // … without the sensitive entry
      const forManager = await t.call(manager, 'GET', `/api/households/${householdId}/sheet.xlsx`);
      expect(await workbookText(forManager)).toContain(NOTE);
    });
  });

  describe('after the coordinator’s emergency access', () => {
    let accessId: string;
    beforeAll(async () => {
      const coordinator = await sessionOf('coordinator');
      const res = await t.call(coordinator, 'POST', '/api/emergency-access', EMERGENCY);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().householdIds).toEqual([householdId]);
      accessId = res.json().id;
      // The advisor is not a front-line role: it cannot open records by emergency access at all.
      const byAdvisor = await t.call(await sessionOf('advisor'), 'POST', '/api/emergency-access', EMERGENCY);
      expect(byAdvisor.statusCode).toBe(403);
    });

    checkRows(AFTER_EMERGENCY);

    it('audits the coordinator’s reads, exports and prints with the basis emergency', async () => {
      const coordinator = await sessionOf('coordinator');
      for (const action of ['household.viewed', 'household.history_viewed', 'household.exported']) {
        const rows = await auditOf(action, coordinator);
        expect(rows.length, action).toBeGreaterThan(0);
        for (const row of rows) expect(row.payload.basis, action).toEqual(['emergency']);
      }
      const exports = (await auditOf('household.exported', coordinator)).map((r) => r.payload.format);
      expect(exports.sort()).toEqual(['print', 'xlsx']);
      const sensitive = await auditOf('sensitive.viewed', coordinator, clientId);
      expect(sensitive.map((r) => r.payload)).toEqual([{ basis: ['emergency'], categories: ['diagnosis'] }]);
      // The staff's own reads stay on their intake link.
      const staffViews = await auditOf('household.viewed', await sessionOf('agency_staff'));
      expect(staffViews.every((r) => (r.payload.basis as string[]).join() === 'intake')).toBe(true);
    });

    it('audits the consent list read under the emergency link with its basis too', async () => {
      const rows = await auditOf('consent.viewed', await sessionOf('coordinator'), clientId);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.payload.basis).toEqual(['emergency']);
    });

    it('gives the coordinator the 要配慮個人情報 in print, as a coordinator may export it', async () => {
      const res = await t.call(
        await sessionOf('coordinator'),
        'POST',
        `/api/households/${householdId}/print`,
        {},
      );
      expect(res.json().sensitive.map((n: { content: string }) => n.content)).toEqual([NOTE]);
    });

    it('flags the access to the admin, while other agencies see only their own accesses', async () => {
      const admin = await t.call(await sessionOf('admin'), 'GET', '/api/admin/emergency-accesses');
      expect(admin.statusCode).toBe(200);
      const flagged = admin.json().items.find((i: { id: string }) => i.id === accessId);
      expect(flagged).toMatchObject({
        agencyName: '岡山市保健福祉企画総務課 相談支援包括化推進員',
        reason: EMERGENCY.reason,
        households: 1,
      });
      const hours = (Date.parse(flagged.expiresAt) - Date.parse(flagged.createdAt)) / 3_600_000;
      expect(hours).toBeCloseTo(24, 3);
      const staffList = await t.call(await sessionOf('agency_staff'), 'GET', '/api/admin/emergency-accesses');
      expect(staffList.json().items.map((i: { id: string }) => i.id)).not.toContain(accessId);
      expect(
        (await t.call(await sessionOf('planner'), 'GET', '/api/admin/emergency-accesses')).statusCode,
      ).toBe(403);
    });
  });

  describe('once the emergency link has ended', () => {
    beforeAll(async () => {
      // Nobody waits 24 hours: the link is moved into the past, as time would move it.
      await t.db.execute(
        sql`update live_links set valid_until = now() - interval '1 minute' where household_id = ${householdId} and basis = 'emergency'`,
      );
    });

    checkRows(AFTER_EXPIRY);

    it('still shows the admin that the access happened', async () => {
      const admin = await t.call(await sessionOf('admin'), 'GET', '/api/admin/emergency-accesses');
      expect(admin.json().items.map((i: { reason: string }) => i.reason)).toContain(EMERGENCY.reason);
    });
  });
});
