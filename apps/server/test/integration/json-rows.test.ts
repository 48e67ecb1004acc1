import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItems, monitorings, supportPlans } from '../../src/db/schema';
import { queryRows } from '../../src/platform/db/database';
import { rowFromJson } from '../../src/platform/db/json-rows';
import { approvePlan, draftPlan, openCoordinatedCase } from '../support/cases';
import { sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Reads that gather several lists in one statement as JSON (the case page's plans, monitorings and
// tasks) hand on rows made by rowFromJson: they must be what a select of the table gives, column by
// column (timestamps as the same Dates, dates as text, JSON parsed, arrays).

let t: TestApp;
let staff: Session;
let coordinator: Session;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  ({ caseId } = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '行列',
    familyNameKana: 'ぎょうれつ',
  }));
  const drafted = await draftPlan(t, coordinator, caseId, staff.agencyId!);
  await approvePlan(t, coordinator, drafted.plans[0]!.id);
});
afterAll(() => t.close());

describe(`rows from JSON (${dbKind()})`, () => {
  const tables = [
    ['support_plans', supportPlans, supportPlans.caseId],
    ['monitorings', monitorings, monitorings.caseId],
    ['action_items', actionItems, actionItems.caseId],
  ] as const;

  it.each(tables)('%s: the same row as a select of the table', async (name, table, caseColumn) => {
    const selected = await t.db.select().from(table).where(eq(caseColumn, caseId));
    expect(selected.length).toBeGreaterThan(0);
    const json = await queryRows<{ row: Record<string, unknown> }>(
      t.db,
      sql`select to_jsonb(x) as row from ${sql.identifier(name)} x where x.case_id = ${caseId}`,
    );
    const byId = new Map(json.map((j) => [j.row.id, rowFromJson(table, j.row)]));
    for (const row of selected) expect(byId.get(row.id)).toStrictEqual(row);
  });

  it('keeps what the columns hold: Dates, text dates, parsed JSON, nulls', async () => {
    const [json] = await queryRows<{ row: Record<string, unknown> }>(
      t.db,
      sql`select to_jsonb(p) as row from support_plans p where p.case_id = ${caseId} limit 1`,
    );
    const plan = rowFromJson(supportPlans, json!.row);
    expect(plan.createdAt).toBeInstanceOf(Date);
    expect(plan.approvedAt).toBeInstanceOf(Date);
    expect(plan.nextReviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.goals.map((g) => g.text)).toEqual(['母の介護サービスを整える', '息子が週1回外出できる']);
    expect(plan.actions[0]?.ownerAgencyId).toBe(staff.agencyId);
    expect(Array.isArray(plan.monitoringDates)).toBe(true);
  });
});
