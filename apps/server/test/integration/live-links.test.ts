import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The live-link access rule of SPEC §4, tested where it is enforced: row-level security on the
// household tables, keyed by the actor's agency. Services built on it inherit these guarantees.

let t: TestApp;
let tenantId: string;
let agencyA: string;
let agencyB: string;

const staffOf = (agencyId: string, roles: UserActor['roles'] = ['agency_staff']): UserActor => ({
  kind: 'user',
  tenantId,
  userId: randomUUID(),
  sessionId: '',
  agencyId,
  divisionCode: null,
  roles,
});
const as = <T>(actor: Actor, query: SQL) => runAs(t.db, actor, (tx) => rows<T>(tx, query));

/** Records a household of one person as an agency's intake would: person, household, link, membership. */
async function recordHousehold(actor: UserActor, familyName: string) {
  const personId = randomUUID();
  const householdId = randomUUID();
  await runAs(t.db, actor, async (tx) => {
    await tx.execute(sql`insert into persons (id, tenant_id, family_name, given_name, family_name_kana, given_name_kana, name_key, birth_date)
      values (${personId}, ${tenantId}, ${familyName}, '花子', 'たかはし', 'はなこ', 'たかはしはなこ', '1950-04-01')`);
    await tx.execute(sql`insert into households (id, tenant_id) values (${householdId}, ${tenantId})`);
    await tx.execute(sql`insert into live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id)
      values (${randomUUID()}, ${tenantId}, ${householdId}, ${actor.agencyId}, 'intake', 'intake', ${randomUUID()})`);
    await tx.execute(sql`insert into household_members (id, tenant_id, household_id, person_id, relationship)
      values (${randomUUID()}, ${tenantId}, ${householdId}, ${personId}, 'self')`);
  });
  return { personId, householdId };
}

beforeAll(async () => {
  t = await createTestApp();
  tenantId = t.publicTenantId;
  const agencies = await rows<{ id: string }>(t.db, sql`select id from agencies order by code limit 2`);
  agencyA = agencies[0]!.id;
  agencyB = agencies[1]!.id;
});
afterAll(() => t.close());

describe(`live links decide who sees a household (${dbKind()})`, () => {
  it('lets the recording agency see the household and its person, names exactly as typed', async () => {
    const a = staffOf(agencyA);
    const { personId, householdId } = await recordHousehold(a, '髙橋');
    expect(await as(a, sql`select id from households where id = ${householdId}`)).toHaveLength(1);
    const [person] = await as<{ family_name: string }>(
      a,
      sql`select family_name from persons where id = ${personId}`,
    );
    expect(person!.family_name).toBe('髙橋');
    expect(
      await as(a, sql`select id from household_members where household_id = ${householdId}`),
    ).toHaveLength(1);
  });

  it('shows another agency nothing — not the household, the person, the membership nor the link', async () => {
    const { personId, householdId } = await recordHousehold(staffOf(agencyA), '𠮷田');
    const b = staffOf(agencyB);
    expect(await as(b, sql`select id from households where id = ${householdId}`)).toEqual([]);
    expect(await as(b, sql`select id from persons where id = ${personId}`)).toEqual([]);
    expect(await as(b, sql`select id from household_members where household_id = ${householdId}`)).toEqual(
      [],
    );
    expect(await as(b, sql`select id from live_links where household_id = ${householdId}`)).toEqual([]);
    // Nor can it change what it cannot see.
    await as(b, sql`update persons set family_name = '改ざん' where id = ${personId}`);
    const [stored] = await rows<{ family_name: string }>(
      t.db,
      sql`select family_name from persons where id = ${personId}`,
    );
    expect(stored!.family_name).toBe('𠮷田');
  });

  it('shows the public, and staff of no agency, nothing', async () => {
    const { householdId } = await recordHousehold(staffOf(agencyA), '山田');
    expect(
      await as({ kind: 'public', tenantId }, sql`select id from households where id = ${householdId}`),
    ).toEqual([]);
    const planner = { ...staffOf(agencyA), agencyId: null, roles: ['planner'] as UserActor['roles'] };
    expect(await as(planner, sql`select id from households where id = ${householdId}`)).toEqual([]);
  });

  it('ends access at once when the link is revoked, or when it expires', async () => {
    const a = staffOf(agencyA);
    const revoked = await recordHousehold(a, '佐藤');
    await as(a, sql`update live_links set revoked_at = now() where household_id = ${revoked.householdId}`);
    expect(await as(a, sql`select id from households where id = ${revoked.householdId}`)).toEqual([]);
    expect(await as(a, sql`select id from persons where id = ${revoked.personId}`)).toEqual([]);

    const expired = await recordHousehold(a, '鈴木');
    await t.db.execute(
      sql`update live_links set valid_until = now() - interval '1 minute' where household_id = ${expired.householdId}`,
    );
    expect(await as(a, sql`select id from households where id = ${expired.householdId}`)).toEqual([]);
  });

  it('refuses links made for another agency, and members added to a household the agency cannot see', async () => {
    const a = staffOf(agencyA);
    const { householdId } = await recordHousehold(a, '田中');
    const forOther = await dbFailure(
      as(
        a,
        sql`insert into live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id)
        values (${randomUUID()}, ${tenantId}, ${householdId}, ${agencyB}, 'intake', 'intake', ${randomUUID()})`,
      ),
    );
    expect(forOther?.code).toBe('42501');
    const b = staffOf(agencyB);
    const intoOthers = await dbFailure(
      as(
        b,
        sql`insert into household_members (id, tenant_id, household_id, person_id, relationship)
        values (${randomUUID()}, ${tenantId}, ${householdId}, ${randomUUID()}, 'child')`,
      ),
    );
    expect(intoOthers?.code).toBe('42501');
  });
});
