import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database';
import { japanToday } from '../../src/platform/db/japan-today-sql';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { readHousehold } from '../support/households';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Session; // 地域包括支援センター 北区中央
let naka: Session; // 地域包括支援センター 中区
let yorisoi: Session; // 寄り添いサポートセンター
let coordinator: Session;
let auditor: Session;
let ids: { naka: string; yorisoi: string; desk: string };

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
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

const countReferrals = async (householdId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from referrals where household_id = ${householdId}`,
    )
  )[0]!.n;
const household = (s: Session, id: string) => t.call(s, 'GET', `/api/households/${id}`);

describe('the legal basis of sending', () => {
  it('refuses without a consent covering the agency, names it, and creates nothing', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const res = await t.call(staff, 'POST', '/api/referrals', {
      ...h,
      toAgencyIds: [ids.naka, ids.yorisoi],
      reason: '家計の相談',
      basis: 'consent',
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('consent_required');
    expect(error.details.agencies).toEqual([{ id: ids.yorisoi, name: expect.stringContaining('寄り添い') }]);
    expect(error.details.personId).toBe(h.personId);
    expect(error.message).toContain('同意を記録するか');
    expect(await countReferrals(h.householdId)).toBe(0);
    expect((await household(naka, h.householdId)).statusCode).toBe(404);
  });

  it('accepts a consent by agency category, one referral per agency', async () => {
    const h = await consentingHousehold(t, staff, {
      categories: ['community-care-centre', 'self-reliance-support'],
    });
    const sent = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka, ids.yorisoi] });
    expect(sent).toHaveLength(2);
    await readHousehold(t, naka, h.householdId);
    await readHousehold(t, yorisoi, h.householdId);
  });

  it('sends on an emergency with a written reason: flagged, and the link lasts 14 days', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [], categories: ['welfare-office'] });
    const short = await t.call(staff, 'POST', '/api/referrals', {
      ...h,
      toAgencyIds: [ids.naka],
      reason: '安否確認',
      basis: 'emergency',
      emergencyReason: '危険',
    });
    expect(short.statusCode).toBe(400);
    const res = await t.call(staff, 'POST', '/api/referrals', {
      ...h,
      toAgencyIds: [ids.naka],
      reason: '安否確認',
      basis: 'emergency',
      emergencyReason: '数日連絡がとれず、室内で倒れている恐れがある',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().items[0].id;
    expect((await readReferral(t, naka, id)).emergencyReason).toContain('倒れている');
    const [link] = await queryRows<{ days: number }>(
      t.db,
      sql`select round(extract(epoch from valid_until - valid_from) / 86400)::int as days from live_links
        where source_id = ${id} and agency_id = ${ids.naka}`,
    );
    expect(link?.days).toBe(14);
    // Flagged for the admins beside the emergency accesses; not shown to other agencies.
    const admin = await t.login('admin');
    const listed = (await t.call(admin, 'GET', '/api/admin/emergency-accesses')).json().items;
    expect(listed.find((e: { id: string }) => e.id === id)).toMatchObject({
      kind: 'referral',
      toAgencyName: expect.stringContaining('中区'),
      reason: '数日連絡がとれず、室内で倒れている恐れがある',
    });
    const nakaList = (await t.call(naka, 'GET', '/api/admin/emergency-accesses')).json().items;
    expect(nakaList.some((e: { id: string }) => e.id === id)).toBe(false);
  });

  it('refuses a person outside the household, the own agency, and an unknown agency', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const other = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const base = { reason: '相談', basis: 'consent', householdId: h.householdId };
    const wrongPerson = await t.call(staff, 'POST', '/api/referrals', {
      ...base,
      personId: other.personId,
      toAgencyIds: [ids.naka],
    });
    expect(wrongPerson.statusCode).toBe(400);
    const own = await t.call(staff, 'POST', '/api/referrals', {
      ...base,
      personId: h.personId,
      toAgencyIds: [staff.agencyId],
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.issues[0].message).toContain('自分の機関');
    const unknown = await t.call(staff, 'POST', '/api/referrals', {
      ...base,
      personId: h.personId,
      toAgencyIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(await countReferrals(h.householdId)).toBe(0);
  });

  it('404s a household the sender cannot see, and 403s roles that do not take consultations', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const body = { ...h, toAgencyIds: [ids.yorisoi], reason: '相談', basis: 'consent' };
    expect((await t.call(naka, 'POST', '/api/referrals', body)).statusCode).toBe(404);
    const planner = await t.login('planner');
    expect((await t.call(planner, 'POST', '/api/referrals', body)).statusCode).toBe(403);
  });
});

describe('access through the referral', () => {
  it('withdrawing the consent ends the receiver’s access at once; the loop stays visible', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    await readHousehold(t, naka, h.householdId);
    const consents = await t.call(staff, 'GET', `/api/persons/${h.personId}/consents`);
    const consentId = consents.json().items[0].id;
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${consentId}/withdraw`, { note: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await household(naka, h.householdId)).statusCode).toBe(404);
    const seen = await readReferral(t, naka, id!);
    expect(seen.personName).toBeNull();
    expect((await readReferral(t, staff, id!)).personName).toBe('髙橋 𠮷子');
  });

  it('coordinators see a chain only once it needs them, then the whole chain and the household', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka, ids.yorisoi] });
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    expect((await t.call(coordinator, 'GET', `/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await household(coordinator, h.householdId)).statusCode).toBe(404);
    const handed = await t.call(naka, 'POST', `/api/referrals/${id}/hand-on`, {
      version: (await readReferral(t, naka, id!)).version,
      toAgencyId: ids.yorisoi,
      reason: '生活費の相談が中心のため',
    });
    const next = handed.json().nextReferralId as string;
    expect((await t.call(coordinator, 'GET', `/api/referrals/${next}`)).statusCode).toBe(404);
    const res = await t.call(yorisoi, 'POST', `/api/referrals/${next}/escalate`, {
      version: (await readReferral(t, yorisoi, next)).version,
      reason: 'no_service',
      note: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    await readHousehold(t, coordinator, h.householdId);
    // The first hop too: where the household has already been.
    const first = await readReferral(t, coordinator, id!);
    expect(first.chain.map((r) => r.state)).toEqual(['handed_on', 'escalated']);
    expect(first.events.map((e) => e.action)).toEqual(['send', 'receive', 'hand_on']);
    expect(first.personName).toBe('髙橋 𠮷子');
    const newInQueue = async () =>
      (await t.call(coordinator, 'GET', '/api/referrals/counts')).json().escalated;
    const before = await newInQueue();
    expect(before).toBeGreaterThanOrEqual(1);
    await readReferral(t, coordinator, next);
    expect(await newInQueue()).toBe(before - 1);
    const queue = await t.call(coordinator, 'GET', '/api/referrals?box=escalated');
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(next);
    expect((await t.call(naka, 'GET', '/api/referrals?box=escalated')).statusCode).toBe(403);
  });
});

describe('handing on', () => {
  it('opens the next referral in the chain, keeps the loop visible to the first sender, and never goes back', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka, ids.yorisoi] });
    const [first] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const { version } = await readReferral(t, naka, first!);
    const back = await t.call(naka, 'POST', `/api/referrals/${first}/hand-on`, {
      version,
      toAgencyId: staff.agencyId,
      reason: '元の機関へ戻す',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.issues[0].message).toContain('エスカレーション');
    const res = await t.call(naka, 'POST', `/api/referrals/${first}/hand-on`, {
      version,
      toAgencyId: ids.yorisoi,
      reason: '家計の立て直しが中心のため',
    });
    expect(res.statusCode, res.body).toBe(200);
    const handed = res.json();
    expect(handed.state).toBe('handed_on');
    const next = handed.nextReferralId as string;
    const seenBySender = await readReferral(t, staff, first!);
    expect(seenBySender.chain.map((r) => [r.hop, r.toAgency.id, r.state])).toEqual([
      [0, ids.naka, 'handed_on'],
      [1, ids.yorisoi, 'sent'],
    ]);
    const second = await readReferral(t, yorisoi, next);
    expect(second.fromAgency.id).toBe(ids.naka);
    expect(second.events.map((e) => [e.action, e.note])).toEqual([
      ['send', '家計の立て直しが中心のため'],
      ['receive', null],
    ]);
    const told = (await t.call(yorisoi, 'GET', '/api/notifications')).json().items;
    expect(told.filter((n: { referralId: string }) => [first, next].includes(n.referralId))).toEqual([
      expect.objectContaining({ kind: 'referral_received', referralId: next }),
    ]);
    await readHousehold(t, yorisoi, h.householdId);
    const [link] = await queryRows<{ days: number }>(
      t.db,
      sql`select round(extract(epoch from valid_until - now()) / 86400)::int as days from live_links
        where source_id = ${first} and agency_id = ${ids.naka}`,
    );
    expect(link?.days).toBe(14);
  });
});

describe('the つなぐシート attached', () => {
  it('names 紹介先 and 紹介理由 on the household and in the xlsx, for sender and receiver', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const [id] = await sendReferral(t, staff, {
      ...h,
      toAgencyIds: [ids.naka],
      reason: '息子さんの就労と家計の見直しについて相談先として紹介',
    });
    for (const s of [staff, naka]) {
      const seen = await readHousehold(t, s, h.householdId);
      expect(seen.referrals).toEqual([
        expect.objectContaining({
          id,
          toAgencyName: expect.stringContaining('中区'),
          state: expect.any(String),
        }),
      ]);
      const res = await t.call(s, 'GET', `/api/households/${h.householdId}/sheet.xlsx`);
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const cells: string[] = [];
      wb.getWorksheet('つなぐシート')!.eachRow((row) =>
        row.eachCell((c) => {
          if (c.master.address === c.address && c.value !== null) cells.push(String(c.value));
        }),
      );
      expect(cells).toContain('息子さんの就労と家計の見直しについて相談先として紹介');
      expect(cells.some((c) => /中区.*（令和\d+年\d+月\d+日 .*北区中央.*から・/.test(c))).toBe(true);
    }
  });
});

describe('inbox, notifications and audit', () => {
  it('lists incoming and outgoing with counts, and notifies the receiving agency without personal data', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.yorisoi] });
    const before = (await t.call(yorisoi, 'GET', '/api/referrals/counts')).json();
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.yorisoi] });
    const counts = (await t.call(yorisoi, 'GET', '/api/referrals/counts')).json();
    expect(counts.incomingNew).toBe(before.incomingNew + 1);
    expect(counts.unreadNotifications).toBe(before.unreadNotifications + 1);
    const incoming = (await t.call(yorisoi, 'GET', '/api/referrals?box=incoming&filter=new')).json();
    expect(incoming.items.map((r: { id: string }) => r.id)).toContain(id);
    const outgoing = (await t.call(staff, 'GET', '/api/referrals?box=outgoing&filter=all')).json();
    expect(outgoing.items.map((r: { id: string }) => r.id)).toContain(id);
    const notes = (await t.call(yorisoi, 'GET', '/api/notifications')).json();
    const note = notes.items.find((n: { referralId: string }) => n.referralId === id);
    expect(note).toMatchObject({ kind: 'referral_received', readAt: null });
    expect(JSON.stringify(notes)).not.toContain('髙橋');
    expect((await t.call(yorisoi, 'POST', `/api/notifications/${note.id}/read`, {})).statusCode).toBe(200);
    expect((await t.call(staff, 'POST', `/api/notifications/${note.id}/read`, {})).statusCode).toBe(404);
    const after = (await t.call(yorisoi, 'GET', '/api/referrals/counts')).json();
    expect(after.unreadNotifications).toBe(counts.unreadNotifications - 1);
  });

  it('audits the send with its legal basis and every view with the reader’s link basis', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.naka] });
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    await readReferral(t, naka, id!);
    const sent = await auditEvents(t, auditor, 'action=referral.sent');
    expect(sent.items.find((e) => e.entityId === id)?.payload).toMatchObject({
      basis: 'consent',
      to: ids.naka,
    });
    const listed = await auditEvents(t, auditor, 'action=referral.listed');
    expect(listed.items[0]?.payload).toMatchObject({ box: expect.any(String), results: expect.any(Number) });
    const viewed = await auditEvents(t, auditor, 'action=referral.viewed');
    const views = viewed.items.filter((e) => e.entityId === id).map((e) => e.payload.basis);
    // The receiver reads through its referral link; the sender through its own intake.
    expect(views).toContainEqual(['referral']);
  });
});

describe('inbox pages', () => {
  /** Every page of a box and filter, `limit` at a time, concatenated. */
  async function allPages(s: Session, box: string, filter: string, limit: number) {
    const seen: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const res = await t.call(
        s,
        'GET',
        `/api/referrals?box=${box}&filter=${filter}&limit=${limit}&offset=${offset}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { id: string }[]; total: number };
      seen.push(...page.items.map((r) => r.id));
      if (page.items.length < limit) return { seen, total: page.total };
    }
  }

  /** The box's order by its definition, over the whole table read as its owner. */
  async function expectedOrder(
    column: 'to_agency_id' | 'from_agency_id',
    agencyId: string,
    states: string[],
  ) {
    return (
      await queryRows<{ id: string }>(
        t.db,
        sql`select id from referrals where ${sql.raw(column)} = ${agencyId}
          and (${states.length === 0} or state = any(${`{${states.join(',')}}`}::text[]))
          order by (state in ('sent', 'received') and accept_due_on < ${japanToday}) desc, sent_at desc, id asc`,
      )
    ).map((r) => r.id);
  }

  it('lists overdue ones first, then the newest, page after page without overlap or gap', async () => {
    const h = await consentingHousehold(t, staff, { agencyIds: [ids.yorisoi] });
    const sent: string[] = [];
    for (let i = 0; i < 7; i++)
      sent.push(...(await sendReferral(t, staff, { ...h, toAgencyIds: [ids.yorisoi] })));
    // Times spread over a year (two sent at the same instant: the id decides), two past their
    // accept deadline, one accepted long ago and past its deadline (accepted: not overdue).
    const at = [
      '2024-04-01',
      '2025-01-10',
      '2025-06-01',
      '2025-06-01',
      '2025-09-30',
      '2026-02-14',
      '2026-03-01',
    ];
    for (const [i, id] of sent.entries())
      await t.db.execute(
        sql`update referrals set sent_at = ${`${at[i]}T01:00:00Z`}::timestamptz where id = ${id}`,
      );
    await t.db.execute(
      sql`update referrals set accept_due_on = '2024-04-05' where id in (${sent[0]}, ${sent[4]})`,
    );
    await t.db.execute(
      sql`update referrals set state = 'accepted', accept_due_on = '2024-04-05' where id = ${sent[2]}`,
    );
    const cases: [string, string, 'to_agency_id' | 'from_agency_id', string, Session, string[]][] = [
      ['incoming', 'all', 'to_agency_id', ids.yorisoi, yorisoi, []],
      [
        'incoming',
        'open',
        'to_agency_id',
        ids.yorisoi,
        yorisoi,
        ['sent', 'received', 'accepted', 'in_progress'],
      ],
      ['incoming', 'overdue', 'to_agency_id', ids.yorisoi, yorisoi, ['sent', 'received']],
      ['incoming', 'accepted', 'to_agency_id', ids.yorisoi, yorisoi, ['accepted']],
      ['outgoing', 'all', 'from_agency_id', staff.agencyId!, staff, []],
    ];
    for (const [box, filter, column, agencyId, s, states] of cases) {
      let expected = await expectedOrder(column, agencyId, states);
      if (filter === 'overdue') {
        const overdue = await queryRows<{ id: string }>(
          t.db,
          sql`select id from referrals where to_agency_id = ${agencyId} and state in ('sent', 'received')
            and accept_due_on < ${japanToday}`,
        );
        expected = expected.filter((id) => overdue.some((o) => o.id === id));
      }
      // Pages of one (each run cut exactly at the page's end) and of three.
      for (const limit of [1, 3]) {
        const { seen, total } = await allPages(s, box, filter, limit);
        expect(seen, `${box} ${filter} by ${limit}`).toEqual(expected);
        expect(total).toBe(expected.length);
      }
    }
    const incoming = (await allPages(yorisoi, 'incoming', 'all', 3)).seen;
    // The two overdue ones lead, newest first; the rest follow by time, the accepted one among them.
    expect(incoming.slice(0, 2)).toEqual([sent[4], sent[0]]);
    const rest = incoming.filter((id) => sent.includes(id) && id !== sent[0] && id !== sent[4]);
    const tied = [sent[2], sent[3]].toSorted();
    expect(rest).toEqual([sent[6], sent[5], ...tied, sent[1]]);
  });
});
