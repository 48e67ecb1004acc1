import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_MAX_BYTES } from '../../src/modules/drafts/drafts.service';
import { runAsSystem } from '../../src/platform/db/scope';
import { auditEvents, sessionsOf } from '../support/factories';
import { recordIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター
let manager: Session; // the same agency
let planner: Session; // no agency
let advisor: Session; // 社会福祉協議会: does not record intakes
let auditor: Session;

const URL = '/api/intake-draft';
// Text a clerk might type; it must never reach the audit log.
const SECRET = '髙橋 𠮷子さん、夫からの暴力の相談';
const draft = (summary = SECRET) => ({
  payload: { summary, members: [{ person: { familyName: '髙橋', givenName: '𠮷子' } }] },
});

const draftCount = (userId: string) =>
  runAsSystem(t.db, async (tx) => {
    const result = (await tx.execute(
      sql`select count(*)::int as n from intake_drafts where user_id = ${userId}`,
    )) as unknown as { rows: { n: number }[] };
    return Number(result.rows[0]?.n);
  });

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  planner = await login('planner');
  advisor = await login('advisor');
  auditor = await login('auditor');
});
afterAll(() => t.close());

describe(`intake drafts (${dbKind()})`, () => {
  it('saves, reads back, replaces and discards the user’s one draft', async () => {
    expect((await t.call(staff, 'GET', URL)).statusCode).toBe(404);
    const saved = await t.call(staff, 'PUT', URL, draft());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().payload).toEqual(draft().payload);
    expect(Date.parse(saved.json().updatedAt)).not.toBeNaN();

    const read = await t.call(staff, 'GET', URL);
    expect(read.statusCode).toBe(200);
    expect(read.json().payload.members[0].person).toEqual({ familyName: '髙橋', givenName: '𠮷子' });

    expect((await t.call(staff, 'PUT', URL, draft('二回目'))).statusCode).toBe(200);
    expect((await t.call(staff, 'GET', URL)).json().payload.summary).toBe('二回目');
    expect(await draftCount(staff.userId)).toBe(1);

    expect((await t.call(staff, 'DELETE', URL)).statusCode).toBe(204);
    expect((await t.call(staff, 'GET', URL)).statusCode).toBe(404);
    // Discarding again is not an error.
    expect((await t.call(staff, 'DELETE', URL)).statusCode).toBe(204);
  });

  it('is seen by its author only, even within the same agency', async () => {
    await t.call(staff, 'PUT', URL, draft());
    expect((await t.call(manager, 'GET', URL)).statusCode).toBe(404);
    expect((await t.call(manager, 'PUT', URL, draft('管理者の下書き'))).statusCode).toBe(200);
    expect((await t.call(manager, 'DELETE', URL)).statusCode).toBe(204);
    const own = await t.call(staff, 'GET', URL);
    expect(own.statusCode).toBe(200);
    expect(own.json().payload.summary).toBe(SECRET);
  });

  it('is removed when its author records the intake, and only theirs', async () => {
    await t.call(staff, 'PUT', URL, draft());
    await t.call(manager, 'PUT', URL, draft('管理者の下書き'));
    await recordIntake(t, staff);
    expect((await t.call(staff, 'GET', URL)).statusCode).toBe(404);
    expect(await draftCount(staff.userId)).toBe(0);
    expect((await t.call(manager, 'GET', URL)).json().payload.summary).toBe('管理者の下書き');
  });

  it('refuses roles that do not record intakes (403), and anyone signed out (401)', async () => {
    for (const session of [planner, advisor, auditor]) {
      expect((await t.call(session, 'GET', URL)).statusCode).toBe(403);
      expect((await t.call(session, 'PUT', URL, draft())).statusCode).toBe(403);
      expect((await t.call(session, 'DELETE', URL)).statusCode).toBe(403);
    }
    expect((await t.call(null, 'GET', URL)).statusCode).toBe(401);
  });

  it('rejects a draft over 200 kB (413) and a body that is not a form (400)', async () => {
    const justFits = await t.call(staff, 'PUT', URL, { payload: { summary: 'あ'.repeat(60_000) } });
    expect(justFits.statusCode).toBe(200);
    const over = await t.call(staff, 'PUT', URL, { payload: { summary: 'x'.repeat(DRAFT_MAX_BYTES) } });
    expect(over.statusCode).toBe(413);
    expect(over.json().error.code).toBe('payload_too_large');
    const huge = await t.call(staff, 'PUT', URL, { payload: { summary: 'x'.repeat(400_000) } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    expect((await t.call(staff, 'PUT', URL, { payload: ['not', 'a', 'form'] })).statusCode).toBe(400);
    expect((await t.call(staff, 'PUT', URL, {})).statusCode).toBe(400);
    // The draft that fitted is still the one kept.
    expect((await t.call(staff, 'GET', URL)).json().payload.summary).toHaveLength(60_000);
  });

  it('treats a draft untouched for more than 14 days as gone, and deletes it', async () => {
    await t.call(staff, 'PUT', URL, draft());
    await runAsSystem(t.db, (tx) =>
      tx.execute(
        sql`update intake_drafts set updated_at = now() - interval '15 days' where user_id = ${staff.userId}`,
      ),
    );
    expect((await t.call(staff, 'GET', URL)).statusCode).toBe(404);
    expect(await draftCount(staff.userId)).toBe(0);
  });

  it('audits saving, opening and discarding by id, never with what was typed', async () => {
    await t.call(staff, 'PUT', URL, draft());
    await t.call(staff, 'GET', URL);
    await t.call(staff, 'DELETE', URL);
    for (const action of ['intake_draft.saved', 'intake_draft.opened', 'intake_draft.discarded']) {
      const { items } = await auditEvents(t, auditor, `action=${action}`);
      expect(items.length, action).toBeGreaterThan(0);
      for (const e of items) {
        expect(e.entityType).toBe('intake_draft');
        expect(e.entityId).toMatch(/^[0-9a-f-]{36}$/);
        expect(e.payload).toEqual({});
      }
      const text = JSON.stringify(items);
      for (const word of ['髙橋', '𠮷子', '暴力', '管理者の下書き']) expect(text).not.toContain(word);
    }
  });
});
