import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs, runAsSystem } from '../../src/platform/db/scope';
import { sessionsOf } from '../support/factories';
import { clientOf, intakeInput, personInput, readHousehold, recordIntake } from '../support/households';
import { sendReferral } from '../support/referrals';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The person search narrows by the agency's link key in the same index as the name's grams
// (persons.link_keys, kept by triggers on live_links and household_members). These tests follow the
// keys through the writes that make and end links, and check that they never decide alone who is
// found: the search still asks whether the link is live.

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター: records the household
let advisor: Session; // another agency: the referral goes to it
let householdId: string;
let clientId: string;

const search = async (session: Session, q: string) => {
  const res = await t.call(session, 'GET', `/api/persons?q=${encodeURIComponent(q)}&limit=100`);
  expect(res.statusCode, q).toBe(200);
  return res.json() as { items: { id: string; familyName: string; givenName: string }[] };
};
const found = async (session: Session, q: string) =>
  (await search(session, q)).items.map((p) => `${p.familyName}${p.givenName}`);

const keysOf = async (personId: string) =>
  (
    await rows<{ keys: string[] }>(t.db, sql`select link_keys as keys from persons where id = ${personId}`)
  )[0]!.keys;

/** Persons whose stored keys differ from the keys their memberships and unrevoked links give now. */
const staleKeys = () =>
  rows<{ id: string }>(
    t.db,
    sql`select p.id from persons p
      where p.link_keys is distinct from coalesce((
        select array_agg(distinct '@' || l.agency_id::text)
        from household_members m join live_links l on l.household_id = m.household_id
        where m.person_id = p.id and l.revoked_at is null), '{}')`,
  );

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  advisor = await login('advisor');
  const client = personInput({
    familyName: '鳥越',
    givenName: '澄江',
    familyNameKana: 'とりごえ',
    givenNameKana: 'すみえ',
    phones: ['086-555-7312'],
  });
  ({ householdId } = await recordIntake(
    t,
    staff,
    intakeInput({
      members: [{ person: client, relationship: 'self', livesTogether: true, problems: ['isolation'] }],
      mainProblem: { member: 0, code: 'isolation' },
      consent: {
        members: [0],
        purpose: 'support_sharing',
        scopeAgencyIds: [advisor.agencyId!],
        scopeAgencyCategories: [],
        method: 'written',
        obtainedOn: '2025-05-07',
        note: null,
      },
    }),
  ));
  clientId = clientOf(await readHousehold(t, staff, householdId));
});
afterAll(() => t.close());

