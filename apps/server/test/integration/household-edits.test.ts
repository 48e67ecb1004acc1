import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessionsOf } from '../support/factories';
import { personInput, recordIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター
let manager: Session; // the same agency
let coordinator: Session; // another agency (the coordinator's desk), a role that records
let advisor: Session; // another agency, a role that does not record
let planner: Session; // no agency
let auditor: Session;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  coordinator = await login('coordinator');
  advisor = await login('advisor');
  planner = await login('planner');
  auditor = await login('auditor');
});
afterAll(() => t.close());

type Household = {
  version: number;
  members: { person: { id: string; version: number; givenName: string }; relationship: string }[];
};
const household = async (session: Session, id: string) =>
  (await t.call(session, 'GET', `/api/households/${id}`)).json() as Household;

describe(`corrections and their history (${dbKind()})`, () => {
  it('corrects a person with a version check and keeps who, when and what', async () => {
    const { householdId } = await recordIntake(t, staff);
    const self = (await household(staff, householdId)).members[0]!.person;
    const body = {
      ...personInput(),
      givenName: '吉子',
      address: '岡山市北区鹿田町2-2-2',
      version: self.version,
    };
    const res = await t.call(staff, 'PUT', `/api/persons/${self.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ givenName: '吉子', version: self.version + 1 });
    // The same stale version again is a conflict: the second editor does not overwrite the first.
    const stale = await t.call(manager, 'PUT', `/api/persons/${self.id}`, { ...body, givenName: '良子' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    const history = (await t.call(manager, 'GET', `/api/households/${householdId}/history`)).json().items;
    const change = history.find((h: { action: string }) => h.action === 'updated');
    expect(change).toMatchObject({
      entityType: 'person',
      personId: self.id,
      changes: {
        givenName: { from: '𠮷子', to: '吉子' },
        address: { from: '岡山市北区鹿田町1-1-1', to: '岡山市北区鹿田町2-2-2' },
      },
      changedByAgencyName: expect.any(String),
      changedByName: expect.any(String),
    });
    expect(Object.keys(change.changes)).toHaveLength(2);
    // The audit names the fields, never the values.
    const audit = await auditEvents(t, auditor, 'action=person.updated');
    const row = audit.items.find((e) => e.entityId === self.id);
    expect(row?.payload).toEqual({ fields: ['givenName', 'address'] });
    expect(JSON.stringify(audit.items)).not.toContain('鹿田町');
  });

  it('changes the household address and district, adds and removes members, all in the history', async () => {
    const { householdId } = await recordIntake(t, staff);
    const before = await household(staff, householdId);
    const moved = await t.call(staff, 'PUT', `/api/households/${householdId}`, {
      address: '岡山市中区平井1-1',
      schoolDistrictCode: 'hirai',
      version: before.version,
    });
    expect(moved.statusCode).toBe(200);
    const badDistrict = await t.call(staff, 'PUT', `/api/households/${householdId}`, {
      address: null,
      schoolDistrictCode: 'atlantis',
      version: before.version + 1,
    });
    expect(badDistrict.statusCode).toBe(400);

    const added = await t.call(staff, 'POST', `/api/households/${householdId}/members`, {
      person: personInput({
        givenName: '花子',
        givenNameKana: 'はなこ',
        birthDate: '2010-04-01',
        phones: [],
      }),
      relationship: 'grandchild',
    });
    expect(added.statusCode).toBe(201);
    const { personId } = added.json();
    const son = before.members[1]!.person.id;
    expect(
      (
        await t.call(staff, 'PUT', `/api/households/${householdId}/members/${son}`, {
          relationship: 'child',
          livesTogether: false,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call(staff, 'DELETE', `/api/households/${householdId}/members/${personId}`)).statusCode,
    ).toBe(204);
    // The client cannot stop being the client, nor be removed.
    const self = before.members[0]!.person.id;
    expect((await t.call(staff, 'DELETE', `/api/households/${householdId}/members/${self}`)).statusCode).toBe(
      409,
    );

    const after = await household(staff, householdId);
    expect(after.members.map((m) => m.person.givenName)).toEqual(['𠮷子', '一郎']);
    const actions = (await t.call(staff, 'GET', `/api/households/${householdId}/history`))
      .json()
      .items.map((h: { action: string }) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining(['updated', 'created', 'member_added', 'member_updated', 'member_removed']),
    );
  });

  it('answers 404 to other agencies and 403 to roles that do not record, changing nothing', async () => {
    const { householdId } = await recordIntake(t, staff);
    const h = await household(staff, householdId);
    const self = h.members[0]!.person;
    const edit = { ...personInput(), givenName: '改ざん', version: self.version };
    expect((await t.call(coordinator, 'PUT', `/api/persons/${self.id}`, edit)).statusCode).toBe(404);
    expect((await t.call(coordinator, 'GET', `/api/households/${householdId}/history`)).statusCode).toBe(404);
    expect((await t.call(advisor, 'GET', `/api/households/${householdId}/history`)).statusCode).toBe(404);
    expect((await t.call(advisor, 'PUT', `/api/persons/${self.id}`, edit)).statusCode).toBe(403);
    expect(
      (
        await t.call(coordinator, 'PUT', `/api/households/${householdId}`, {
          address: null,
          schoolDistrictCode: null,
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.call(planner, 'PUT', `/api/persons/${self.id}`, edit)).statusCode).toBe(403);
    expect((await household(staff, householdId)).members[0]!.person.givenName).toBe('𠮷子');
  });

  it('tells each user what the household lets them do', async () => {
    const { householdId } = await recordIntake(t, staff);
    const abilities = async (s: Session) =>
      ((await t.call(s, 'GET', `/api/households/${householdId}`)).json() as { abilities: unknown }).abilities;
    expect(await abilities(staff)).toEqual({ edit: true, refer: true, exportSensitive: false });
    expect(await abilities(manager)).toEqual({ edit: true, refer: true, exportSensitive: true });
  });

  it('proposes the school district of an address from the tenant’s table', async () => {
    const lookup = async (address: string) =>
      (await t.call(staff, 'POST', '/api/address-districts/lookup', { address })).json();
    expect(await lookup('岡山県岡山市北区鹿田町１丁目１－１')).toEqual({
      schoolDistrictCode: 'shikata',
      town: '北区鹿田',
    });
    expect(await lookup('東京都千代田区1-1')).toEqual({ schoolDistrictCode: null, town: null });
  });
});