describe(`the person search's agency keys (${dbKind()})`, () => {
  it('holds the recording agency from the intake on: it finds the person, another agency does not', async () => {
    expect(await keysOf(clientId)).toEqual([`@${staff.agencyId}`]);
    expect(await found(staff, '鳥越')).toEqual(['鳥越澄江']);
    expect(await found(staff, '7312')).toEqual(['鳥越澄江']);
    expect(await found(advisor, '鳥越')).toEqual([]);
  });

  it('adds the agency a referral links, and drops it when the consent behind the link is withdrawn', async () => {
    await sendReferral(t, staff, { householdId, personId: clientId, toAgencyIds: [advisor.agencyId!] });
    expect((await keysOf(clientId)).toSorted()).toEqual(
      [`@${staff.agencyId}`, `@${advisor.agencyId}`].sort(),
    );
    expect(await found(advisor, 'とりごえ')).toEqual(['鳥越澄江']);

    const consents = (await t.call(staff, 'GET', `/api/persons/${clientId}/consents`)).json().items as {
      id: string;
    }[];
    const withdrawn = await t.call(staff, 'POST', `/api/consents/${consents[0]!.id}/withdraw`, {
      note: '本人の申し出により撤回',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await keysOf(clientId)).toEqual([`@${staff.agencyId}`]);
    expect(await found(advisor, 'とりごえ')).toEqual([]);
    expect(await found(staff, 'とりごえ')).toEqual(['鳥越澄江']);
  });

  it('gives a member added to the household the keys of the household', async () => {
    const added = await t.call(staff, 'POST', `/api/households/${householdId}/members`, {
      person: personInput({
        familyName: '鳥越',
        givenName: '健吾',
        familyNameKana: 'とりごえ',
        givenNameKana: 'けんご',
        birthDate: '1979-10-02',
        sex: 'male',
        phones: [],
      }),
      relationship: 'child',
      livesTogether: true,
    });
    expect(added.statusCode).toBe(201);
    expect(await keysOf(added.json().personId)).toEqual([`@${staff.agencyId}`]);
    expect((await found(staff, '鳥越')).sort()).toEqual(['鳥越健吾', '鳥越澄江']);
  });

  it('does not decide alone: a key whose link has expired by its dates finds nobody', async () => {
    await rows(
      t.db,
      sql`update live_links set valid_until = now() - interval '1 day'
        where household_id = ${householdId} and agency_id = ${staff.agencyId}`,
    );
    expect(await keysOf(clientId)).toEqual([`@${staff.agencyId}`]);
    expect(await found(staff, '鳥越')).toEqual([]);
    await rows(
      t.db,
      sql`update live_links set valid_until = null where household_id = ${householdId} and agency_id = ${staff.agencyId}`,
    );
    expect(await found(staff, '鳥越')).toHaveLength(2);
  });

  it('keeps every key when several agencies link the household at the same moment', async () => {
    const others = await rows<{ id: string }>(
      t.db,
      sql`select id from agencies where id <> ${staff.agencyId} and id <> ${advisor.agencyId} order by code limit 6`,
    );
    // Each link in its own transaction, all at once: each refreshes the same members' keys.
    await Promise.all(
      others.map((a) =>
        runAsSystem(t.db, (tx) =>
          tx.execute(sql`insert into live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id)
            values (gen_random_uuid(), ${t.publicTenantId}, ${householdId}, ${a.id}, 'intake', 'intake', gen_random_uuid())`),
        ),
      ),
    );
    const expected = [staff.agencyId, ...others.map((a) => a.id)].map((id) => `@${id}`).sort();
    expect((await keysOf(clientId)).toSorted()).toEqual(expected);
    await rows(
      t.db,
      sql`delete from live_links where household_id = ${householdId} and agency_id <> ${staff.agencyId}`,
    );
    expect(await keysOf(clientId)).toEqual([`@${staff.agencyId}`]);
  });

  it('is the same for every person as their memberships and unrevoked links give', async () => {
    expect(await staleKeys()).toEqual([]);
    // A key added or removed behind the triggers' back is what the check above would catch.
    await rows(t.db, sql`update persons set link_keys = '{}' where id = ${clientId}`);
    expect(await staleKeys()).toEqual([{ id: clientId }]);
    await rows(
      t.db,
      sql`update persons set link_keys = array['@' || ${staff.agencyId}] where id = ${clientId}`,
    );
    expect(await staleKeys()).toEqual([]);
  });

  it('is never shown, and the application role cannot compute it for a person', async () => {
    const res = await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent('鳥越')}`);
    expect(res.body).not.toContain('linkKeys');
    expect(res.body).not.toContain(`@${staff.agencyId}`);
    const household = await t.call(staff, 'GET', `/api/households/${householdId}`);
    expect(household.body).not.toContain('linkKeys');
    const actor = {
      kind: 'user' as const,
      tenantId: t.publicTenantId,
      userId: staff.userId,
      sessionId: '',
      agencyId: staff.agencyId,
      divisionCode: null,
      roles: ['agency_staff' as const],
    };
    const refused = await dbFailure(
      runAs(t.db, actor, (tx) =>
        tx.execute(sql`select refresh_person_link_keys(array[${clientId}]::uuid[])`),
      ),
    );
    expect(refused?.code).toBe('42501');
  });
});
